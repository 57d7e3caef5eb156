using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Xunit;

namespace StatusGen.WebTests;

/// <summary>
/// An HttpClient reads what the server sent back into <c>StatusResult&lt;Order&gt;</c> with
/// <c>ReadStatusResultAsync</c>, and gets the same case with the same data.
/// </summary>
public sealed class ClientTests : IClassFixture<WebServerFixture>
{
    /// <summary>The client's options: web defaults, plus the enum converter the server's options have.</summary>
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly HttpClient _client;

    public ClientTests(WebServerFixture server) => _client = server.Client;

    public static IEnumerable<object[]> CaseNames => Cases.All.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Every_case_reads_back_as_the_same_case_with_the_same_data(string name)
    {
        using var response = await _client.GetAsync("/cases/" + name);

        var result = await response.ReadStatusResultAsync<Order>(Options);

        var expected = Cases.All[name].Received;
        Assert.Equal(expected.GetType(), result.GetType());
        Assert.Equal(expected, result);
        Assert.Equal(response.GetStatus(), result.Status);
    }

    [Fact]
    public async Task The_synchronous_and_the_Task_returning_endpoints_read_back()
    {
        using (var found = await _client.GetAsync("/orders/7"))
        {
            Assert.Equal(new StatusResult<Order>.Ok(Cases.Widget), await found.ReadStatusResultAsync<Order>(Options));
        }

        using (var missing = await _client.GetAsync("/orders/8"))
        {
            var notFound = Assert.IsType<StatusResult<Order>.NotFound>(await missing.ReadStatusResultAsync<Order>(Options));
            Assert.Equal(StatusProblem.For(HttpStatus.NotFound, "There is no order 8."), notFound.Problem);
        }

        using (var placed = await _client.PostAsJsonAsync("/orders", new OrderRequest("Gadget", 3)))
        {
            Assert.Equal(
                new StatusResult<Order>.Created(new Order(8, "Gadget", 3, OrderState.Placed), "/orders/8"),
                await placed.ReadStatusResultAsync<Order>(Options));
        }

        using (var invalid = await _client.PostAsJsonAsync("/orders", new OrderRequest("Gadget", -4)))
        {
            var error = Assert.IsType<StatusResult<Order>.UnprocessableContent>(await invalid.ReadStatusResultAsync<Order>(Options));
            Assert.Equal("Invalid quantity", error.Problem?.Title);
            Assert.Equal(-4, error.Problem?.Extensions["quantity"]);
        }

        using (var throttled = await _client.PostAsJsonAsync("/orders", new OrderRequest("Gadget", 500)))
        {
            Assert.Equal(new StatusResult<Order>.TooManyRequests(TimeSpan.FromSeconds(30)), await throttled.ReadStatusResultAsync<Order>(Options));
        }
    }

