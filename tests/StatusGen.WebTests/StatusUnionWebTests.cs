using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace StatusGen.WebTests;

/// <summary>A Kestrel server on 127.0.0.1 with the union endpoints and Microsoft.AspNetCore.OpenApi's document.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class StatusUnionServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(options => JsonSetup.Configure(options.SerializerOptions));
        builder.Services.AddOpenApi();
        // The test host is the entry assembly, so this one is added as a part; its controller is internal.
        builder.Services.AddControllers()
            .AddApplicationPart(typeof(UnionOrdersController).Assembly)
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new InternalControllers()));

        _app = builder.Build();
        _app.MapOpenApi();
        _app.MapControllers();
        StatusUnionEndpoints.Map(_app);
        StatusUnionComparison.Map(_app);
        await _app.StartAsync();
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = new Uri(_app.Urls.Single()),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Endpoint unions on the wire, in the OpenAPI document, and read back by HttpClient.</summary>
public sealed class StatusUnionWebTests : IClassFixture<StatusUnionServerFixture>
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly HttpClient _client;

    public StatusUnionWebTests(StatusUnionServerFixture server) => _client = server.Client;

    public static IEnumerable<object[]> PlaceCaseNames => StatusUnionEndpoints.PlaceCases.Select(entry => new object[] { entry.Name });

    public static IEnumerable<object[]> GuardedCaseNames => StatusUnionEndpoints.GuardedCases.Select(entry => new object[] { entry.Name });

    [Theory]
    [InlineData("unauthorized", "WWW-Authenticate", "Bearer realm=\"orders\"")]
    [InlineData("method-not-allowed", "Allow", "GET")]
    [InlineData("range", "Content-Range", "bytes */10")]
    [InlineData("upgrade", "Upgrade", "HTTP/2")]
    [InlineData("token", "WWW-Authenticate", "Bearer")]
    [InlineData("ok", "ETag", "\"v7\"")]
    public async Task A_union_case_sends_the_header_its_status_requires_and_its_extra_headers(string name, string field, string value)
    {
        using var response = await _client.GetAsync("/unions/guarded/" + name);

        var headers = response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated);
        Assert.Equal(value, Assert.Single(headers.Single(header => header.Key == field).Value));
    }

    [Theory]
    [MemberData(nameof(GuardedCaseNames))]
    public async Task ReadAsync_round_trips_the_header_cases_with_their_extra_headers(string name)
    {
        using var response = await _client.GetAsync("/unions/guarded/" + name);

        var sent = StatusUnionEndpoints.GuardedCases.Single(entry => entry.Name == name).Case;
        var read = await GuardedOrderResult.ReadAsync(response, Options);

        Assert.Equal(sent, read);
        Assert.All(sent.Headers, header => Assert.Contains(header, read.Headers));
        // What a case carries as a member is not an extra header too.
        Assert.DoesNotContain(read.Headers, header => header.Key is "WWW-Authenticate" or "Allow" or "Content-Range" or "Upgrade");
        // The union writes through the same helper: a title chosen from Accept-Language varies by it, even when the
        // request had none (not 498's, the same in every language).
        Assert.Equal(
            name is "unauthorized" or "method-not-allowed" or "range" or "upgrade",
            read.Headers.Contains(new KeyValuePair<string, string>("Vary", "Accept-Language")));
    }

    [Fact]
    public async Task The_wire_of_each_GetOrderResult_case()
    {
        using (var ok = await _client.GetAsync("/unions/orders/7"))
        {
            Assert.Equal(200, (int)ok.StatusCode);
            Assert.Equal("application/json; charset=utf-8", ok.Content.Headers.ContentType?.ToString());
            Assert.Equal("""{"id":7,"item":"Widget","quantity":2,"state":"shipped"}""", await ok.Content.ReadAsStringAsync());
        }

        using (var missing = await _client.GetAsync("/unions/orders/8"))
        {
            Assert.Equal(404, (int)missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.ToString());
            Assert.Equal("""{"type":"about:blank","title":"Not Found","status":404,"detail":"There is no order 8."}""", await missing.Content.ReadAsStringAsync());
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/unions/orders/2") { Headers = { { "Accept-Language", "ko" } } };
        using var conflict = await _client.SendAsync(request);
        Assert.Equal(409, (int)conflict.StatusCode);
        Assert.Equal("""{"type":"about:blank","title":"Changed","status":409,"detail":"Order 2 changed meanwhile."}""", await conflict.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_wire_of_the_body_less_cases()
    {
        using var deleted = await _client.DeleteAsync("/unions/orders/7");
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsByteArrayAsync());

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/unions/orders/9") { Headers = { { "Accept-Language", "ko-KR" } } };
        using var missing = await _client.SendAsync(request);
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Equal("""{"type":"about:blank","title":"찾을 수 없음","status":404}""", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_wire_of_location_retry_after_and_custom_cases()
    {
        using (var created = await _client.GetAsync("/unions/place/created"))
        {
            Assert.Equal(201, (int)created.StatusCode);
            Assert.Equal("/orders/7", created.Headers.Location?.OriginalString);
        }

        using (var seeOther = await _client.GetAsync("/unions/place/see-other"))
        {
            Assert.Equal(303, (int)seeOther.StatusCode);
            Assert.Equal("/orders/7", seeOther.Headers.Location?.OriginalString);
            Assert.Equal(TimeSpan.FromSeconds(5), seeOther.Headers.RetryAfter?.Delta);
            Assert.Empty(await seeOther.Content.ReadAsByteArrayAsync());
        }

        using (var tooMany = await _client.GetAsync("/unions/place/too-many"))
        {
            Assert.Equal(429, (int)tooMany.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), tooMany.Headers.RetryAfter?.Delta);
            Assert.Equal("""{"type":"about:blank","title":"Slow down","status":429,"detail":"Try later."}""", await tooMany.Content.ReadAsStringAsync());
        }

        using var shard = await _client.GetAsync("/unions/place/shard");
        Assert.Equal(399, (int)shard.StatusCode);
        Assert.Equal("https://shard2.example/orders/7", shard.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/raw/results-unauthorized", null)]
    [InlineData("/raw/unauthorized-problem", "Sign in first")]
    public async Task ReadAsync_reads_a_401_without_a_challenge_with_an_empty_one(string path, string? title)
    {
        using var response = await _client.GetAsync(path);

        var read = Assert.IsType<GuardedOrderResult.Unauthorized>(await GuardedOrderResult.ReadAsync(response, Options));

        Assert.Equal(string.Empty, read.WwwAuthenticate);
        Assert.Equal(title, read.Problem?.Title);
        // To StatusResult<T> and back keeps the empty challenge, which no public constructor takes.
        var result = Assert.IsType<StatusResult<Order>.Unauthorized>(read.ToStatusResult());
        Assert.Equal(string.Empty, result.WwwAuthenticate);
        Assert.Equal(read, (GuardedOrderResult.Unauthorized)result);
        Assert.Throws<ArgumentException>(() => new GuardedOrderResult.Unauthorized(" "));
    }

    [Theory]
    [MemberData(nameof(PlaceCaseNames))]
    public async Task ReadAsync_round_trips_every_case(string name)
    {
        using var response = await _client.GetAsync("/unions/place/" + name);

        var read = await PlaceOrderResult.ReadAsync(response, Options);

        Assert.Equal(StatusUnionEndpoints.PlaceCases.Single(entry => entry.Name == name).Case, read);
    }

    [Fact]
    public async Task ReadAsync_round_trips_GetOrderResult_and_DeleteOrderResult()
    {
        using (var ok = await _client.GetAsync("/unions/orders/7"))
        {
            Assert.Equal(new GetOrderResult.Ok(StatusUnionEndpoints.Widget), await GetOrderResult.ReadAsync(ok, Options));
        }

        using (var missing = await _client.GetAsync("/unions/orders/8"))
        {
            Assert.Equal(StatusUnionEndpoints.GetOrder(8), await GetOrderResult.ReadAsync(missing, Options));
        }

        using (var conflict = await _client.GetAsync("/unions/orders/2"))
        {
            Assert.Equal(StatusUnionEndpoints.GetOrder(2), await GetOrderResult.ReadAsync(conflict, Options));
        }

        using var deleted = await _client.DeleteAsync("/unions/orders/7");
        // Equal to the shared instance, but a copy of it: it carries the response's extra headers (Date, Server).
        var noContent = Assert.IsType<DeleteOrderResult.NoContent>(await DeleteOrderResult.ReadAsync(deleted));
        Assert.Equal(DeleteOrderResult.NoContent.Instance, noContent);
        Assert.Contains(noContent.Headers, header => header.Key == "Date");
        Assert.Empty(DeleteOrderResult.NoContent.Instance.Headers);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    [InlineData(589)]
    public async Task ReadAsync_throws_for_a_status_that_is_not_a_case(int code)
    {
        using var response = await _client.GetAsync("/unions/raw/" + code.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var exception = await Assert.ThrowsAsync<StatusResultException>(() => DeleteOrderResult.ReadAsync(response));

        Assert.Equal(code, exception.Status.Code);
    }

    private async Task<JsonObject> OpenApiAsync()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The operation's responses: code → content types, and the schema reference of each.</summary>
    private static Dictionary<string, string> Responses(JsonObject document, string path, string method)
        => document["paths"]![path]![method]!["responses"]!.AsObject().ToDictionary(
            response => response.Key,
            response => response.Value!["content"] is JsonObject content
                ? string.Join(", ", content.Select(type => type.Key + " " + (type.Value!["schema"]?["$ref"]?.GetValue<string>() ?? type.Value!["schema"]?.ToJsonString())))
                : "(no content)");

    [Fact]
    public async Task The_OpenAPI_operations_list_exactly_the_union_codes()
    {
        var document = await OpenApiAsync();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["200"] = "application/json #/components/schemas/Order",
                ["404"] = "application/problem+json #/components/schemas/StatusProblem",
                ["409"] = "application/problem+json #/components/schemas/StatusProblem",
            },
            Responses(document, "/unions/orders/{id}", "get"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["204"] = "(no content)",
                ["404"] = "application/problem+json #/components/schemas/StatusProblem",
            },
            Responses(document, "/unions/orders/{id}", "delete"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["201"] = "application/json #/components/schemas/Order",
                ["303"] = "(no content)",
                ["304"] = "(no content)",
                ["429"] = "application/problem+json #/components/schemas/StatusProblem",
                ["399"] = "(no content)",
            },
            Responses(document, "/unions/place/{name}", "get"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_StatusProblem_with_its_RFC_9457_members()
    {
        var document = await OpenApiAsync();

        var schema = document["components"]!["schemas"]!["StatusProblem"]!.AsObject();
        Assert.Equal(new[] { "type", "title", "status", "detail", "instance" }, schema["properties"]!.AsObject().Select(property => property.Key));
        // Extension members are allowed: additionalProperties is not false.
        Assert.False(schema["additionalProperties"] is JsonValue allowed && allowed.GetValueKind() == JsonValueKind.False);
    }

    [Fact]
    public async Task Measured_Results_of_Ok_NotFound_Conflict_for_the_README()
    {
        var document = await OpenApiAsync();

        // The same endpoint with ASP.NET Core's Results<Ok<Order>, NotFound, Conflict>: the three codes, but the errors
        // without a body (NotFound and Conflict write none), so a client learns nothing about them.
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["200"] = "application/json #/components/schemas/Order",
                ["404"] = "(no content)",
                ["409"] = "(no content)",
            },
            Responses(document, "/results/orders/{id}", "get"));
    }

    [Fact]
    public async Task Measured_an_MVC_action_returning_the_union_for_the_README()
    {
        // It executes as an IResult: the same wire as the minimal API endpoint.
        using (var missing = await _client.GetAsync("/mvc/orders/8"))
        {
            Assert.Equal(404, (int)missing.StatusCode);
            Assert.Equal("""{"type":"about:blank","title":"Not Found","status":404,"detail":"There is no order 8."}""", await missing.Content.ReadAsStringAsync());
        }

        // MVC calls IEndpointMetadataProvider on an action's declared return type (and on T of Task<T>): its API explorer
        // lists exactly the union's responses, as for a minimal API endpoint.
        var document = await OpenApiAsync();
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["200"] = "application/json #/components/schemas/Order",
                ["404"] = "application/problem+json #/components/schemas/StatusProblem",
                ["409"] = "application/problem+json #/components/schemas/StatusProblem",
            },
            Responses(document, "/mvc/orders/{id}", "get"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["204"] = "(no content)",
                ["404"] = "application/problem+json #/components/schemas/StatusProblem",
            },
            Responses(document, "/mvc/orders/{id}", "delete"));

        // Behind IActionResult it learns nothing from the union: one 200 without a schema.
        Assert.Equal(new Dictionary<string, string> { ["200"] = "(no content)" }, Responses(document, "/mvc/orders/untyped/{id}", "get"));
    }
}
