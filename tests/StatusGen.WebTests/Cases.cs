using System;
using System.Collections.Generic;

namespace StatusGen.WebTests;

/// <summary>
/// Every kind of case the server sends, by name (<c>GET /cases/{name}</c>), with the case a client reads back. The two
/// are equal except where the wire form fills something in: a problem without a title is sent with the catalog title,
/// and a Retry-After goes over the wire in whole seconds.
/// </summary>
internal static class Cases
{
    public static readonly Order Widget = new(7, "Widget", 2, OrderState.Shipped);

    public static readonly StatusProblem InvalidQuantity = new(
        title: "Invalid quantity",
        detail: "The quantity must be positive; it was -1.",
        type: "https://example.com/problems/invalid-quantity",
        instance: "/orders/7")
    {
        Extensions = { ["quantity"] = -1, ["field"] = "quantity", ["tags"] = null },
    };

    public static readonly IReadOnlyDictionary<string, (StatusResult<Order> Sent, StatusResult<Order> Received)> All =
        new Dictionary<string, (StatusResult<Order>, StatusResult<Order>)>(StringComparer.Ordinal)
        {
            ["ok"] = Same(Widget),
            ["created"] = Same(new StatusResult<Order>.Created(Widget, "/orders/7")),
            ["accepted"] = Same(new StatusResult<Order>.Accepted(Widget)),
            ["no-content"] = Same(StatusResult<Order>.NoContent.Instance),
            ["reset-content"] = Same(new StatusResult<Order>.ResetContent()),
            ["multiple-choices"] = Same(new StatusResult<Order>.MultipleChoices()),
            ["multiple-choices-preferred"] = Same(new StatusResult<Order>.MultipleChoices("/orders/7/v2")),
            ["moved-permanently"] = Same(new StatusResult<Order>.MovedPermanently("https://example.com/orders/7?view=full&x=a%20b")),
            ["found"] = Same(new StatusResult<Order>.Found("/orders/7")),
            ["see-other"] = Same(new StatusResult<Order>.SeeOther("../orders/7")),
            ["not-modified"] = Same(StatusResult<Order>.NotModified.Instance),
            ["temporary-redirect"] = Same(new StatusResult<Order>.TemporaryRedirect("/orders/7", TimeSpan.FromSeconds(5))),
            ["permanent-redirect"] = Same(new StatusResult<Order>.PermanentRedirect("/v2/orders/7")),
            ["bad-request"] = Same(new StatusResult<Order>.BadRequest(new StatusProblem("Bad order", "The item is missing."))),
            ["not-found"] = Same(new StatusResult<Order>.NotFound()),
            ["not-found-detail"] = Same(new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "There is no order 8."))),
            ["unprocessable"] = Same(new StatusResult<Order>.UnprocessableContent(InvalidQuantity)),
            ["too-many-requests"] = Same(new StatusResult<Order>.TooManyRequests(TimeSpan.FromSeconds(30))),
            ["too-many-requests-fraction"] = (
                new StatusResult<Order>.TooManyRequests(TimeSpan.FromSeconds(1.2)),
                new StatusResult<Order>.TooManyRequests(TimeSpan.FromSeconds(2))),
            ["content-too-large"] = Same(new StatusResult<Order>.ContentTooLarge()),
            ["internal-server-error"] = Same(new StatusResult<Order>.InternalServerError()),
            ["bad-gateway"] = (
                new StatusResult<Order>.BadGateway(new StatusProblem(detail: "The warehouse did not answer.")),
                new StatusResult<Order>.BadGateway(new StatusProblem("Bad Gateway", "The warehouse did not answer."))),
            ["service-unavailable"] = Same(new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromMinutes(2), new StatusProblem(detail: "Maintenance", title: "Down for maintenance"))),
            ["custom-success"] = Same(new StatusResult<Order>.MiscSuccess(Widget)),
            ["custom-redirect"] = Same(new StatusResult<Order>.MovedToShard("https://shard-2.example.com/orders/7")),
            ["custom-error"] = Same(StatusResult<Order>.ClientClosedRequest.Instance),
            ["unauthorized"] = Same(new StatusResult<Order>.Unauthorized("Bearer realm=\"orders\", error=\"invalid_token\"")),
            ["method-not-allowed"] = Same(new StatusResult<Order>.MethodNotAllowed("GET, HEAD")),
            ["method-not-allowed-none"] = Same(new StatusResult<Order>.MethodNotAllowed(string.Empty)),
            ["proxy-authentication-required"] = Same(new StatusResult<Order>.ProxyAuthenticationRequired("Basic realm=\"proxy\"")),
            ["range-not-satisfiable"] = Same(new StatusResult<Order>.RangeNotSatisfiable(contentRange: "bytes */47022")),
            ["range-not-satisfiable-bare"] = Same(new StatusResult<Order>.RangeNotSatisfiable()),
            ["upgrade-required"] = Same(new StatusResult<Order>.UpgradeRequired("TLS/1.3")),
            ["custom-challenge"] = Same(new StatusResult<Order>.TokenRequired("Bearer realm=\"shard\"")),
            ["ok-cached"] = Same(new StatusResult<Order>.Ok(Widget).WithHeader("ETag", "\"v1\"").WithHeader("Cache-Control", "max-age=60")),
            ["ok-options"] = Same(new StatusResult<Order>.Ok(Widget).WithHeader("Allow", "GET, OPTIONS")),
            ["not-found-varying"] = Same(new StatusResult<Order>.NotFound().WithHeader("Vary", "Origin").WithHeader("Link", "</help>; rel=\"help\"", "</orders>; rel=\"up\"")),
            ["not-found-own-language"] = Same(new StatusResult<Order>.NotFound().WithHeader("Content-Language", "ko-KR")),
        };

    private static (StatusResult<Order>, StatusResult<Order>) Same(StatusResult<Order> result) => (result, result);
}
