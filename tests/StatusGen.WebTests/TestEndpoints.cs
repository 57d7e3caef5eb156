using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace StatusGen.WebTests;

/// <summary>The test app's endpoints: each kind of case, realistic order endpoints, and raw responses for the client.</summary>
internal static class TestEndpoints
{
    public static void Map(WebApplication app)
    {
        // Every case of Cases.All, by name.
        app.MapGet("/cases/{name}", StatusResult<Order> (string name) => Cases.All[name].Sent);

        // What a service does: a synchronous and an asynchronous endpoint declared as StatusResult<Order>.
        app.MapGet("/orders/{id:int}", GetOrder);
        app.MapPost("/orders", PlaceOrderAsync);

        // Responses no StatusResult<Order> sends, for the client's error paths.
        app.MapGet("/raw/unknown", () => Results.StatusCode(589));
        app.MapGet("/raw/teapot", () => Results.StatusCode(418));
        app.MapGet("/raw/moved-without-location", () => Results.StatusCode(301));
        app.MapGet("/raw/unauthorized-without-challenge", () => Results.StatusCode(401));
        // What ASP.NET Core itself sends: no WWW-Authenticate (RFC 9110 §15.5.2 requires one), with or without a problem.
        app.MapGet("/raw/results-unauthorized", () => Results.Unauthorized());
        app.MapGet("/raw/unauthorized-problem", () => Results.Problem(title: "Sign in first", detail: "The token expired.", statusCode: 401));
        // A 401 as the reader makes it from a response without WWW-Authenticate (a proxy forwarding what it read).
        app.MapGet("/forward/unauthorized", () => StatusResult<Order>.Unauthorized.Received(StatusHeaders.Source.Response, string.Empty, problem: null));
        // Field values HttpClient's validated view would re-format (the comma's space, the doubled space).
        app.MapGet("/spacing/allow", () => new StatusResult<Order>.MethodNotAllowed("GET,HEAD"));
        app.MapGet("/spacing/challenge", () => new StatusResult<Order>.Unauthorized("Bearer  realm=\"x\",  error=\"invalid_token\""));
        app.MapGet("/raw/upgrade-required-problem", () => Results.Problem(title: "Use TLS", statusCode: 426));
        app.MapGet("/raw/retry-after-date", (HttpResponse response) =>
        {
            // An HTTP-date two minutes after the response's own Date header (which Kestrel sets).
            var now = DateTimeOffset.UtcNow;
            response.Headers.Date = now.ToString("r", CultureInfo.InvariantCulture);
            response.Headers.RetryAfter = now.AddMinutes(2).ToString("r", CultureInfo.InvariantCulture);
            return Results.StatusCode(503);
        });
        app.MapGet("/raw/retry-after-past", (HttpResponse response) =>
        {
            response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddHours(-1).ToString("r", CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        });
        // As CORS middleware does before the endpoint runs: a Vary the result's own Vary must add to, not replace.
        app.MapGet("/vary/origin-then-result", StatusResult<Order> (HttpResponse response) =>
        {
            response.Headers.Vary = "Origin";
            return new StatusResult<Order>.Ok(Cases.Widget).WithHeader("Vary", "accept-encoding, origin", "Accept-Encoding");
        });
        app.MapGet("/vary/origin-then-any", StatusResult<Order> (HttpResponse response) =>
        {
            response.Headers.Vary = "Origin";
            return new StatusResult<Order>.NotFound().WithHeader("Vary", "*");
        });
        app.MapGet("/raw/html-error", () => Results.Content("<h1>Not Found</h1>", "text/html", statusCode: 404));
        app.MapGet("/raw/problem-as-sent", () => Results.Text(
            """{"type":"about:blank","title":"찾을 수 없음","status":404,"nested":{"a":[1,2]},"big":12345678901,"ratio":0.5}""",
            "application/problem+json",
            statusCode: 404));
    }

    internal static StatusResult<Order> GetOrder(int id)
        => id == Cases.Widget.Id
            ? Cases.Widget
            : new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "There is no order " + id.ToString(CultureInfo.InvariantCulture) + "."));

    internal static async Task<StatusResult<Order>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Quantity <= 0)
        {
            return new StatusResult<Order>.UnprocessableContent(new StatusProblem(
                title: "Invalid quantity",
                detail: "The quantity must be positive; it was " + request.Quantity.ToString(CultureInfo.InvariantCulture) + ".",
                type: "https://example.com/problems/invalid-quantity")
            {
                Extensions = { ["quantity"] = request.Quantity },
            });
        }

        if (request.Quantity > 100)
        {
            return new StatusResult<Order>.TooManyRequests(TimeSpan.FromSeconds(30));
        }

        var order = new Order(8, request.Item, request.Quantity, OrderState.Placed);
        return new StatusResult<Order>.Created(order, "/orders/8");
    }
}
