using System;
using System.Linq;
using System.Reflection;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The compiled union, run: each probe is consumer code compiled with the generated part and executed, returning what
/// it saw as text, so the assertions read as the C# a user writes.
/// </summary>
public sealed class StatusUnionBehaviourTests
{
    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Input(StatusUnionTestSources.Order, StatusUnionTestSources.Small, StatusUnionTestSources.Wide, Probes));
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
        return output.Load();
    });

    private const string Probes = """
        using System;
        using System.Linq;
        using StatusGen;

        namespace Shop
        {
            /// <summary>Probes.</summary>
            public static class Probes
            {
                private static readonly Order Widget = new(7, "widget");

                private static string Describe(GetOrderResult result) => result.Match(
                    ok: ok => "ok " + ok.Value.Item,
                    notFound: notFound => "not found " + (notFound.Problem?.Detail ?? "-"),
                    conflict: conflict => "conflict");

                /// <summary>Match calls the case's own callback with the case.</summary>
                public static string Match()
                    => string.Join("; ", new GetOrderResult[] { Widget, new GetOrderResult.NotFound(StatusProblem.For(HttpStatus.NotFound, "no 8")), GetOrderResult.Conflict.Instance }.Select(Describe));

                /// <summary>Switch too.</summary>
                public static string Switch()
                {
                    var seen = "";
                    foreach (var result in new GetOrderResult[] { Widget, GetOrderResult.NotFound.Instance, GetOrderResult.Conflict.Instance })
                    {
                        result.Switch(ok => seen += "O", notFound => seen += "N", conflict => seen += "C");
                    }

                    return seen;
                }

                /// <summary>Status, ToString, TryGetValue.</summary>
                public static string Identity()
                {
                    GetOrderResult ok = Widget;
                    GetOrderResult missing = GetOrderResult.NotFound.Instance;
                    return ok.Status.Code + " " + ok + " " + missing + " " + ok.TryGetValue(out var value) + " " + value!.Item + " " + missing.TryGetValue(out _);
                }

                /// <summary>Value equality.</summary>
                public static string Equality()
                    => string.Join(" ",
                        new GetOrderResult.Ok(new Order(1, "a")) == new GetOrderResult.Ok(new Order(1, "a")),
                        new GetOrderResult.Ok(new Order(1, "a")) == new GetOrderResult.Ok(new Order(2, "a")),
                        new GetOrderResult.NotFound() == GetOrderResult.NotFound.Instance,
                        (GetOrderResult)GetOrderResult.NotFound.Instance == GetOrderResult.Conflict.Instance,
                        new GetOrderResult.NotFound().GetHashCode() == GetOrderResult.NotFound.Instance.GetHashCode(),
                        new PlaceOrderResult.Created(Widget, "/orders/7").Equals(new PlaceOrderResult.Created(Widget, "/orders/7")),
                        new PlaceOrderResult.Created(Widget, "/orders/7").Equals(new PlaceOrderResult.Created(Widget, "/orders/8")));

                /// <summary>To and from StatusResult.</summary>
                public static string Conversions()
                {
                    GetOrderResult fromCase = new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "gone"));
                    GetOrderResult.NotFound caseFromCase = StatusResult<Order>.NotFound.Instance;
                    var back = new GetOrderResult.Ok(Widget).ToStatusResult();
                    var narrowed = GetOrderResult.TryFrom(new StatusResult<Order>.Conflict(), out var conflict);
                    var refused = GetOrderResult.TryFrom(new StatusResult<Order>.Gone(), out var none);
                    StatusResult<Order> created = new PlaceOrderResult.Created(Widget, "/orders/7").ToStatusResult();
                    var deleted = DeleteOrderResult.NoContent.Instance.ToStatusResult<Order>();
                    var deletedBack = DeleteOrderResult.TryFrom(new StatusResult<int>.NotFound(), out var deleteMissing);
                    return string.Join(" | ",
                        fromCase.GetType().Name + " " + ((GetOrderResult.NotFound)fromCase).Problem!.Detail,
                        caseFromCase == GetOrderResult.NotFound.Instance,
                        back == new StatusResult<Order>.Ok(Widget),
                        narrowed + " " + conflict!.GetType().Name,
                        refused + " " + (none is null),
                        created == new StatusResult<Order>.Created(Widget, "/orders/7"),
                        deleted.GetType().Name,
                        deletedBack + " " + deleteMissing!.GetType().Name);
                }

                /// <summary>The constructors check their arguments as StatusResult's cases do.</summary>
                public static string ArgumentChecks()
                {
                    string Try(Action action)
                    {
                        try { action(); return "ok"; }
                        catch (Exception exception) { return exception.GetType().Name; }
                    }

                    return string.Join(" ",
                        Try(() => _ = new PlaceOrderResult.Created(Widget, null!)),
                        Try(() => _ = new PlaceOrderResult.Created(Widget, " ")),
                        Try(() => _ = new PlaceOrderResult.SeeOther("")),
                        Try(() => _ = new PlaceOrderResult.MultipleChoices()),
                        Try(() => _ = new PlaceOrderResult.MultipleChoices("")),
                        Try(() => _ = new PlaceOrderResult.TooManyRequests(TimeSpan.FromSeconds(-1))),
                        Try(() => _ = new PlaceOrderResult.ServiceUnavailable(TimeSpan.FromSeconds(3))),
                        Try(() => _ = Describe(null!)),
                        Try(() => GetOrderResult.NotFound.Instance.Match<int>(null!, _ => 1, _ => 2)),
                        Try(() => GetOrderResult.TryFrom(null!, out _)));
                }

                /// <summary>ToString of union cases: what StatusResult's cases write, never the content.</summary>
                public static string Logs()
                {
                    var slowDown = StatusProblem.For(HttpStatus.TooManyRequests, "slow down");
                    var pairs = new (object Union, object Result)[]
                    {
                        (new PlaceOrderResult.SeeOther("/orders/2"), new StatusResult<Order>.SeeOther("/orders/2")),
                        (new PlaceOrderResult.Created(Widget, "/orders/7"), new StatusResult<Order>.Created(Widget, "/orders/7")),
                        (new PlaceOrderResult.TooManyRequests(TimeSpan.FromSeconds(1.2), slowDown), new StatusResult<Order>.TooManyRequests(TimeSpan.FromSeconds(1.2), slowDown)),
                        (new GetOrderResult.NotFound(StatusProblem.For(HttpStatus.NotFound, "no 8")), new StatusResult<Order>.NotFound(StatusProblem.For(HttpStatus.NotFound, "no 8"))),
                        (new PlaceOrderResult.MultipleChoices(), new StatusResult<Order>.MultipleChoices()),
                        (new GetOrderResult.Ok(Widget), new StatusResult<Order>.Ok(Widget)),
                    };
                    return string.Join(" | ", pairs.Select(pair => pair.Union.ToString() == pair.Result.ToString() ? pair.Union.ToString() : "DIFFER " + pair.Union + " / " + pair.Result));
                }

                /// <summary>The cases, in the attribute's order, and their constructor parameters.</summary>
                public static string Shapes()
                    => string.Join("; ", typeof(PlaceOrderResult).GetNestedTypes().Select(type =>
                        type.Name + "(" + string.Join(", ", type.GetConstructors().Single().GetParameters().Select(parameter => parameter.Name + (parameter.IsOptional ? "?" : ""))) + ")"
                        + (type.GetProperty("Instance") is null ? "" : " Instance")));

                /// <summary>The cases whose status requires a header field, as StatusResult's cases have them.</summary>
                public static string GuardShapes()
                    => string.Join("; ", typeof(GuardResult).GetNestedTypes().Select(type =>
                        type.Name + "(" + string.Join(", ", type.GetConstructors().Single().GetParameters().Select(parameter => parameter.Name + (parameter.IsOptional ? "?" : ""))) + ")"));

                /// <summary>Header values are checked; WithHeader copies the case; conversions carry the headers; equality ignores them.</summary>
                public static string GuardHeaders()
                {
                    string Try(Action action)
                    {
                        try { action(); return "ok"; }
                        catch (Exception exception) { return exception.GetType().Name; }
                    }

                    var denied = new GuardResult.Unauthorized("Bearer");
                    var tagged = denied.WithHeader("Cache-Control", "no-store");
                    var result = tagged.ToStatusResult();
                    GuardResult back = (StatusResult<Order>.Unauthorized)result;
                    return string.Join(" ",
                        Try(() => _ = new GuardResult.Unauthorized(null!)),
                        Try(() => _ = new GuardResult.Unauthorized("Bearer\r\nX: 1")),
                        Try(() => _ = new GuardResult.MethodNotAllowed("")),
                        Try(() => _ = new GuardResult.RangeNotSatisfiable(contentRange: "")),
                        Try(() => _ = denied.WithHeader("WWW-Authenticate", "Basic")),
                        tagged is GuardResult.Unauthorized { WwwAuthenticate: "Bearer" },
                        denied.Headers.Count,
                        tagged.Headers.Single().Value,
                        result.Headers.Single().Value,
                        back.Headers.Single().Value,
                        tagged.Equals(denied),
                        denied.Equals(new GuardResult.Unauthorized("Basic")));
                }
            }

            /// <summary>The cases whose status requires a header field.</summary>
            [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.Unauthorized, HttpStatusCodes.MethodNotAllowed, HttpStatusCodes.RangeNotSatisfiable, HttpStatusCodes.UpgradeRequired)]
            public partial class GuardResult { }
        }
        """;

    private static string Probe(string name)
        => (string)Compiled.Value.GetType("Shop.Probes", throwOnError: true)!.GetMethod(name)!.Invoke(null, null)!;

    [Fact]
    public void Match_calls_the_callback_of_the_case()
        => Assert.Equal("ok widget; not found no 8; conflict", Probe("Match"));

    [Fact]
    public void Union_cases_write_what_StatusResult_cases_write()
        => Assert.Equal(
            "303 See Other \u2192 /orders/2 | 201 Created \u2192 /orders/7 | 429 Too Many Requests: slow down (Retry-After: 2) | 404 Not Found: no 8 | 300 Multiple Choices | 200 OK",
            Probe("Logs"));

    [Fact]
    public void Switch_calls_the_action_of_the_case()
        => Assert.Equal("ONC", Probe("Switch"));

    [Fact]
    public void Status_ToString_and_TryGetValue()
        => Assert.Equal("200 200 OK 404 Not Found True widget False", Probe("Identity"));

    [Fact]
    public void Cases_compare_by_value()
        => Assert.Equal("True False True False True True False", Probe("Equality"));

    [Fact]
    public void Conversions_to_and_from_StatusResult()
        => Assert.Equal("NotFound gone | True | True | True Conflict | False True | True | NoContent | True NotFound", Probe("Conversions"));

    [Fact]
    public void Constructors_check_their_arguments_like_StatusResult_cases()
        => Assert.Equal(
            "ArgumentNullException ArgumentException ArgumentException ok ArgumentException ArgumentOutOfRangeException ok NullReferenceException ArgumentNullException ArgumentNullException",
            Probe("ArgumentChecks"));

    [Fact]
    public void Cases_follow_the_attribute_order_and_CaseShape()
        => Assert.Equal(
            "Created(value, location); Accepted(value); NoContent() Instance; MultipleChoices(location?, retryAfter?) Instance; SeeOther(location, retryAfter?); "
            + "NotModified() Instance; TooManyRequests(retryAfter?, problem?) Instance; ServiceUnavailable(retryAfter?, problem?) Instance; UnprocessableContent(problem?) Instance",
            Probe("Shapes"));

    [Fact]
    public void Header_field_cases_follow_CaseShape_as_StatusResult_cases_do()
        => Assert.Equal(
            "Ok(value); Unauthorized(wwwAuthenticate, problem?); MethodNotAllowed(allow, problem?); RangeNotSatisfiable(problem?, contentRange?); UpgradeRequired(upgrade, problem?)",
            Probe("GuardShapes"));

    [Fact]
    public void Union_cases_check_header_values_and_carry_extra_headers_through_conversions()
        => Assert.Equal(
            "ArgumentNullException ArgumentException ok ArgumentException ArgumentException True 0 no-store no-store no-store True False",
            Probe("GuardHeaders"));

    [Fact]
    public void The_attribute_is_not_kept_in_the_assembly()
        => Assert.DoesNotContain(
            Compiled.Value.GetType("Shop.GetOrderResult", throwOnError: true)!.GetCustomAttributesData(),
            attribute => attribute.AttributeType.Name == "StatusUnionAttribute");
}
