using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// What <c>StatusResult&lt;T&gt;</c> does at run time, on the types the generator made for this project
/// (TestCatalog/status-codes.yaml over the standard catalog: custom 499 and 299 included).
/// </summary>
public sealed class StatusResultBehaviourTests
{
    private static readonly Order SampleOrder = new(1, "book");

    [Fact]
    public void Content_cases_carry_their_value()
    {
        var ok = new StatusResult<Order>.Ok(SampleOrder);
        var accepted = new StatusResult<Order>.Accepted(SampleOrder);
        var partial = new StatusResult<Order>.PartialContent(SampleOrder);

        Assert.Same(SampleOrder, ok.Value);
        Assert.Same(SampleOrder, accepted.Value);
        Assert.Same(SampleOrder, partial.Value);
        Assert.Equal(HttpStatus.Ok, ok.Status);
        Assert.True(ok.IsSuccess);
    }

    [Fact]
    public void Created_carries_its_value_and_location()
    {
        var created = new StatusResult<Order>.Created(SampleOrder, "/orders/1");

        Assert.Same(SampleOrder, created.Value);
        Assert.Equal("/orders/1", created.Location);
        Assert.Equal(201, created.Status.Code);
    }

    [Fact]
    public void No_body_cases_take_no_arguments()
    {
        StatusResult<Order>[] results =
        {
            new StatusResult<Order>.NoContent(),
            new StatusResult<Order>.ResetContent(),
            new StatusResult<Order>.NotModified(),
        };

        Assert.Equal(new[] { 204, 205, 304 }, results.Select(result => result.Status.Code));
        Assert.All(results, result => Assert.False(result.TryGetValue(out _)));
    }

    [Fact]
    public void Redirects_carry_their_location_and_an_optional_retry_after()
    {
        var moved = new StatusResult<Order>.MovedPermanently("/new");
        var delayed = new StatusResult<Order>.TemporaryRedirect("/later", TimeSpan.FromSeconds(5));

        Assert.Equal("/new", moved.Location);
        Assert.Null(moved.RetryAfter);
        Assert.Equal("/later", delayed.Location);
        Assert.Equal(TimeSpan.FromSeconds(5), delayed.RetryAfter);
    }

    [Fact]
    public void Multiple_choices_has_an_optional_location()
    {
        Assert.Null(new StatusResult<Order>.MultipleChoices().Location);
        Assert.Equal("/preferred", new StatusResult<Order>.MultipleChoices("/preferred").Location);
    }

    [Fact]
    public void Error_cases_take_an_optional_problem_and_retry_after_where_flagged()
    {
        var problem = StatusProblem.For(HttpStatus.NotFound, "No order 7.");

        var plain = new StatusResult<Order>.NotFound();
        var detailed = new StatusResult<Order>.NotFound(problem);
        var unavailable = new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(30));
        var throttled = new StatusResult<Order>.TooManyRequests(TimeSpan.FromMinutes(1), new StatusProblem("Slow down"));