    [Fact]
    public async Task Without_options_content_is_read_with_web_defaults()
    {
        // camelCase names read case-insensitively; the state is a string the default options cannot read as an enum,
        // so read it as a JSON document instead.
        using var response = await _client.GetAsync("/cases/ok");

        var result = await response.ReadStatusResultAsync<JsonElement>();

        Assert.True(result.TryGetValue(out var json));
        Assert.Equal(7, json.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_unknown_code_keeps_its_number_and_has_no_case()
    {
        using var response = await _client.GetAsync("/raw/unknown");

        var status = response.GetStatus();
        Assert.Equal(589, status.Code);
        Assert.False(status.IsKnown);
        var exception = await Assert.ThrowsAsync<StatusResultException>(() => response.ReadStatusResultAsync<Order>(Options));
        Assert.Equal(589, exception.Status.Code);
        Assert.IsAssignableFrom<HttpRequestException>(exception);
        Assert.Contains("589", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unused_code_has_no_case()
    {
        using var response = await _client.GetAsync("/raw/teapot");

        var exception = await Assert.ThrowsAsync<StatusResultException>(() => response.ReadStatusResultAsync<Order>(Options));
        Assert.Equal(HttpStatus.ImATeapot, exception.Status);
    }

    [Fact]
    public async Task A_redirect_without_its_location_is_an_error_that_names_the_status()
    {
        using var response = await _client.GetAsync("/raw/moved-without-location");

        var exception = await Assert.ThrowsAsync<StatusResultException>(() => response.ReadStatusResultAsync<Order>(Options));
        Assert.Equal(HttpStatus.MovedPermanently, exception.Status);
        Assert.Contains("Location", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_after_as_an_HTTP_date_is_a_delay_from_the_responses_Date()
    {
        using var response = await _client.GetAsync("/raw/retry-after-date");

        var result = Assert.IsType<StatusResult<Order>.ServiceUnavailable>(await response.ReadStatusResultAsync<Order>(Options));

        // Both headers come from the server's clock (whole seconds), so the delay is exactly two minutes.
        Assert.Equal(TimeSpan.FromMinutes(2), result.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_in_the_past_is_no_wait()
    {
        using var response = await _client.GetAsync("/raw/retry-after-past");

        var result = Assert.IsType<StatusResult<Order>.TooManyRequests>(await response.ReadStatusResultAsync<Order>(Options));

        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
    }

    [Fact]
    public async Task An_error_body_that_is_not_problem_json_is_no_problem()
    {
        using var response = await _client.GetAsync("/raw/html-error");

        var result = Assert.IsType<StatusResult<Order>.NotFound>(await response.ReadStatusResultAsync<Order>(Options));

        Assert.Null(result.Problem);
    }

    [Fact]
    public async Task Problem_json_keeps_the_title_as_sent_and_every_extension()
    {
        using var response = await _client.GetAsync("/raw/problem-as-sent");

        var result = Assert.IsType<StatusResult<Order>.NotFound>(await response.ReadStatusResultAsync<Order>(Options));

        var problem = Assert.IsType<StatusProblem>(result.Problem);
        Assert.Equal("찾을 수 없음", problem.Title);
        Assert.Equal(StatusProblem.DefaultType, problem.Type);
        Assert.Equal(new[] { "big", "nested", "ratio" }, problem.Extensions.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal(12345678901L, problem.Extensions["big"]);
        Assert.Equal(0.5, problem.Extensions["ratio"]);
        var nested = Assert.IsType<JsonElement>(problem.Extensions["nested"]);
        Assert.Equal(2, nested.GetProperty("a").GetArrayLength());
    }

    [Fact]
    public async Task A_Korean_request_reads_back_the_Korean_title()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cases/not-found");
        request.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var response = await _client.SendAsync(request);

        var result = Assert.IsType<StatusResult<Order>.NotFound>(await response.ReadStatusResultAsync<Order>(Options));

        // Not the about:blank default any more (its title is the English phrase), so it is kept as sent.
        Assert.Equal(StatusProblem.For(HttpStatus.NotFound, language: "ko"), result.Problem);
    }

    [Fact]
    public async Task The_headers_a_status_requires_read_back_into_their_members()
    {
        using (var unauthorized = await _client.GetAsync("/cases/unauthorized"))
        {
            var result = Assert.IsType<StatusResult<Order>.Unauthorized>(await unauthorized.ReadStatusResultAsync<Order>(Options));
            Assert.Equal("Bearer realm=\"orders\", error=\"invalid_token\"", result.WwwAuthenticate);
            Assert.DoesNotContain(result.Headers, header => header.Key == "WWW-Authenticate");
        }

        using (var none = await _client.GetAsync("/cases/method-not-allowed-none"))
        {
            // HttpClient keeps Allow with the content's headers; an empty Allow means no method is allowed.
            Assert.Equal(string.Empty, Assert.IsType<StatusResult<Order>.MethodNotAllowed>(await none.ReadStatusResultAsync<Order>(Options)).Allow);
        }

        using (var range = await _client.GetAsync("/cases/range-not-satisfiable"))
        {
            Assert.Equal("bytes */47022", Assert.IsType<StatusResult<Order>.RangeNotSatisfiable>(await range.ReadStatusResultAsync<Order>(Options)).ContentRange);
        }

        using (var upgrade = await _client.GetAsync("/cases/upgrade-required"))
        {
            var result = Assert.IsType<StatusResult<Order>.UpgradeRequired>(await upgrade.ReadStatusResultAsync<Order>(Options));
            Assert.Equal("TLS/1.3", result.Upgrade);
        }
    }

    [Theory]
    [InlineData("/raw/unauthorized-without-challenge")]
    [InlineData("/raw/results-unauthorized")]
    public async Task A_401_without_a_challenge_reads_as_the_401_case_with_an_empty_challenge(string path)
    {
        using var response = await _client.GetAsync(path);

        var result = Assert.IsType<StatusResult<Order>.Unauthorized>(await response.ReadStatusResultAsync<Order>(Options));

        Assert.Equal(string.Empty, result.WwwAuthenticate);
        Assert.Null(result.Problem);
        // The public constructor still refuses what only the reader makes.
        Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Unauthorized(string.Empty));
    }

    [Theory]
    [InlineData("/spacing/allow")]
    [InlineData("/spacing/challenge")]
    public async Task Header_fields_with_non_canonical_spacing_read_back_as_sent(string path)
    {
        using var response = await _client.GetAsync(path);
        StatusResult<Order> sent = path.EndsWith("allow", StringComparison.Ordinal)
            ? new StatusResult<Order>.MethodNotAllowed("GET,HEAD")
            : new StatusResult<Order>.Unauthorized("Bearer  realm=\"x\",  error=\"invalid_token\"");

        Assert.Equal(sent, await response.ReadStatusResultAsync<Order>(Options));
    }

    [Fact]
    public async Task A_401_or_426_without_its_field_keeps_its_problem_details()
    {
        using (var response = await _client.GetAsync("/raw/unauthorized-problem"))
        {
            var result = Assert.IsType<StatusResult<Order>.Unauthorized>(await response.ReadStatusResultAsync<Order>(Options));
            Assert.Equal(string.Empty, result.WwwAuthenticate);
            Assert.Equal("Sign in first", result.Problem?.Title);
            Assert.Equal("The token expired.", result.Problem?.Detail);
        }

        using (var response = await _client.GetAsync("/raw/upgrade-required-problem"))
        {
            var result = Assert.IsType<StatusResult<Order>.UpgradeRequired>(await response.ReadStatusResultAsync<Order>(Options));
            Assert.Equal(string.Empty, result.Upgrade);
            Assert.Equal("Use TLS", result.Problem?.Title);
        }
    }

    [Fact]
    public async Task Extra_headers_read_back_without_the_framing_ones_and_the_members()
    {
        using var response = await _client.GetAsync("/cases/ok-cached");

        var result = await response.ReadStatusResultAsync<Order>(Options);

        Assert.Contains(new KeyValuePair<string, string>("ETag", "\"v1\""), result.Headers);
        Assert.Contains(new KeyValuePair<string, string>("Cache-Control", "max-age=60"), result.Headers);
        Assert.Contains(result.Headers, header => header.Key == "Date");
        Assert.DoesNotContain(result.Headers, header => header.Key is "Content-Type" or "Content-Length" or "Transfer-Encoding");
        // Headers take no part in equality: Date and Server differ on every response.
        Assert.Equal(Cases.All["ok-cached"].Sent, result);
        Assert.Equal(new StatusResult<Order>.Ok(Cases.Widget), result);
    }

    [Fact]
    public async Task A_field_that_is_a_member_of_one_case_is_an_extra_header_of_another()
    {
        using (var options = await _client.GetAsync("/cases/ok-options"))
        {
            // One pair per value: HttpClient splits the list.
            var allow = (await options.ReadStatusResultAsync<Order>(Options)).Headers.Where(header => header.Key == "Allow").Select(header => header.Value);
            Assert.Equal(new[] { "GET", "OPTIONS" }, allow);
        }

        using var notAllowed = await _client.GetAsync("/cases/method-not-allowed");
        Assert.DoesNotContain((await notAllowed.ReadStatusResultAsync<Order>(Options)).Headers, header => header.Key == "Allow");
    }

    [Fact]
    public async Task The_negotiation_headers_read_back_as_extra_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cases/not-found-varying");
        request.Headers.AcceptLanguage.ParseAdd("ko");
        using var response = await _client.SendAsync(request);

        var result = await response.ReadStatusResultAsync<Order>(Options);

        Assert.Equal(new[] { "Origin", "Accept-Language" }, result.Headers.Where(header => header.Key == "Vary").Select(header => header.Value));
        Assert.Contains(new KeyValuePair<string, string>("Content-Language", "ko"), result.Headers);
        Assert.Equal(2, result.Headers.Count(header => header.Key == "Link"));
    }

    [Fact]
    public async Task Reading_honours_the_cancellation_token()
    {
        using var response = await _client.GetAsync("/cases/ok");
        using var cancelled = new System.Threading.CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => response.ReadStatusResultAsync<Order>(Options, cancelled.Token));
    }
}
