using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using StatusGen.Analyzers;
using Xunit;

namespace StatusGen.Tests.Analyzers;

/// <summary>
/// STG1002 on switch expressions and statements over a [StatusUnion] class and over StatusResult&lt;T&gt;: which arms
/// handle a case and which do not, one diagnostic per switch at its <c>switch</c> keyword (marked <c>{|#0:switch|}</c>),
/// silence where the class is <c>closed</c>, and no analyzer exception on code that does not compile.
/// </summary>
public sealed class MissingSwitchCasesAnalyzerTests
{
    /// <summary>A union whose codes are listed out of catalog order, so the order of the message is seen to be the catalog's.</summary>
    internal const string Declarations = """
        using System;
        using StatusGen;

        namespace Shop
        {
            internal sealed class Order
            {
                public int Id { get; set; }
            }

            [StatusUnion(typeof(Order), HttpStatusCodes.Conflict, HttpStatusCodes.Ok, HttpStatusCodes.NotFound)]
            internal partial class GetOrderResult { }
        }

        """;

    private static Task Analyze(string code, params DiagnosticResult[] expected)
        => Run(code, LanguageVersion.Latest, expected);

    private static Task Run(string code, LanguageVersion version, params DiagnosticResult[] expected)
    {
        var test = new StatusGenAnalyzerTest<MissingSwitchCasesAnalyzer> { TestCode = Declarations + code, LanguageVersion = version };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Missing(int location, string type, string cases)
        => new DiagnosticResult("STG1002", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(type, cases);

    private static string Expression(string arms, string type = "GetOrderResult")
        => "namespace Shop { internal static class Use { internal static int Run(" + type + " result) => result {|#0:switch|} { " + arms + " }; } }";

    private static string Statement(string sections, string type = "GetOrderResult")
        => "namespace Shop { internal static class Use { internal static int Run(" + type + " result) { {|#0:switch|} (result) { " + sections + " } return 0; } } }";

    [Fact]
    public Task STG1002_one_diagnostic_names_every_missing_case_in_catalog_order()
        => Analyze(Expression("GetOrderResult.NotFound => 1,"), Missing(0, "GetOrderResult", "GetOrderResult.Ok, GetOrderResult.Conflict"));

    [Fact]
    public Task STG1002_a_switch_statement()
        => Analyze(Statement("case GetOrderResult.Ok: return 1;"), Missing(0, "GetOrderResult", "GetOrderResult.NotFound, GetOrderResult.Conflict"));

    [Fact]
    public Task STG1002_a_switch_without_arms()
        => Analyze(Expression(string.Empty), Missing(0, "GetOrderResult", "GetOrderResult.Ok, GetOrderResult.NotFound, GetOrderResult.Conflict"));

    [Theory]
    [InlineData("GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3,")]
    [InlineData("GetOrderResult.Ok ok => ok.Value.Id, GetOrderResult.NotFound notFound => 2, GetOrderResult.Conflict conflict => 3")]
    [InlineData("GetOrderResult.Ok { Value: var order } => order.Id, GetOrderResult.NotFound { } => 2, GetOrderResult.Conflict { Problem: _ } => 3")]
    [InlineData("(GetOrderResult.Ok or GetOrderResult.NotFound) => 1, (GetOrderResult.Conflict) => 3")]
    [InlineData("null => 0, GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3")]
    [InlineData("not GetOrderResult.Ok => 0, GetOrderResult.Ok => 1")]
    [InlineData("GetOrderResult.Ok => 1, _ => 0")]
    [InlineData("GetOrderResult.Ok => 1, var other => 0")]
    [InlineData("GetOrderResult.Ok => 1, not null => 0")]
    [InlineData("GetOrderResult.Ok => 1, { } => 0")]
    [InlineData("GetOrderResult.Ok => 1, GetOrderResult any => 0")]
    [InlineData("GetOrderResult.Ok => 1, object any => 0")]
    [InlineData("GetOrderResult.Ok => 1, Microsoft.AspNetCore.Http.IResult any => 0")]
    public Task Arms_that_handle_every_case(string arms)
        => Analyze(Expression(arms));

    [Theory]
    [InlineData("case GetOrderResult.Ok ok: return ok.Value.Id; case GetOrderResult.NotFound: case GetOrderResult.Conflict: return 2;")]
    [InlineData("case GetOrderResult.Ok: return 1; default: return 0;")]
    [InlineData("case null: return 0; case GetOrderResult.Ok or GetOrderResult.NotFound: return 1; case GetOrderResult.Conflict { }: return 3;")]
    [InlineData("case GetOrderResult.Ok: return 1; case var other: return 0;")]
    public Task Sections_that_handle_every_case(string sections)
        => Analyze(Statement(sections));

    [Theory]
    [InlineData("GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict c when c.Problem is null => 3", "GetOrderResult.Conflict")]
    [InlineData("GetOrderResult.Ok { Value: null } => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3", "GetOrderResult.Ok")]
    [InlineData("GetOrderResult.Ok { Value.Id: 1 } => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3", "GetOrderResult.Ok")]
    [InlineData("null => 0, GetOrderResult.Ok or GetOrderResult.NotFound => 1", "GetOrderResult.Conflict")]
    [InlineData("not (GetOrderResult.Ok or GetOrderResult.Conflict) => 1", "GetOrderResult.Ok, GetOrderResult.Conflict")]
    [InlineData("not GetOrderResult.Ok { Value: null } => 1", "GetOrderResult.Ok")]
    [InlineData("GetOrderResult.Ok => 1, _ when DateTime.Now.Second == 0 => 0", "GetOrderResult.NotFound, GetOrderResult.Conflict")]
    [InlineData("GetOrderResult.Ok and { Status.Code: 200 } => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3", "GetOrderResult.Ok")]
    public Task Arms_that_leave_cases_unhandled(string arms, string missing)
        => Analyze(Expression(arms), Missing(0, "GetOrderResult", missing));

    [Fact]
    public Task STG1002_StatusResult_of_T_with_its_cases_in_catalog_order()
        => Analyze(
            Expression("StatusResult<Order>.NotFound => 1, not (StatusResult<Order>.NotFound or StatusResult<Order>.Gone or StatusResult<Order>.Conflict) => 2", "StatusResult<Order>"),
            Missing(0, "StatusResult<Order>", "StatusResult<Order>.Conflict, StatusResult<Order>.Gone"));

    [Fact]
    public Task STG1002_a_StatusResult_of_a_StatusResult_is_told_apart_from_its_content()
        => Analyze(
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(StatusResult<StatusResult<int>> result) => result {|#0:switch|}
                    {
                        not StatusResult<StatusResult<int>>.Ok => 0,
                        StatusResult<StatusResult<int>>.Ok { Value: StatusResult<int>.Ok } => 1,
                    };

                    internal static int Inner(StatusResult<StatusResult<int>>.Ok ok) => ok.Value {|#1:switch|}
                    {
                        not StatusResult<int>.NotFound => 0,
                    };
                }
            }
            """,
            Missing(0, "StatusResult<StatusResult<int>>", "StatusResult<StatusResult<int>>.Ok"),
            Missing(1, "StatusResult<int>", "StatusResult<int>.NotFound"));

    [Fact]
    public Task STG1002_a_nullable_result_and_a_switch_in_a_lambda_and_in_an_arm_each_once()
        => Analyze(
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static Func<GetOrderResult?, int> Run = result => result {|#0:switch|}
                    {
                        GetOrderResult.Ok ok => ok.Value {|#1:switch|} { _ => 1 },
                        GetOrderResult.NotFound notFound => notFound.ToStatusResult() {|#2:switch|} { StatusResult<Order>.Ok => 2, _ => 3 },
                        null => 0,
                    };

                    internal static int Twice(GetOrderResult first, GetOrderResult second) => first {|#3:switch|}
                    {
                        GetOrderResult.Ok => second {|#4:switch|} { GetOrderResult.Conflict => 1 },
                        GetOrderResult.NotFound => 2,
                    };
                }
            }
            """,
            Missing(0, "GetOrderResult", "GetOrderResult.Conflict"),
            Missing(3, "GetOrderResult", "GetOrderResult.Conflict"),
            Missing(4, "GetOrderResult", "GetOrderResult.Ok, GetOrderResult.NotFound"));

    [Theory]
    [InlineData("object")]
    [InlineData("Microsoft.AspNetCore.Http.IResult")]
    [InlineData("GetOrderResult.Ok")]
    public Task Not_a_switch_over_a_result_type(string type)
        => Analyze("namespace Shop { internal static class Use { internal static int Run(" + type + " result) { switch (result) { case GetOrderResult.Ok: return 1; } return 0; } } }");

    [Fact]
    public Task A_user_type_named_StatusResult_is_not_the_generated_one()
        => Analyze("""
            namespace Mine
            {
                public abstract class StatusResult<T> { public sealed class Ok : StatusResult<T> { } public sealed class Gone : StatusResult<T> { } }
                internal static class Use { internal static int Run(StatusResult<int> result) => result switch { StatusResult<int>.Ok => 1, _ => 0 }; }
                internal static class Statement { internal static int Run(StatusResult<int> result) { switch (result) { case StatusResult<int>.Ok: return 1; } return 0; } }
            }
            """);

    [Fact]
    public Task STG1002_below_CSharp_9_a_declaration_with_a_discard_handles_its_case()
        => Run(Statement("case GetOrderResult.Ok _: return 1; case GetOrderResult.NotFound _: return 2;"), LanguageVersion.CSharp8, Missing(0, "GetOrderResult", "GetOrderResult.Conflict"));

    [Fact]
    public async Task Silent_where_the_class_is_closed_because_CS8509_names_the_cases()
    {
        // Under preview the generator declares the union and StatusResult<T> closed; the compiler's own warning shows it.
        var test = new StatusGenAnalyzerTest<MissingSwitchCasesAnalyzer>
        {
            TestCode = Declarations + """
                namespace Shop
                {
                    internal static class Use
                    {
                        internal static int Union(GetOrderResult result) => result {|#0:switch|} { GetOrderResult.Ok => 1 };
                        internal static int Result(StatusResult<Order> result) => result {|#1:switch|} { StatusResult<Order>.Ok => 1 };
                        internal static int Statement(GetOrderResult result) { switch (result) { case GetOrderResult.Ok: return 1; } return 0; }
                    }
                }
                """,
            LanguageVersion = LanguageVersion.Preview,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(0).WithArguments("Shop.GetOrderResult.Conflict"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(1).WithArguments("StatusGen.StatusResult<Shop.Order>.Created"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("internal static int Run(GetOrderResult result) => result switch { GetOrderResult.Ok => 1, GetOrderResult. };")]
    [InlineData("internal static int Run(GetOrderResult result) => result switch { GetOrderResult.Ok => 1, GetOrderResult.NotFound =>")]
    [InlineData("internal static int Run(GetOrderResult result) => result switch")]
    [InlineData("internal static int Run(GetOrderResult result) { switch (result) { case GetOrderResult.Ok: return 1; case } return 0; }")]
    [InlineData("internal static int Run(GetOrderResult result) { switch (result) { case GetOrderResult. return 0; }")]
    [InlineData("internal static int Run(GetOrderResult result) { switch () { case GetOrderResult.Ok: return 1; } return 0; }")]
    [InlineData("internal static int Run(GetOrderResult result) => result switch { GetOrderResult.Ok => 1, GetOrderResult.Missing => 2, Nowhere.Type => 3 };")]
    [InlineData("internal static int Run(GetOrderResult result) => result switch { GetOrderResult.Ok => 1, 42 => 2, \"text\" => 3, > 5 => 4, [] => 5 };")]
    [InlineData("internal static int Run(Missing result) => result switch { GetOrderResult.Ok => 1 };")]
    public async Task No_analyzer_exception_on_code_that_does_not_compile(string member)
    {
        // The compiler's errors are not this test's business; an AD0001 (an exception in the analyzer) or an STG1002 on a
        // switch that does not parse would be reported and fail it. A switch that parses but does not bind is analyzed.
        var binds = member.Contains("GetOrderResult.Missing", System.StringComparison.Ordinal) || member.Contains("42 =>", System.StringComparison.Ordinal);
        var test = new StatusGenAnalyzerTest<MissingSwitchCasesAnalyzer>
        {
            TestCode = Declarations + "namespace Shop { internal static class Use { " + (binds ? member.Replace("result switch", "result {|#0:switch|}", System.StringComparison.Ordinal) : member) + " } }",
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        if (binds)
        {
            test.ExpectedDiagnostics.Add(Missing(0, "GetOrderResult", "GetOrderResult.NotFound, GetOrderResult.Conflict"));
        }

        await test.RunAsync();
    }
}
