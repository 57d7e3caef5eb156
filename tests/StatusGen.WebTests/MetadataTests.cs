using System.Linq;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Xunit;

namespace StatusGen.WebTests;

/// <summary>
/// What a <c>StatusResult&lt;Order&gt;</c> endpoint tells OpenAPI (<c>IProducesResponseTypeMetadata</c>): 200 with
/// <c>Order</c> as JSON, 400 and 500 with <c>StatusProblem</c>'s OpenAPI shape as problem+json; nothing else, whether the handler
/// returns the result or a <c>Task</c> of it.
/// </summary>
public sealed class MetadataTests : IClassFixture<WebServerFixture>
{
    private readonly WebServerFixture _server;

    public MetadataTests(WebServerFixture server) => _server = server;

    [Theory]
    [InlineData("/cases/{name}", "GET")]
    [InlineData("/orders/{id:int}", "GET")]
    [InlineData("/orders", "POST")]
    public void StatusResult_endpoints_advertise_200_400_and_500(string pattern, string method)
    {
        var endpoint = Endpoint(pattern, method);

        var responses = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Select(metadata => (metadata.StatusCode, metadata.Type, ContentType: string.Join(",", metadata.ContentTypes)))
            .ToList();

        Assert.Equal(
            new (int, System.Type?, string)[]
            {
                (200, typeof(Order), "application/json"),
                (400, typeof(StatusProblemOpenApi.StatusProblem), "application/problem+json"),
                (500, typeof(StatusProblemOpenApi.StatusProblem), "application/problem+json"),
            },
            responses);
    }

    [Fact]
    public void Endpoints_returning_other_results_get_none_of_it()
    {
        var endpoint = Endpoint("/raw/unknown", "GET");

        Assert.DoesNotContain(endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>(), metadata => metadata.Type == typeof(StatusProblemOpenApi.StatusProblem));
    }

    private RouteEndpoint Endpoint(string pattern, string method)
        => Assert.Single(_server.Endpoints, endpoint =>
            endpoint.RoutePattern.RawText == pattern
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) == true);
}