        Assert.Null(plain.Problem);
        Assert.Same(problem, detailed.Problem);
        Assert.Equal(TimeSpan.FromSeconds(30), unavailable.RetryAfter);
        Assert.Null(unavailable.Problem);
        Assert.Equal(TimeSpan.FromMinutes(1), throttled.RetryAfter);
        Assert.Equal("Slow down", throttled.Problem?.Title);
        Assert.False(plain.IsSuccess);
    }

    [Fact]
    public void A_location_must_not_be_null_empty_or_white_space()
    {
        Assert.Equal("location", Assert.Throws<ArgumentNullException>(() => new StatusResult<Order>.Created(SampleOrder, null!)).ParamName);
        Assert.Equal("location", Assert.Throws<ArgumentNullException>(() => new StatusResult<Order>.MovedPermanently(null!)).ParamName);
        Assert.Equal("location", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Created(SampleOrder, string.Empty)).ParamName);
        Assert.Equal("location", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.SeeOther(" ")).ParamName);
        Assert.Equal("location", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.MultipleChoices(string.Empty)).ParamName);
    }

    [Theory]
    [InlineData("/orders/1\r\nSet-Cookie: session=stolen")]
    [InlineData("/orders/1\nX-Injected: 1")]
    [InlineData("/orders/1\r")]
    [InlineData("/orders/\0")]
    public void A_header_value_cannot_end_its_field_line(string value)
    {
        // A CR, LF or NUL would let a value that came from a request inject header fields (or a body) into the response.
        Assert.Equal("location", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.SeeOther(value)).ParamName);
        Assert.Equal("location", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.MultipleChoices(value)).ParamName);
        Assert.Equal("wwwAuthenticate", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Unauthorized(value)).ParamName);
        Assert.Equal("proxyAuthenticate", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.ProxyAuthenticationRequired(value)).ParamName);
        Assert.Equal("allow", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.MethodNotAllowed(value)).ParamName);
        Assert.Equal("upgrade", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.UpgradeRequired(value)).ParamName);
        Assert.Equal("contentRange", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.RangeNotSatisfiable(contentRange: value)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Ok(SampleOrder).WithHeader("ETag", value)).ParamName);
    }

    [Fact]
    public void The_headers_a_status_requires_are_checked_like_a_location()
    {
        Assert.Equal("wwwAuthenticate", Assert.Throws<ArgumentNullException>(() => new StatusResult<Order>.Unauthorized(null!)).ParamName);
        Assert.Equal("wwwAuthenticate", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Unauthorized(" ")).ParamName);
        Assert.Equal("allow", Assert.Throws<ArgumentNullException>(() => new StatusResult<Order>.MethodNotAllowed(null!)).ParamName);
        Assert.Equal("upgrade", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.UpgradeRequired(string.Empty)).ParamName);
        Assert.Equal("contentRange", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.RangeNotSatisfiable(contentRange: " ")).ParamName);

        // An empty Allow is a 405 for a resource that allows no method at all (RFC 9110 §10.2.1).
        Assert.Equal(string.Empty, new StatusResult<Order>.MethodNotAllowed(string.Empty).Allow);
        Assert.Null(new StatusResult<Order>.RangeNotSatisfiable().ContentRange);
        var challenge = new StatusResult<Order>.Unauthorized("Bearer realm=\"api\"", new StatusProblem(detail: "Expired."));
        Assert.Equal("Bearer realm=\"api\"", challenge.WwwAuthenticate);
        Assert.Equal("Expired.", challenge.Problem?.Detail);
    }

    [Fact]
    public void Header_members_take_part_in_equality()
    {
        Assert.Equal(new StatusResult<Order>.Unauthorized("Bearer"), new StatusResult<Order>.Unauthorized("Bearer"));
        Assert.Equal(new StatusResult<Order>.Unauthorized("Bearer").GetHashCode(), new StatusResult<Order>.Unauthorized("Bearer").GetHashCode());
        Assert.NotEqual(new StatusResult<Order>.Unauthorized("Bearer"), new StatusResult<Order>.Unauthorized("Basic"));
        Assert.NotEqual(new StatusResult<Order>.MethodNotAllowed("GET"), new StatusResult<Order>.MethodNotAllowed("GET, HEAD"));
        Assert.NotEqual(new StatusResult<Order>.RangeNotSatisfiable(contentRange: "bytes */1"), new StatusResult<Order>.RangeNotSatisfiable());
        Assert.NotEqual<StatusResult<Order>>(new StatusResult<Order>.Unauthorized("Bearer", new StatusProblem(detail: "x")), new StatusResult<Order>.Unauthorized("Bearer"));
    }

    [Fact]
    public void WithHeader_returns_a_copy_of_the_same_case_and_leaves_the_original_alone()
    {
        var original = new StatusResult<Order>.Created(SampleOrder, "/orders/1");

        var tagged = original.WithHeader("ETag", "\"v1\"");
        var retagged = tagged.WithHeader("etag", "\"v2\"").WithHeader("Link", "</a>", "</b>");

        var created = Assert.IsType<StatusResult<Order>.Created>(tagged);
        Assert.NotSame(original, created);
        Assert.Same(SampleOrder, created.Value);
        Assert.Equal("/orders/1", created.Location);
        Assert.Empty(original.Headers);
        Assert.Equal(new[] { new KeyValuePair<string, string>("ETag", "\"v1\"") }, tagged.Headers);
        // A name is set once, whatever its case: the new values replace the old ones, and several values are several lines.
        Assert.Equal(
            new[] { new KeyValuePair<string, string>("etag", "\"v2\""), new("Link", "</a>"), new("Link", "</b>") },
            retagged.Headers);
        Assert.Throws<NotSupportedException>(() => ((IList<KeyValuePair<string, string>>)retagged.Headers).Add(new("X", "y")));

        // Equality is about the case and its data, not the extra headers (a response read back has Date and Server too).
        Assert.Equal<StatusResult<Order>>(original, retagged);
        Assert.Equal(original.GetHashCode(), retagged.GetHashCode());

        // The shared instance stays as it is.
        var noContent = StatusResult<Order>.NoContent.Instance.WithHeader("Cache-Control", "no-store");
        Assert.IsType<StatusResult<Order>.NoContent>(noContent);
        Assert.Empty(StatusResult<Order>.NoContent.Instance.Headers);
        Assert.Single(noContent.Headers);
    }

    [Theory]
    [InlineData("Content-Length")]
    [InlineData("content-type")]
    [InlineData("Transfer-Encoding")]
    [InlineData("Connection")]
    [InlineData("Bad Name")]
    [InlineData("")]
    [InlineData("X:Y")]
    public void WithHeader_refuses_framing_fields_and_names_that_are_not_tokens(string name)
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Ok(SampleOrder).WithHeader(name, "1")).ParamName);
    }

    [Fact]
    public void WithHeader_refuses_a_field_the_case_has_a_member_for_and_accepts_it_elsewhere()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.SeeOther("/a").WithHeader("Location", "/b")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.TooManyRequests().WithHeader("Retry-After", "5")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Unauthorized("Bearer").WithHeader("WWW-Authenticate", "Basic")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.MethodNotAllowed("GET").WithHeader("allow", "PUT")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new StatusResult<Order>.Ok(SampleOrder).WithHeader("ETag")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new StatusResult<Order>.Ok(SampleOrder).WithHeader("ETag", (string)null!)).ParamName);

        // An OPTIONS answer lists its methods in Allow; a 403 may say how to authenticate (RFC 9110 §11.6.1).
        Assert.Single(new StatusResult<Order>.Ok(SampleOrder).WithHeader("Allow", "GET, OPTIONS").Headers);
        Assert.Single(new StatusResult<Order>.Forbidden().WithHeader("WWW-Authenticate", "Bearer").Headers);
    }

    [Fact]
    public void A_retry_after_must_not_be_negative()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(-1)));

        Assert.Equal("retryAfter", exception.ParamName);
        Assert.Equal(TimeSpan.Zero, new StatusResult<Order>.ServiceUnavailable(TimeSpan.Zero).RetryAfter);
    }

    [Fact]
    public void Cases_work_with_type_and_property_patterns()
    {
        StatusResult<Order>[] results =
        {
            SampleOrder,
            new StatusResult<Order>.Created(SampleOrder, "/orders/1"),
            new StatusResult<Order>.MovedPermanently("/new"),
            new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(30)),
            new StatusResult<Order>.NotFound(),
            new StatusResult<Order>.ClientClosedRequest(),
        };

        var described = results.Select(result => result switch
        {
            StatusResult<Order>.Ok { Value: { Item: var item } } => "ok " + item,
            StatusResult<Order>.Created created => "created at " + created.Location,
            StatusResult<Order>.MovedPermanently { Location: var location } => "moved to " + location,
            StatusResult<Order>.ServiceUnavailable { RetryAfter: { } wait } => "wait " + wait.TotalSeconds,
            StatusResult<Order>.NotFound => "not found",
            _ => "other " + result.Status.Code,
        });

        Assert.Equal(new[] { "ok book", "created at /orders/1", "moved to /new", "wait 30", "not found", "other 499" }, described);
    }

    [Fact]
    public void Match_calls_the_callback_of_the_result_group()
    {
        var cases = new (StatusResult<Order> Result, string Expected)[]
        {
            (new StatusResult<Order>.Ok(SampleOrder), "success 200"),
            (new StatusResult<Order>.NoContent(), "success 204"),
            (new StatusResult<Order>.MiscSuccess(SampleOrder), "success 299"),
            (new StatusResult<Order>.Found("/elsewhere"), "redirection 302 /elsewhere"),
            (new StatusResult<Order>.NotModified(), "redirection 304 (none)"),
            (new StatusResult<Order>.BadRequest(), "client 400 Bad Request"),
            (new StatusResult<Order>.ClientClosedRequest(), "client 499 Client Closed Request"),
            (new StatusResult<Order>.InternalServerError(), "server 500 Internal Server Error"),
            (new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(1)), "server 503 Service Unavailable"),
        };

        foreach (var (result, expected) in cases)
        {
            var actual = result.Match(
                success: success => "success " + success.Status.Code,
                redirection: (redirect, location) => "redirection " + redirect.Status.Code + " " + (location ?? "(none)"),
                clientError: (error, problem) => "client " + error.Status.Code + " " + problem.Title,
                serverError: (error, problem) => "server " + error.Status.Code + " " + problem.Title);

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Match_passes_the_case_itself()
    {
        StatusResult<Order> result = new StatusResult<Order>.Created(SampleOrder, "/orders/1");

        var passed = result.Match(success => success, (redirect, _) => redirect, (error, _) => error, (error, _) => error);

        Assert.Same(result, passed);
    }

    [Fact]
    public void Error_callbacks_get_the_case_problem_or_the_default_for_the_status()
    {
        var given = new StatusProblem("Out of stock", "Item 42 is out of stock.", "https://example.com/problems/out-of-stock");

        var withProblem = Problem(new StatusResult<Order>.Conflict(given));
        var withoutProblem = Problem(new StatusResult<Order>.Conflict());
        var serverDefault = Problem(new StatusResult<Order>.BadGateway());

        Assert.Same(given, withProblem);
        Assert.Equal(new StatusProblem("Conflict"), withoutProblem);
        Assert.Equal(StatusProblem.DefaultType, withoutProblem.Type);
        Assert.Equal("Bad Gateway", serverDefault.Title);

        static StatusProblem Problem(StatusResult<Order> result)
            => result.Match<StatusProblem>(_ => throw new InvalidOperationException(), (_, _) => throw new InvalidOperationException(), (_, problem) => problem, (_, problem) => problem);
    }

    [Fact]
    public void Switch_calls_the_action_of_the_result_group()
    {
        var calls = new List<string>();
        var results = new StatusResult<Order>[]
        {
            SampleOrder,
            new StatusResult<Order>.PermanentRedirect("/moved"),
            new StatusResult<Order>.Gone(),
            new StatusResult<Order>.GatewayTimeout(),
        };

        foreach (var result in results)
        {
            result.Switch(
                success: success => calls.Add("success " + success.Status.Code),
                redirection: (redirect, location) => calls.Add("redirection " + location),
                clientError: (error, problem) => calls.Add("client " + problem.Title),
                serverError: (error, problem) => calls.Add("server " + problem.Title));
        }

        Assert.Equal(new[] { "success 200", "redirection /moved", "client Gone", "server Gateway Timeout" }, calls);
    }

    [Fact]
    public void Match_and_Switch_reject_null_callbacks()
    {
        StatusResult<Order> result = SampleOrder;

        Assert.Equal("success", Assert.Throws<ArgumentNullException>(() => result.Match(null!, (_, _) => 0, (_, _) => 0, (_, _) => 0)).ParamName);
        Assert.Equal("redirection", Assert.Throws<ArgumentNullException>(() => result.Match(_ => 0, null!, (_, _) => 0, (_, _) => 0)).ParamName);
        Assert.Equal("clientError", Assert.Throws<ArgumentNullException>(() => result.Match(_ => 0, (_, _) => 0, null!, (_, _) => 0)).ParamName);
        Assert.Equal("serverError", Assert.Throws<ArgumentNullException>(() => result.Match(_ => 0, (_, _) => 0, (_, _) => 0, null!)).ParamName);
        Assert.Equal("serverError", Assert.Throws<ArgumentNullException>(() => result.Switch(_ => { }, (_, _) => { }, (_, _) => { }, null!)).ParamName);
    }

    [Fact]
    public void TryGetValue_gives_the_content_of_content_cases_only()
    {
        StatusResult<Order> ok = SampleOrder;
        StatusResult<Order> created = new StatusResult<Order>.Created(SampleOrder, "/orders/1");
        StatusResult<Order> custom = new StatusResult<Order>.MiscSuccess(SampleOrder);

        Assert.True(ok.TryGetValue(out var fromOk));
        Assert.Same(SampleOrder, fromOk);
        Assert.True(created.TryGetValue(out var fromCreated));
        Assert.Same(SampleOrder, fromCreated);
        Assert.True(custom.TryGetValue(out _));
        Assert.False(new StatusResult<Order>.NoContent().TryGetValue(out var none));
        Assert.Null(none);
        Assert.False(new StatusResult<int>.NotFound().TryGetValue(out var number));
        Assert.Equal(0, number);
    }

    [Fact]
    public void Every_case_has_the_status_of_the_same_code()
    {
        var checkedCodes = new List<int>();
        foreach (var caseType in CaseTypes())
        {
            var expected = (HttpStatus)typeof(HttpStatus).GetProperty(caseType.Name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var instance = CreateCase(caseType);

            Assert.Equal(HttpStatus.FromCode(expected.Code), instance.Status);
            Assert.Equal(expected.Code / 100 == 2, instance.IsSuccess);
            // The Location a case carries is part of what it says; the content never is.
            var location = caseType.GetProperty("Location")?.GetValue(instance) is string uri ? " \u2192 " + uri : "";
            Assert.Equal(expected.ToString() + location, instance.ToString());
            Assert.DoesNotContain("987654", instance.ToString(), StringComparison.Ordinal);
            checkedCodes.Add(expected.Code);
        }

        // Exactly the codes that can end an operation: not 1xx, not unused.
        var expectedCodes = HttpStatus.All.Where(status => !status.IsInformational && !status.IsUnused).Select(status => status.Code);
        Assert.Equal(expectedCodes, checkedCodes.OrderBy(code => code));
    }

    [Fact]
    public void ToString_says_what_a_log_needs_and_never_the_content()
    {
        Assert.Equal("303 See Other \u2192 /orders/2", new StatusResult<Order>.SeeOther("/orders/2").ToString());
        Assert.Equal("307 Temporary Redirect \u2192 /b (Retry-After: 1)", new StatusResult<Order>.TemporaryRedirect("/b", TimeSpan.FromMilliseconds(1)).ToString());
        Assert.Equal("201 Created \u2192 /orders/7", new StatusResult<Order>.Created(SampleOrder, "/orders/7").ToString());
        Assert.Equal("200 OK", new StatusResult<Order>.Ok(SampleOrder).ToString());
        Assert.Equal("404 Not Found", new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound)).ToString());
        Assert.Equal("404 Not Found: No order 7", new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "No order 7")).ToString());
        Assert.Equal("409 Conflict: Out of stock", new StatusResult<Order>.Conflict(new StatusProblem("Out of stock")).ToString());
        Assert.Equal("409 Conflict: Out of stock", new StatusResult<Order>.Conflict(new StatusProblem("Ignored title", "Out of stock")).ToString());
        Assert.Equal("409 Conflict", new StatusResult<Order>.Conflict(new StatusProblem(detail: "")).ToString());
        Assert.Equal("503 Service Unavailable (Retry-After: 30)", new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(29.5)).ToString());
        Assert.Equal("503 Service Unavailable: Down for maintenance (Retry-After: 0)", new StatusResult<Order>.ServiceUnavailable(TimeSpan.Zero, StatusProblem.For(HttpStatus.ServiceUnavailable, "Down for maintenance")).ToString());
        Assert.Equal("300 Multiple Choices", new StatusResult<Order>.MultipleChoices().ToString());
        Assert.Equal("204 No Content", StatusResult<Order>.NoContent.Instance.ToString());
        Assert.DoesNotContain(SampleOrder.Item, new StatusResult<Order>.Created(SampleOrder, "/orders/7").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("No order 7\r\nINFO order 7 shipped", "No order 7\\r\\nINFO order 7 shipped")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("bell\u0007 esc\u001b[31m nul\u0000 del\u007f nel\u0085", "bell\\u0007 esc\\u001b[31m nul\\u0000 del\\u007f nel\\u0085")]
    [InlineData("line\u2028separator\u2029", "line\\u2028separator\\u2029")]
    [InlineData("C:\\orders\\7 and caf\u00e9 \u2192 ok", "C:\\orders\\7 and caf\u00e9 \u2192 ok")]
    public void ToString_escapes_control_characters_so_a_detail_cannot_forge_log_lines(string detail, string written)
    {
        Assert.Equal("400 Bad Request: " + written, new StatusResult<Order>.BadRequest(StatusProblem.For(HttpStatus.BadRequest, detail)).ToString());
        Assert.Equal("409 Conflict: " + written, new StatusResult<Order>.Conflict(new StatusProblem(title: detail)).ToString());
        Assert.DoesNotContain(new StatusResult<Order>.BadRequest(StatusProblem.For(HttpStatus.BadRequest, detail)).ToString(), char.IsControl);
    }

    [Fact]
    public void ToString_escapes_the_control_characters_a_location_may_hold()
    {
        // CR, LF and NUL are refused by the constructor already (header injection); the others reach ToString.
        var redirect = new StatusResult<Order>.SeeOther("/orders/7\t\u001b[2K\u0085");

        Assert.Equal("303 See Other \u2192 /orders/7\\t\\u001b[2K\\u0085", redirect.ToString());
        Assert.Equal("/orders/7\t\u001b[2K\u0085", redirect.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\t ")]
    public void ToString_treats_a_blank_detail_as_none_so_the_title_rule_applies(string detail)
    {
        Assert.Equal("409 Conflict: Out of stock", new StatusResult<Order>.Conflict(new StatusProblem("Out of stock", detail)).ToString());
        Assert.Equal("409 Conflict", new StatusResult<Order>.Conflict(new StatusProblem("Conflict", detail)).ToString());
        Assert.Equal("409 Conflict", new StatusResult<Order>.Conflict(new StatusProblem("  ", detail)).ToString());
        Assert.Equal("409 Conflict", new StatusResult<Order>.Conflict(new StatusProblem(detail: detail)).ToString());
    }

    [Fact]
    public void Custom_codes_are_cases()
    {
        var abort = new StatusResult<Order>.ClientClosedRequest();
        var misc = new StatusResult<Order>.MiscSuccess(SampleOrder);

        Assert.Equal(HttpStatus.FromCode(499), abort.Status);
        Assert.Equal(HttpStatus.FromCode(299), misc.Status);
        Assert.True(misc.IsSuccess);
        Assert.Same(SampleOrder, misc.Value);
        Assert.Null(abort.Problem);
    }

    [Fact]
    public void Constructors_follow_the_code_semantics()
    {
        // The README's constructor table; "?" marks an optional parameter.
        var special = new Dictionary<int, string>
        {
            [201] = "value, location",
            [204] = "",
            [205] = "",
            [300] = "location?, retryAfter?",
            [301] = "location, retryAfter?",
            [302] = "location, retryAfter?",
            [303] = "location, retryAfter?",
            [304] = "",
            [305] = "",
            [307] = "location, retryAfter?",
            [308] = "location, retryAfter?",
            [401] = "wwwAuthenticate, problem?",
            [405] = "allow, problem?",
            [407] = "proxyAuthenticate, problem?",
            [416] = "problem?, contentRange?",
            [426] = "upgrade, problem?",
            [413] = "retryAfter?, problem?",
            [429] = "retryAfter?, problem?",
            [503] = "retryAfter?, problem?",
        };

        foreach (var caseType in CaseTypes())
        {
            var code = CreateCase(caseType).Status.Code;
            var parameters = caseType.GetConstructors().Single().GetParameters();
            var signature = string.Join(", ", parameters.Select(parameter => parameter.Name + (parameter.IsOptional ? "?" : string.Empty)));
            var expected = special.TryGetValue(code, out var listed) ? listed : code < 300 ? "value" : "problem?";

            Assert.True(expected == signature, $"{code} {caseType.Name}({signature}), expected ({expected})");
        }
    }

    [Fact]
    public void Parameter_types_and_nullability_follow_the_contract()
    {
        var nullability = new NullabilityInfoContext();
        var created = typeof(StatusResult<Order>.Created).GetConstructors().Single().GetParameters();
        var choices = typeof(StatusResult<Order>.MultipleChoices).GetConstructors().Single().GetParameters();
        var unavailable = typeof(StatusResult<Order>.ServiceUnavailable).GetConstructors().Single().GetParameters();

        Assert.Equal(new[] { typeof(Order), typeof(string) }, created.Select(parameter => parameter.ParameterType));
        Assert.Equal(NullabilityState.NotNull, nullability.Create(created[1]).WriteState);
        Assert.Equal(NullabilityState.Nullable, nullability.Create(choices[0]).WriteState);
        Assert.Equal(new[] { typeof(TimeSpan?), typeof(StatusProblem) }, unavailable.Select(parameter => parameter.ParameterType));
        Assert.Equal(NullabilityState.Nullable, nullability.Create(unavailable[1]).WriteState);
    }

    [Fact]
    public void ToString_is_the_status_line_text()
    {
        Assert.Equal("404 Not Found", new StatusResult<Order>.NotFound().ToString());
        Assert.Equal("200 OK", ((StatusResult<Order>)SampleOrder).ToString());
        Assert.Equal("499 Client Closed Request", new StatusResult<Order>.ClientClosedRequest().ToString());
    }

    [Fact]
    public void Cases_are_equal_when_they_are_the_same_case_with_equal_data()
    {
        AssertEqual(new StatusResult<Order>.Ok(new Order(1, "book")), new StatusResult<Order>.Ok(new Order(1, "book")));
        AssertEqual(new StatusResult<Order>.Created(SampleOrder, "/orders/1"), new StatusResult<Order>.Created(SampleOrder, "/orders/1"));
        AssertEqual(new StatusResult<Order>.NotFound(), new StatusResult<Order>.NotFound());
        AssertEqual(new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "x")), new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "x")));
        AssertEqual(new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(3)), new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(3)));
        AssertEqual(new StatusResult<Order>.MultipleChoices(), new StatusResult<Order>.MultipleChoices(null));

        AssertNotEqual(new StatusResult<Order>.Ok(SampleOrder), new StatusResult<Order>.Ok(new Order(2, "pen")));
        AssertNotEqual(new StatusResult<Order>.Ok(SampleOrder), new StatusResult<Order>.MiscSuccess(SampleOrder));
        AssertNotEqual(new StatusResult<Order>.Created(SampleOrder, "/orders/1"), new StatusResult<Order>.Created(SampleOrder, "/orders/2"));
        AssertNotEqual(new StatusResult<Order>.NotFound(), new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound)));
        AssertNotEqual(new StatusResult<Order>.NotFound(), new StatusResult<Order>.Gone());
        AssertNotEqual(new StatusResult<Order>.ServiceUnavailable(TimeSpan.FromSeconds(3)), new StatusResult<Order>.ServiceUnavailable());

        StatusResult<Order>? missing = null;
        Assert.False(new StatusResult<Order>.NotFound().Equals(missing));
        Assert.False(new StatusResult<Order>.NotFound() == missing);
        Assert.True(missing == null);
        Assert.False(new StatusResult<Order>.NotFound().Equals("404"));

        static void AssertEqual(StatusResult<Order> left, StatusResult<Order> right)
        {
            Assert.True(left.Equals(right));
            Assert.True(left.Equals((object)right));
            Assert.True(left == right);
            Assert.False(left != right);
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
        }

        static void AssertNotEqual(StatusResult<Order> left, StatusResult<Order> right)
        {
            Assert.False(left.Equals(right));
            Assert.False(left == right);
            Assert.True(left != right);
        }
    }

    [Fact]
    public void A_value_converts_implicitly_to_Ok()
    {
        StatusResult<Order> result = SampleOrder;

        var ok = Assert.IsType<StatusResult<Order>.Ok>(result);
        Assert.Same(SampleOrder, ok.Value);
        Assert.Equal(new StatusResult<Order>.Ok(SampleOrder), Find(1));
        Assert.IsType<StatusResult<Order>.NotFound>(Find(2));

        static StatusResult<Order> Find(int id)
        {
            if (id != 1)
            {
                return StatusResult<Order>.NotFound.Instance;
            }

            return SampleOrder;
        }
    }

    [Fact]
    public void Cases_without_required_arguments_share_an_instance()
    {
        Assert.Same(StatusResult<Order>.NotFound.Instance, StatusResult<Order>.NotFound.Instance);
        Assert.Equal(new StatusResult<Order>.NotFound(), StatusResult<Order>.NotFound.Instance);
        Assert.Null(StatusResult<Order>.NotFound.Instance.Problem);
        Assert.Equal(new StatusResult<Order>.NoContent(), StatusResult<Order>.NoContent.Instance);
        Assert.Null(StatusResult<Order>.MultipleChoices.Instance.Location);

        // Only cases that need no argument have one: content and required-location cases do not.
        Assert.Null(typeof(StatusResult<Order>.Ok).GetProperty("Instance"));
        Assert.Null(typeof(StatusResult<Order>.MovedPermanently).GetProperty("Instance"));
    }

    [Fact]
    public void The_hierarchy_is_closed()
    {
        var baseType = typeof(StatusResult<Order>);

        Assert.True(baseType.IsAbstract);
        Assert.All(baseType.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), constructor => Assert.True(constructor.IsPrivate));
        Assert.All(CaseTypes(), caseType => Assert.True(caseType.IsSealed));
    }

    /// <summary>The nested case classes, closed over <c>int</c>, in declaration order.</summary>
    private static IEnumerable<Type> CaseTypes()
        => typeof(StatusResult<int>)
            .GetNestedTypes(BindingFlags.Public)
            .Select(nested => nested.MakeGenericType(typeof(int)));

    /// <summary>Calls the case's constructor with a value and a location where needed, defaults elsewhere.</summary>
    private static StatusResult<int> CreateCase(Type caseType)
    {
        var constructor = caseType.GetConstructors().Single();
        var arguments = constructor.GetParameters()
            .Select(parameter => parameter.IsOptional ? parameter.DefaultValue
                : parameter.Name == "value" ? 987654
                : parameter.Name == "location" ? (object)"/somewhere"
                : parameter.Name is "wwwAuthenticate" or "proxyAuthenticate" or "allow" or "upgrade" ? "required value"
                : throw new InvalidOperationException("Unexpected required parameter " + parameter.Name))
            .ToArray();
        return (StatusResult<int>)constructor.Invoke(arguments);
    }

    internal sealed record Order(int Id, string Item);
}
