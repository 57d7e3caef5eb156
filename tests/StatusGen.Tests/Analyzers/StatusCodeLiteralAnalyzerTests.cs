using System.Threading.Tasks;
using StatusGen.Analyzers;
using StatusGen.CodeFixes;
using Xunit;

namespace StatusGen.Tests.Analyzers;

/// <summary>
/// STG1001 at every position where an int literal is an HTTP status, and nowhere else; its fix, alone and as Fix All.
/// Spans are marked <c>{|STG1001:404|}</c>.
/// </summary>
public sealed class StatusCodeLiteralAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;

        """;

    private static Task Analyze(string code, string? yaml = null)
    {
        var test = new StatusGenAnalyzerTest<StatusCodeLiteralAnalyzer>(yaml) { TestCode = Usings + code };
        return test.RunAsync();
    }

    private static Task Fix(string code, string fixedCode, string? yaml = null, int? iterations = null)
    {
        var test = new StatusGenCodeFixTest<StatusCodeLiteralAnalyzer, UseNamedStatusCodeCodeFix>(yaml)
        {
            TestCode = code,
            FixedCode = fixedCode,
        };
        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("public IActionResult Get() => StatusCode({|STG1001:404|});")]
    [InlineData("public IActionResult Get() => StatusCode({|STG1001:404|}, new { });")]
    [InlineData("public IActionResult Get() => new StatusCodeResult({|STG1001:404|});")]
    [InlineData("public IActionResult Get() => new ObjectResult(1) { StatusCode = {|STG1001:409|} };")]
    [InlineData("public void Set() { Response.StatusCode = {|STG1001:503|}; }")]
    [InlineData("public ProblemDetails Problem() => new ProblemDetails { Status = {|STG1001:400|} };")]
    [InlineData("[ProducesResponseType({|STG1001:404|})] public void A() { }")]
    [InlineData("[ProducesResponseType(typeof(string), {|STG1001:200|})] public void B() { }")]
    [InlineData("[ProducesResponseType(statusCode: {|STG1001:409|})] public void C() { }")]
    public Task In_a_controller(string member)
        => Analyze("public sealed class OrdersController : ControllerBase { " + member + " }");

    [Theory]
    [InlineData("IResult a = Results.StatusCode({|STG1001:418|});")]
    [InlineData("IResult b = TypedResults.StatusCode({|STG1001:404|});")]
    [InlineData("IResult c = Results.Problem(statusCode: {|STG1001:409|});")]
    [InlineData("IResult d = Results.Json(new { }, statusCode: {|STG1001:201|});")]
    [InlineData("app.MapGet(\"/\", () => 1).ProducesProblem({|STG1001:404|});")]
    public Task In_a_minimal_API(string statement)
        => Analyze("public static class Api { public static void Map(WebApplication app) { " + statement + " } }");

    [Theory]
    [InlineData("(int)response.StatusCode == {|STG1001:404|}")]
    [InlineData("{|STG1001:503|} != (int)response.StatusCode")]
    [InlineData("(int)response.StatusCode is {|STG1001:404|} or {|STG1001:410|}")]
    [InlineData("(int)response.StatusCode is not {|STG1001:200|}")]
    [InlineData("status.Code == {|STG1001:429|}")]
    [InlineData("context.Response.StatusCode == {|STG1001:401|}")]
    [InlineData("(int)response.StatusCode switch { {|STG1001:404|} => true, _ => false }")]
    public Task In_comparisons(string condition)
        => Analyze("internal static class Checks { public static bool Check(HttpResponseMessage response, StatusGen.HttpStatus status, HttpContext context) => " + condition + "; }");

    [Fact]
    public Task In_case_labels()
        => Analyze("""
            public static class Checks
            {
                public static string Describe(HttpResponseMessage response)
                {
                    switch ((int)response.StatusCode)
                    {
                        case {|STG1001:404|}: return "missing";
                        case {|STG1001:409|} or {|STG1001:412|}: return "conflict";
                        default: return "other";
                    }
                }
            }
            """);

    /// <summary>
    /// The positions as they are written in code the analyzer was run over (issue 15's real-code run): a base
    /// constructor's statusCode parameter (Ocelot's errors), an int? StatusCode, parentheses, nested patterns and a
    /// guarded case. The analyzer finds them from the literal up, so each way of getting there is pinned here.
    /// </summary>
    [Fact]
    public Task Reached_from_the_literal()
        => Analyze("""
            public abstract class Error { protected Error(string message, int statusCode) { } }
            public sealed class NotFoundError : Error { public NotFoundError() : base("missing", {|STG1001:404|}) { } }
            public sealed class Limit { public int? StatusCode { get; set; } }
            public static class Reached
            {
                public static Limit Create() => new Limit { StatusCode = ({|STG1001:429|}) };

                public static bool Check(HttpResponseMessage response, Limit limit, bool flag)
                {
                    if (limit.StatusCode != {|STG1001:429|} || (int)response.StatusCode is not ({|STG1001:404|} or {|STG1001:410|}))
                    {
                        return false;
                    }

                    switch ((int)response!.StatusCode)
                    {
                        case {|STG1001:503|} when flag:
                        case ({|STG1001:502|}):
                            return true;
                        default:
                            return limit.StatusCode switch { {|STG1001:200|} or null => true, _ => false };
                    }
                }
            }
            """);

    /// <summary>Near misses of the positions above: the same literals where no status goes.</summary>
    [Theory]
    [InlineData("public sealed class Err { public Err(string message, int code) { } public static Err Make() => new Err(\"x\", 404); }")]
    [InlineData("public sealed class Lim { public int? Quota { get; set; } public static Lim Make() => new Lim { Quota = 429 }; }")]
    [InlineData("public static class Cmp { public static bool Is(HttpResponseMessage r) => r.Content.Headers.ContentLength is > 404 || (int)r.Version.Major == 404; }")]
    [InlineData("public static class Sw { public static int Of(int quantity) { switch (quantity) { case 404: return 1; default: return quantity switch { 500 => 2, _ => 3 }; } } }")]
    [InlineData("public static class Neg { public static IResult Get() => Results.StatusCode(-404 + 808); }")]
    [InlineData("public static class Named { public static IResult Get() => Results.Json(404, statusCode: null); }")]
    public Task Not_reached_from_the_literal(string code)
        => Analyze(code);

    [Theory]
    [InlineData("var buffer = new byte[404];")]
    [InlineData("var delay = TimeSpan.FromSeconds(503);")]
    [InlineData("System.Threading.Thread.Sleep(500);")]
    [InlineData("var order = new Order { Status = 200 };")]
    [InlineData("var count = 404; var same = count == 404;")]
    [InlineData("IResult e = Results.StatusCode(299);")]
    [InlineData("IResult f = Results.StatusCode(99);")]
    [InlineData("var order = new Order(); order.Status = 404;")]
    public Task Not_a_status_or_not_in_the_catalog(string statement)
        => Analyze("public sealed class Order { public int Status { get; set; } } public static class Elsewhere { public static void Run() { " + statement + " } }");

    [Fact]
    public Task A_custom_code_of_the_catalog_is_reported_too()
        => Analyze(
            "public static class Api { public static IResult Get() => Results.StatusCode({|STG1001:499|}); }",
            "version: 1\ncodes:\n  - { code: 499, title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 } }\n");

    [Fact]
    public Task The_fix_names_the_code_and_adds_the_using()
        => Fix(
            """
            using Microsoft.AspNetCore.Http;

            public static class Api
            {
                public static IResult Get() => Results.StatusCode({|STG1001:404|});
            }
            """,
            """
            using Microsoft.AspNetCore.Http;
            using StatusGen;

            public static class Api
            {
                public static IResult Get() => Results.StatusCode(HttpStatusCodes.NotFound);
            }
            """);

    [Fact]
    public Task The_fix_uses_the_configured_namespace_and_an_existing_using()
        => Fix(
            """
            using Microsoft.AspNetCore.Mvc;
            using StatusGen;

            public sealed class OrdersController : ControllerBase
            {
                [ProducesResponseType({|STG1001:409|})]
                public IActionResult Put() => StatusCode({|STG1001:409|});
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using StatusGen;

            public sealed class OrdersController : ControllerBase
            {
                [ProducesResponseType(HttpStatusCodes.Conflict)]
                public IActionResult Put() => StatusCode(HttpStatusCodes.Conflict);
            }
            """);

    [Fact]
    public Task Fix_all_in_a_document()
        => Fix(
            """
            using System.Net.Http;

            public static class Checks
            {
                public static bool Retry(HttpResponseMessage response)
                    => (int)response.StatusCode == {|STG1001:503|} || (int)response.StatusCode == {|STG1001:429|} || (int)response.StatusCode == {|STG1001:502|};
            }
            """,
            """
            using System.Net.Http;
            using StatusGen;

            public static class Checks
            {
                public static bool Retry(HttpResponseMessage response)
                    => (int)response.StatusCode == HttpStatusCodes.ServiceUnavailable || (int)response.StatusCode == HttpStatusCodes.TooManyRequests || (int)response.StatusCode == HttpStatusCodes.BadGateway;
            }
            """);
}
