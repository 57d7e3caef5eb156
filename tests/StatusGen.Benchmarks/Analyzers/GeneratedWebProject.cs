using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>One file of <see cref="GeneratedWebProject"/>: its path, its text, and where STG1001 must report.</summary>
internal sealed record GeneratedFile(string Path, string Text, ImmutableArray<int> ExpectedStatusLiterals);

/// <summary>
/// A deterministic ASP.NET Core web API of any size, for the analyzer cost benchmark: groups of ten files in one
/// namespace, as a real service has them — two MVC controllers, a minimal-API module, two services returning
/// <c>StatusResult&lt;T&gt;</c> and an endpoint union (switch expressions and statements over them, exhaustive and not,
/// with and without a discard), an HttpClient consumer, and four files of models, repositories, validators and
/// mappings. Status literals stand in every position STG1001 reports (written <c>«404»</c> in the templates, which
/// is where the benchmark's check expects a diagnostic) and int literals that look alike in positions it must ignore
/// (<c>new byte[404]</c>, <c>Take(200)</c>, <c>TimeSpan.FromSeconds(503)</c>, a <c>Status</c> of the project's own
/// type, a switch over a quantity). No randomness: the same count gives the same sources.
/// </summary>
internal static class GeneratedWebProject
{
    public const string RootNamespace = "Shop";

