using System;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace StatusGen.WebTests;

/// <summary>What goes over the wire when an endpoint returns a <c>StatusResult&lt;Order&gt;</c>: raw status, headers, body.</summary>
public sealed class WireTests : IClassFixture<WebServerFixture>
{
    private readonly HttpClient _client;

    public WireTests(WebServerFixture server) => _client = server.Client;

    [Theory]
    [InlineData("ok", 200)]
    [InlineData("accepted", 202)]
    [InlineData("custom-success", 299)]
    public async Task Content_cases_are_JSON_with_the_apps_options(string name, int code)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        // camelCase by default, and the app's JsonStringEnumConverter (ConfigureHttpJsonOptions) writes the state.
        Assert.Equal("""{"id":7,"item":"Widget","quantity":2,"state":"shipped"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Created_sends_its_location_and_content()
    {
        using var response = await _client.GetAsync("/cases/created");

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("/orders/7", response.Headers.Location?.OriginalString);
        Assert.Equal("""{"id":7,"item":"Widget","quantity":2,"state":"shipped"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("no-content", 204)]
    [InlineData("reset-content", 205)]
    [InlineData("not-modified", 304)]
    [InlineData("multiple-choices", 300)]
    public async Task No_body_cases_send_no_body_and_no_content_type(string name, int code)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Null(response.Content.Headers.ContentType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Headers.Location);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("multiple-choices-preferred", 300, "/orders/7/v2")]
    [InlineData("moved-permanently", 301, "https://example.com/orders/7?view=full&x=a%20b")]
    [InlineData("found", 302, "/orders/7")]
    [InlineData("see-other", 303, "../orders/7")]
    [InlineData("temporary-redirect", 307, "/orders/7")]
    [InlineData("permanent-redirect", 308, "/v2/orders/7")]
    [InlineData("custom-redirect", 399, "https://shard-2.example.com/orders/7")]
    public async Task Redirects_send_the_location_exactly_as_given_and_no_body(string name, int code, string location)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Equal(location, Assert.Single(response.Headers.NonValidated["Location"]));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("temporary-redirect", "5")]
    [InlineData("too-many-requests", "30")]
    [InlineData("too-many-requests-fraction", "2")]
    [InlineData("service-unavailable", "120")]
    public async Task Retry_after_is_sent_in_whole_seconds_rounded_up(string name, string seconds)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(seconds, Assert.Single(response.Headers.NonValidated["Retry-After"]));
    }

    [Fact]
    public async Task An_error_without_problem_details_sends_the_about_blank_problem()
    {
        using var response = await _client.GetAsync("/cases/not-found");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":"about:blank","title":"Not Found","status":404}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_member_of_a_problem_is_sent_with_its_extensions_flattened()
    {
        using var response = await _client.GetAsync("/cases/unprocessable");

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal(
            """{"type":"https://example.com/problems/invalid-quantity","title":"Invalid quantity","status":422,"detail":"The quantity must be positive; it was -1.","instance":"/orders/7","quantity":-1,"field":"quantity","tags":null}""",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("bad-request", 400)]
    [InlineData("too-many-requests", 429)]
    [InlineData("content-too-large", 413)]
    [InlineData("internal-server-error", 500)]
    [InlineData("bad-gateway", 502)]
    [InlineData("service-unavailable", 503)]
    [InlineData("custom-error", 499)]
    public async Task Every_error_case_sends_problem_json_with_its_numeric_status(string name, int code)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData(null, "Bad Gateway")]
    [InlineData("ko", "불량 게이트웨이")]
    [InlineData("ko-KR", "불량 게이트웨이")]
    [InlineData("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "불량 게이트웨이")]
    [InlineData("en-US,ko;q=0.5", "Bad Gateway")]
    [InlineData("fr-CA, fr;q=0.9, ko;q=0.8", "불량 게이트웨이")]
    [InlineData("ko;q=0, en", "Bad Gateway")]
    [InlineData("kok, ko;q=0.5", "불량 게이트웨이")]
    [InlineData("kok", "Bad Gateway")]
    [InlineData("*", "Bad Gateway")]
    [InlineData("not a language ;;; q=", "Bad Gateway")]
    public async Task A_problem_without_a_title_is_titled_in_the_requests_language(string? acceptLanguage, string title)
    {
        Assert.Equal(title, await ProblemTitle("/cases/bad-gateway", acceptLanguage));
    }

    [Fact]
    public async Task A_language_only_the_user_catalog_has_is_used_for_the_codes_that_have_it()
    {
        Assert.Equal("クライアントがリクエストを閉じた", await ProblemTitle("/cases/custom-error", "ja-JP, en;q=0.5"));
        // 404 has no Japanese title: GetTitle falls back to English.
        Assert.Equal("Not Found", await ProblemTitle("/cases/not-found", "ja"));
    }

    [Fact]
    public async Task A_title_the_code_set_is_sent_as_it_is_whatever_the_language()
    {
        Assert.Equal("Invalid quantity", await ProblemTitle("/cases/unprocessable", "ko"));
        // StatusProblem.For sets the English reason phrase as the title: pass language: "ko", or no title, to localize.
        Assert.Equal("Not Found", await ProblemTitle("/cases/not-found-detail", "ko"));
        Assert.Equal("찾을 수 없음", await ProblemTitle("/cases/not-found", "ko"));
    }

    [Theory]
    [InlineData("unauthorized", 401, "WWW-Authenticate", "Bearer realm=\"orders\", error=\"invalid_token\"")]
    [InlineData("proxy-authentication-required", 407, "Proxy-Authenticate", "Basic realm=\"proxy\"")]
    [InlineData("upgrade-required", 426, "Upgrade", "TLS/1.3")]
    [InlineData("custom-challenge", 498, "WWW-Authenticate", "Bearer realm=\"shard\"")]
    public async Task The_header_a_status_requires_is_sent_exactly_as_given(string name, int code, string field, string value)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Equal(value, Assert.Single(response.Headers.NonValidated[field]));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_upgrade_also_names_the_upgrade_connection_option_in_HTTP_1_1()
    {
        using var response = await _client.GetAsync("/cases/upgrade-required");

        // RFC 9110 §7.8: a sender of Upgrade also sends "upgrade" in Connection, so intermediaries do not forward it.
        Assert.Contains("upgrade", response.Headers.Connection, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("method-not-allowed", "GET, HEAD")]
    [InlineData("method-not-allowed-none", "")]
    public async Task A_405_sends_its_Allow_even_when_empty(string name, string allow)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.NonValidated["Allow"]));
        Assert.True(response.Content.Headers.NonValidated.Contains("Allow"));
    }

    [Theory]
    [InlineData("range-not-satisfiable", "bytes */47022")]
    [InlineData("range-not-satisfiable-bare", null)]
    public async Task A_416_sends_its_Content_Range_when_it_has_one(string name, string? contentRange)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        Assert.Equal(416, (int)response.StatusCode);
        Assert.Equal(contentRange, response.Content.Headers.NonValidated.TryGetValues("Content-Range", out var values) ? Assert.Single(values) : null);
    }

    [Theory]
    [InlineData("/cases/not-found", null, "en")]
    [InlineData("/cases/not-found", "ko", "ko")]
    [InlineData("/cases/not-found", "ko-KR, en;q=0.5", "ko")]
    [InlineData("/cases/not-found", "ja", "en")]
    [InlineData("/cases/bad-gateway", "fr-CA, fr;q=0.9, ko;q=0.8", "ko")]
    [InlineData("/cases/custom-error", "ja-JP, en;q=0.5", "ja")]
    [InlineData("/cases/unauthorized", "ko", "ko")]
    public async Task A_title_chosen_from_Accept_Language_is_sent_with_Vary_and_Content_Language(string path, string? acceptLanguage, string served)
    {
        using var response = await Send(path, acceptLanguage);

        // Also without the header: a shared cache must not give this English body to a Korean request.
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Equal(served, Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Theory]
    [InlineData("/cases/unprocessable")] // the problem's own title
    [InlineData("/cases/not-found-detail")] // StatusProblem.For sets the English title
    [InlineData("/cases/custom-challenge")] // 498 has the same title in every language: no other text could be served
    [InlineData("/cases/ok")] // content, no problem
    [InlineData("/cases/see-other")] // no body
    public async Task A_response_that_does_not_depend_on_Accept_Language_sends_neither(string path)
    {
        using var response = await Send(path, "ko");

        Assert.DoesNotContain("Accept-Language", response.Headers.Vary);
        Assert.False(response.Content.Headers.NonValidated.Contains("Content-Language"));
    }

    [Fact]
    public async Task Accept_Language_is_added_to_the_Vary_the_result_has()
    {
        using var response = await Send("/cases/not-found-varying", "ko");

        Assert.Equal(new[] { "Origin", "Accept-Language" }, response.Headers.Vary);
    }

    [Theory]
    [InlineData("/cases/upgrade-required")]
    [InlineData("/cases/not-found")]
    public async Task A_426_keeps_the_connection_open_for_the_next_request(string path)
    {
        // Kestrel disables keep-alive for a response whose Connection field lacks keep-alive: count the connections
        // HttpClient opens for two requests in a row.
        var connections = 0;
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = _client.BaseAddress };

        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            Assert.False(response.Headers.ConnectionClose ?? false);
            if (path.Contains("upgrade", StringComparison.Ordinal))
            {
                // RFC 9110 §7.8: the upgrade connection option goes with Upgrade.
                Assert.Contains("upgrade", response.Headers.Connection, StringComparer.OrdinalIgnoreCase);
                Assert.Equal("TLS/1.3", Assert.Single(response.Headers.NonValidated["Upgrade"]));
            }
        }

        Assert.Equal(1, Volatile.Read(ref connections));
    }

    [Fact]
    public async Task A_426_to_a_request_that_closes_the_connection_does_not_list_keep_alive()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cases/upgrade-required");
        request.Headers.ConnectionClose = true;

        using var response = await _client.SendAsync(request);

        Assert.Contains("upgrade", response.Headers.Connection, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("keep-alive", response.Headers.Connection, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_empty_challenge_read_from_a_response_is_not_sent_as_an_empty_field()
    {
        using var response = await Send("/forward/unauthorized", null);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.False(response.Headers.Contains("WWW-Authenticate"));
    }

    [Fact]
    public async Task A_Vary_the_result_has_adds_to_the_Vary_middleware_set()
    {
        using var response = await Send("/vary/origin-then-result", null);

        // Origin is listed once although the result repeats it in another case; accept-encoding once although given twice.
        Assert.Equal(new[] { "Origin", "accept-encoding" }, response.Headers.Vary);
    }

    [Fact]
    public async Task A_Vary_star_from_the_result_wins_over_the_list_middleware_set()
    {
        using var response = await Send("/vary/origin-then-any", "ko");

        // Not even the negotiated title's Accept-Language is added to *.
        Assert.Equal(new[] { "*" }, response.Headers.Vary);
    }

    [Fact]
    public async Task A_Content_Language_the_result_has_is_kept()
    {
        using var response = await Send("/cases/not-found-own-language", "ko");

        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Equal("ko-KR", Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task Extra_headers_are_sent_as_given()
    {
        using (var cached = await _client.GetAsync("/cases/ok-cached"))
        {
            Assert.Equal("\"v1\"", Assert.Single(cached.Headers.NonValidated["ETag"]));
            Assert.Equal("max-age=60", Assert.Single(cached.Headers.NonValidated["Cache-Control"]));
            Assert.Equal("""{"id":7,"item":"Widget","quantity":2,"state":"shipped"}""", await cached.Content.ReadAsStringAsync());
        }

        using var linked = await _client.GetAsync("/cases/not-found-varying");
        Assert.Equal(new[] { "</help>; rel=\"help\"", "</orders>; rel=\"up\"" }, linked.Headers.NonValidated["Link"]);
    }

    private async Task<HttpResponseMessage> Send(string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await _client.SendAsync(request);
    }

    private async Task<string?> ProblemTitle(string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("title").GetString();
    }
}
