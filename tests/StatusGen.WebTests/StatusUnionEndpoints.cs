using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace StatusGen.WebTests;

/// <summary>GET /unions/orders/{id}: the union.</summary>
[StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
internal partial class GetOrderResult { }

/// <summary>DELETE /unions/orders/{id}: no content at all.</summary>
[StatusUnion(HttpStatusCodes.NoContent, HttpStatusCodes.NotFound)]
internal partial class DeleteOrderResult { }

/// <summary>Every kind of case: content with a location, a redirect, retry-after, no body, a custom code.</summary>
[StatusUnion(typeof(Order), HttpStatusCodes.Created, HttpStatusCodes.SeeOther, HttpStatusCodes.NotModified, HttpStatusCodes.TooManyRequests, HttpStatusCodes.MovedToShard)]
internal partial class PlaceOrderResult { }

/// <summary>The cases whose status requires a header field (RFC 9110), and a custom code flagged like 401.</summary>
[StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.Unauthorized, HttpStatusCodes.MethodNotAllowed, HttpStatusCodes.RangeNotSatisfiable, HttpStatusCodes.UpgradeRequired, HttpStatusCodes.TokenRequired)]
internal partial class GuardedOrderResult { }

/// <summary>The endpoints that return endpoint unions, and the cases each sends.</summary>
internal static class StatusUnionEndpoints
{
    public static readonly Order Widget = new(7, "Widget", 2, OrderState.Shipped);

    /// <summary>Every case the endpoints send, by name: what the server sends and what a client reads back.</summary>
    public static readonly (string Name, PlaceOrderResult Case)[] PlaceCases =
    {
        ("created", new PlaceOrderResult.Created(Widget, "/orders/7")),
        ("see-other", new PlaceOrderResult.SeeOther("/orders/7", TimeSpan.FromSeconds(5))),
        ("not-modified", PlaceOrderResult.NotModified.Instance),
        ("too-many", new PlaceOrderResult.TooManyRequests(TimeSpan.FromSeconds(30), new StatusProblem("Slow down", "Try later."))),
        ("shard", new PlaceOrderResult.MovedToShard("https://shard2.example/orders/7")),
    };

    /// <summary>The cases of <see cref="GuardedOrderResult"/>, by name; the first carries extra headers too.</summary>
    public static readonly (string Name, GuardedOrderResult Case)[] GuardedCases =
    {
        ("ok", new GuardedOrderResult.Ok(Widget).WithHeader("ETag", "\"v7\"")),
        ("unauthorized", new GuardedOrderResult.Unauthorized("Bearer realm=\"orders\"").WithHeader("Cache-Control", "no-store")),
        ("method-not-allowed", new GuardedOrderResult.MethodNotAllowed("GET")),
        ("range", new GuardedOrderResult.RangeNotSatisfiable(contentRange: "bytes */10")),
        ("upgrade", new GuardedOrderResult.UpgradeRequired("HTTP/2")),
        ("token", new GuardedOrderResult.TokenRequired("Bearer")),
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/unions/guarded/{name}", (string name) => Array.Find(GuardedCases, entry => entry.Name == name).Case);
        // ASP.NET Core's own 401s, which have no WWW-Authenticate: not a union's, so not in the OpenAPI document.
        app.MapGet("/raw/results-unauthorized", () => Results.Unauthorized()).ExcludeFromDescription();
        app.MapGet("/raw/unauthorized-problem", () => Results.Problem(title: "Sign in first", statusCode: 401)).ExcludeFromDescription();
        app.MapGet("/unions/orders/{id:int}", GetOrder);
        app.MapDelete("/unions/orders/{id:int}", DeleteOrderAsync);
        app.MapGet("/unions/place/{name}", (string name) => Array.Find(PlaceCases, entry => entry.Name == name).Case);
        app.MapGet("/unions/raw/{code:int}", (int code) => Results.StatusCode(code));
    }

    /// <summary>1 is found, 2 changed meanwhile (from a service's StatusResult case), anything else is not found.</summary>
    internal static GetOrderResult GetOrder(int id) => id switch
    {
        7 => Widget,
        2 => new StatusResult<Order>.Conflict(new StatusProblem("Changed", "Order 2 changed meanwhile.")),
        _ => new GetOrderResult.NotFound(StatusProblem.For(HttpStatus.NotFound, "There is no order " + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".")),
    };

    internal static async Task<DeleteOrderResult> DeleteOrderAsync(int id)
    {
        await Task.Yield();
        return id == 7 ? DeleteOrderResult.NoContent.Instance : DeleteOrderResult.NotFound.Instance;
    }
}