    public static ImmutableArray<GeneratedFile> Create(int files)
    {
        var result = ImmutableArray.CreateBuilder<GeneratedFile>(files);
        for (var i = 0; i < files; i++)
        {
            var group = (i / 10).ToString(CultureInfo.InvariantCulture);
            var (name, template) = (i % 10) switch
            {
                0 => ("ProductsController", ProductsController),
                1 => ("OrdersController", OrdersController),
                2 => ("ProductEndpoints", MinimalApi),
                3 => ("ProductService", ProductService),
                4 => ("OrderWorkflow", OrderWorkflow),
                5 => ("CatalogClient", CatalogClient),
                6 => ("Models", Models),
                7 => ("ProductRepository", Repository),
                8 => ("ProductValidator", Validator),
                _ => ("Mappings", Mappings),
            };
            result.Add(Expand("/shop/Part" + group + "/" + name + ".cs", template.Replace("{{g}}", group, StringComparison.Ordinal)));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Removes the «» markers, remembering where each marked literal now starts.</summary>
    private static GeneratedFile Expand(string path, string marked)
    {
        var text = new StringBuilder(marked.Length);
        var expected = ImmutableArray.CreateBuilder<int>();
        foreach (var c in marked)
        {
            if (c == '«')
            {
                expected.Add(text.Length);
            }
            else if (c != '»')
            {
                text.Append(c);
            }
        }

        return new GeneratedFile(path, text.ToString(), expected.ToImmutable());
    }

    private const string ProductsController = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Shop;

        namespace Shop.Part{{g}};

        /// <summary>Products of part {{g}}.</summary>
        [ApiController]
        [Route("api/part{{g}}/products")]
        public sealed class ProductsController : ControllerBase
        {
            private readonly IProductRepository _repository;

            public ProductsController(IProductRepository repository) => _repository = repository;

            [HttpGet]
            [ProducesResponseType(typeof(IReadOnlyList<Product>), «200»)]
            public async Task<IActionResult> List(int page, CancellationToken cancellationToken)
            {
                var products = await _repository.ListAsync(page, cancellationToken);
                return Ok(products.Take(200).ToList());
            }

            [HttpGet("{id:int}")]
            [ProducesResponseType(typeof(Product), «200»)]
            [ProducesResponseType(«404»)]
            [ProducesResponseType(StatusCodes.Status500InternalServerError)]
            public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
            {
                if (id <= 0)
                {
                    return StatusCode(«400», new { error = "id must be positive" });
                }

                var product = await _repository.FindAsync(id, cancellationToken);
                if (product is null)
                {
                    return new StatusCodeResult(«404»);
                }

                return product.Status == 200 ? Ok(product) : StatusCode(«500»);
            }

            [HttpPost]
            [ProducesResponseType(typeof(Product), «201»)]
            [ProducesResponseType(statusCode: «409»)]
            public async Task<IActionResult> Create(ProductInput input, CancellationToken cancellationToken)
            {
                var buffer = new byte[404];
                if (input.Name.Length > buffer.Length)
                {
                    return new ObjectResult(new ProblemDetails { Status = «400», Title = "name too long" }) { StatusCode = «400» };
                }

                if (await _repository.ExistsAsync(input.Name, cancellationToken))
                {
                    return new ObjectResult(input) { StatusCode = «409» };
                }

                var product = await _repository.AddAsync(input, cancellationToken);
                Response.StatusCode = «201»;
                return new JsonResult(product);
            }

            [HttpDelete("{id:int}")]
            [ProducesResponseType(HttpStatusCodes.NoContent)]
            public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                return await _repository.RemoveAsync(id, cancellationToken) ? StatusCode(HttpStatusCodes.NoContent) : StatusCode(«503»);
            }
        }
        """;

    private const string OrdersController = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Shop;

        namespace Shop.Part{{g}};

        [ApiController]
        [Route("api/part{{g}}/orders")]
        public sealed class OrdersController : ControllerBase
        {
            private readonly ProductService _service;

            public OrdersController(ProductService service) => _service = service;

            [HttpGet("{id:int}")]
            [ProducesResponseType(typeof(Product), «200»)]
            [ProducesResponseType(«404»)]
            [ProducesResponseType(«429»)]
            public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
            {
                var result = await _service.FindAsync(id, cancellationToken);
                return result switch
                {
                    StatusResult<Product>.Ok ok => Ok(ok.Value),
                    StatusResult<Product>.NotFound => NotFound(),
                    StatusResult<Product>.TooManyRequests { RetryAfter: var delay } => StatusCode(«429», new { retryAfter = delay?.TotalSeconds ?? 30 }),
                    _ => StatusCode(«500»),
                };
            }

            [HttpPut("{id:int}")]
            public async Task<IActionResult> Update(int id, ProductInput input, CancellationToken cancellationToken)
            {
                var result = await _service.UpdateAsync(id, input, cancellationToken);
                switch (result)
                {
                    case UpdateProductResult.Ok ok:
                        return Ok(ok.Value);
                    case UpdateProductResult.NotFound:
                        return NotFound();
                    case UpdateProductResult.Conflict conflict:
                        return Problem(detail: conflict.Problem?.Detail, statusCode: «409»);
                    default:
                        return StatusCode(«500»);
                }
            }

            [HttpGet("{id:int}/summary")]
            public async Task<ActionResult<string>> Summary(int id, CancellationToken cancellationToken)
            {
                var result = await _service.UpdateAsync(id, new ProductInput("summary", 1), cancellationToken);
                return result switch
                {
                    UpdateProductResult.Ok { Value: var product } => product.Name,
                    UpdateProductResult.NotFound => "missing",
                    UpdateProductResult.Conflict => "conflict",
                };
            }
        }
        """;

    private const string MinimalApi = """
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Shop;

        namespace Shop.Part{{g}};

        public static class ProductEndpoints
        {
            public static IEndpointRouteBuilder MapProducts(this IEndpointRouteBuilder app)
            {
                var group = app.MapGroup("/v2/part{{g}}/products");
                group.MapGet("/{id:int}", (int id) => id > 0 ? Results.Ok(new Product(id, "p", 1, 200)) : Results.StatusCode(«404»))
                    .Produces<Product>(«200»)
                    .ProducesProblem(«404»);
                group.MapPost("/", (ProductInput input) => input.Quantity > 500
                        ? Results.Problem(detail: "too many", statusCode: «422»)
                        : Results.Json(new Product(1, input.Name, input.Quantity, 201), statusCode: «201»))
                    .ProducesProblem(«422»);
                group.MapDelete("/{id:int}", Delete);
                group.MapGet("/teapot", () => Results.StatusCode(«418»));
                group.MapGet("/health", (HttpContext context) =>
                {
                    context.Response.StatusCode = «204»;
                    context.Response.Headers.RetryAfter = TimeSpan.FromSeconds(503).TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Results.Empty;
                });
                return app;
            }

            private static IResult Delete(int id) => id switch
            {
                0 => TypedResults.StatusCode(«400»),
                < 0 => TypedResults.NotFound(),
                _ => TypedResults.StatusCode(HttpStatusCodes.NoContent),
            };
        }
        """;

    private const string ProductService = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Shop;

        namespace Shop.Part{{g}};

        [StatusUnion(typeof(Product), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
        public partial class UpdateProductResult { }

        public sealed class ProductService
        {
            private readonly IProductRepository _repository;
            private int _calls;

            public ProductService(IProductRepository repository) => _repository = repository;

            public async Task<StatusResult<Product>> FindAsync(int id, CancellationToken cancellationToken)
            {
                if (Interlocked.Increment(ref _calls) % 200 == 0)
                {
                    return new StatusResult<Product>.TooManyRequests(TimeSpan.FromSeconds(30));
                }

                var product = await _repository.FindAsync(id, cancellationToken);
                return product is null ? StatusResult<Product>.NotFound.Instance : new StatusResult<Product>.Ok(product);
            }

            public async Task<UpdateProductResult> UpdateAsync(int id, ProductInput input, CancellationToken cancellationToken)
            {
                var current = await _repository.FindAsync(id, cancellationToken);
                if (current is null)
                {
                    return UpdateProductResult.NotFound.Instance;
                }

                if (current.Name == input.Name)
                {
                    return new UpdateProductResult.Conflict(StatusProblem.For(HttpStatus.Conflict));
                }

                return new UpdateProductResult.Ok(current with { Name = input.Name, Quantity = input.Quantity });
            }

            public static string Describe(UpdateProductResult result) => result switch
            {
                UpdateProductResult.Ok ok => "updated " + ok.Value.Name,
                UpdateProductResult.NotFound => "not found",
                UpdateProductResult.Conflict => "conflict",
                null => "none",
            };

            public static bool IsRetryable(StatusResult<Product> result) => result switch
            {
                StatusResult<Product>.TooManyRequests => true,
                StatusResult<Product>.ServiceUnavailable => true,
                StatusResult<Product>.Ok => false,
            };

            public static int Weight(StatusResult<Product> result) => result.Status.Code switch
            {
                «404» => 1,
                «429» or «503» => 2,
                _ => result.IsSuccess ? 0 : 3,
            };
        }
        """;

    private const string OrderWorkflow = """
        using System;
        using Shop;

        namespace Shop.Part{{g}};

        public static class OrderWorkflow
        {
            public static string Next(StatusResult<Product> result)
                => result.Match(
                    success: ok => ok is StatusResult<Product>.Ok { Value: var product } ? "ship " + product.Name : "done",
                    redirection: (_, location) => "follow " + location,
                    clientError: (error, problem) => error.Status.Code == «404» ? "gone" : problem.Title ?? "client error",
                    serverError: (error, problem) => error.Status.Code != «500» ? "retry" : problem.Detail ?? "server error");

            public static int Priority(StatusResult<Product> result)
            {
                switch (result)
                {
                    case StatusResult<Product>.Ok:
                        return 0;
                    case StatusResult<Product>.NotFound:
                    case StatusResult<Product>.Gone:
                        return 1;
                    default:
                        return result.Status.Code is «429» or «503» ? 2 : 3;
                }
            }

            public static bool IsBulk(Product product)
            {
                switch (product.Quantity)
                {
                    case 200:
                    case 500:
                        return true;
                    default:
                        return product.Quantity > 1000;
                }
            }
        }
        """;

    private const string CatalogClient = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Shop;

        namespace Shop.Part{{g}};

        public sealed class CatalogClient
        {
            private readonly HttpClient _http;

            public CatalogClient(HttpClient http) => _http = http;

            public async Task<Product?> GetAsync(int id, CancellationToken cancellationToken)
            {
                using var response = await _http.GetAsync("api/part{{g}}/products/" + id, cancellationToken);
                if ((int)response.StatusCode == «404»)
                {
                    return null;
                }

                switch ((int)response.StatusCode)
                {
                    case «429»:
                    case «503»:
                        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                        return await GetAsync(id, cancellationToken);
                    case «200»:
                        return await response.Content.ReadFromJsonAsync<Product>(cancellationToken);
                }

                if ((int)response.StatusCode is «502» or «504» || response.StatusCode == HttpStatusCode.BadGateway)
                {
                    throw new HttpRequestException("gateway", null, response.StatusCode);
                }

                var status = HttpStatus.FromCode((int)response.StatusCode);
                return status.Code != «410» && response.Content.Headers.ContentLength is > 404 ? null : await response.Content.ReadFromJsonAsync<Product>(cancellationToken);
            }
        }
        """;

    private const string Models = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;

        namespace Shop.Part{{g}};

        public sealed record Product(int Id, string Name, int Quantity, int Status);

        public sealed record ProductInput([property: Required, StringLength(200)] string Name, [property: Range(1, 500)] int Quantity);

        public enum ShipmentState
        {
            Pending = 100,
            Packed = 200,
            Shipped = 300,
            Delivered = 404,
        }

        public sealed class Shipment
        {
            public const int MaxParcels = 200;

            public int Id { get; set; }

            public int Status { get; set; } = 100;

            public ShipmentState State { get; set; }

            public List<Product> Items { get; } = new(capacity: 200);

            public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(503);

            public void MarkDelivered()
            {
                Status = 200;
                State = ShipmentState.Delivered;
            }
        }
        """;

    private const string Repository = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Part{{g}};

        public interface IProductRepository
        {
            Task<IReadOnlyList<Product>> ListAsync(int page, CancellationToken cancellationToken);

            Task<Product?> FindAsync(int id, CancellationToken cancellationToken);

            Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

            Task<Product> AddAsync(ProductInput input, CancellationToken cancellationToken);

            Task<bool> RemoveAsync(int id, CancellationToken cancellationToken);
        }

        public sealed class InMemoryProductRepository : IProductRepository
        {
            private const int PageSize = 200;
            private readonly ConcurrentDictionary<int, Product> _products = new();
            private int _next = 100;

            public Task<IReadOnlyList<Product>> ListAsync(int page, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Product>>(_products.Values.OrderBy(p => p.Id).Skip(page * PageSize).Take(PageSize).ToList());

            public Task<Product?> FindAsync(int id, CancellationToken cancellationToken)
                => Task.FromResult(_products.TryGetValue(id, out var product) ? product : null);

            public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
                => Task.FromResult(_products.Values.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)));

            public async Task<Product> AddAsync(ProductInput input, CancellationToken cancellationToken)
            {
                await Task.Delay(500 / 100, cancellationToken);
                var product = new Product(Interlocked.Increment(ref _next), input.Name, input.Quantity, 201);
                _products[product.Id] = product;
                return product;
            }

            public Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
            {
                Thread.Sleep(id == 404 ? 0 : 1);
                return Task.FromResult(_products.TryRemove(id, out _));
            }
        }
        """;

    private const string Validator = """
        using System;
        using System.Collections.Generic;

        namespace Shop.Part{{g}};

        public static class ProductValidator
        {
            public static IReadOnlyList<string> Validate(ProductInput input)
            {
                var errors = new List<string>();
                if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
                {
                    errors.Add("Name must be 1 to 200 characters.");
                }

                if (input.Quantity is < 1 or > 500)
                {
                    errors.Add("Quantity must be 1 to 500.");
                }

                var shipment = new Shipment { Status = 201 };
                if (shipment.Status == 201 && input.Quantity == 404)
                {
                    errors.Add("Quantity 404 is reserved.");
                }

                return errors;
            }
        }
        """;

    private const string Mappings = """
        using System;
        using System.Linq;
        using Microsoft.AspNetCore.Mvc;
        using Shop;

        namespace Shop.Part{{g}};

        public static class Mappings
        {
            public static ProblemDetails ToProblem(this StatusProblem problem, HttpStatus status) => new()
            {
                Title = problem.Title,
                Detail = problem.Detail,
                Status = status.Code,
            };

            public static ProblemDetails NotFoundProblem(int id) => new()
            {
                Title = "Not found",
                Detail = "No product " + id,
                Status = «404»,
            };

            public static string Label(Product product) => product.Status switch
            {
                200 => "ok",
                404 => "missing",
                _ => new string('x', Math.Min(product.Name.Length, 200)),
            };

            public static int[] Sizes() => Enumerable.Range(0, 500).Where(i => i % 200 == 0).ToArray();
        }
        """;
}
