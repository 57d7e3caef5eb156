using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using StatusGen.Analyzers;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests.Analyzers;

/// <summary>
/// STG1100: the compiler's CS8509 on a switch expression (marked <c>{|#0:switch|}</c>) is suppressed when the arms
/// handle every case of the union or of StatusResult&lt;T&gt;, and stays a warning when they do not — including when
/// the catalog gains a code that the arms do not handle.
/// </summary>
public sealed class ExhaustiveSwitchSuppressorTests
{
    private static Task Run(string code, bool suppressed, string? yaml = null, LanguageVersion? version = null)
    {
        var test = new StatusGenAnalyzerTest<ExhaustiveSwitchSuppressor>(yaml)
        {
            TestCode = MissingSwitchCasesAnalyzerTests.Declarations + code,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            LanguageVersion = version,
        };
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(0).WithIsSuppressed(suppressed));
        return test.RunAsync();
    }

    private static string Expression(string arms, string type = "GetOrderResult")
        => "namespace Shop { internal static class Use { internal static int Run(" + type + " result) => result {|#0:switch|} { " + arms + " }; } }";

    /// <summary>An arm per case of StatusResult&lt;Order&gt; under the standard catalog, as the generator writes them.</summary>
    private static string EveryStatusResultCase()
    {
        var output = GeneratorHarness.Run(new GeneratorInput { Sources = new[] { "namespace Shop { internal sealed class Order { } }" } });
        var statusResult = output.Compilation.GetTypeByMetadataName("StatusGen.StatusResult`1")!;
        var cases = statusResult.GetTypeMembers().Where(member => SymbolEqualityComparer.Default.Equals(member.BaseType, statusResult)).ToList();
        Assert.True(cases.Count > 40, "the standard catalog has more cases than " + cases.Count);
        return string.Join(", ", cases.Select((@case, index) => "StatusResult<Order>." + @case.Name + " => " + index));
    }

    [Theory]
    [InlineData("GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3")]
    [InlineData("GetOrderResult.Ok ok => ok.Value.Id, GetOrderResult.NotFound notFound => 2, GetOrderResult.Conflict conflict => 3")]
    [InlineData("null => 0, GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3")]
    [InlineData("GetOrderResult.Ok { Value: var order } => order.Id, GetOrderResult.NotFound or GetOrderResult.Conflict => 2")]
    [InlineData("GetOrderResult.Conflict => 3, GetOrderResult.Ok { Value: null } => 0, GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2")]
    public Task STG1100_suppresses_CS8509_when_the_arms_handle_every_case(string arms)
        => Run(Expression(arms), suppressed: true);

    [Theory]
    [InlineData("GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2")]
    [InlineData("null => 0, GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2")]
    [InlineData("GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict c when c.Problem is null => 3")]
    [InlineData("GetOrderResult.Ok { Value: null } => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3")]
    public Task STG1100_leaves_CS8509_when_a_case_is_not_handled(string arms)
        => Run(Expression(arms), suppressed: false);

    [Fact]
    public Task STG1100_below_CSharp_9_declarations_with_a_discard()
        => Run(Expression("GetOrderResult.Ok _ => 1, GetOrderResult.NotFound _ => 2, GetOrderResult.Conflict _ => 3"), suppressed: true, version: LanguageVersion.CSharp8);

    [Fact]
    public Task STG1100_a_switch_over_every_case_of_StatusResult()
        => Run(Expression(EveryStatusResultCase(), "StatusResult<Order>"), suppressed: true);

    [Fact]
    public Task STG1100_adding_a_code_to_the_catalog_makes_the_same_switch_warn_again()
        => Run(
            Expression(EveryStatusResultCase(), "StatusResult<Order>"),
            suppressed: false,
            yaml: "version: 1\ncodes:\n  - { code: 499, title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 } }\n");

    [Fact]
    public async Task Not_a_result_type_is_left_alone()
    {
        var test = new StatusGenAnalyzerTest<ExhaustiveSwitchSuppressor>
        {
            TestCode = MissingSwitchCasesAnalyzerTests.Declarations + "namespace Shop { internal static class Use { internal static int Run(object value) => value {|#0:switch|} { GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3 }; } }",
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task STG1100_is_turned_off_with_NoWarn()
    {
        // <NoWarn>STG1100</NoWarn> is /nowarn:STG1100, a compilation option: the only setting a suppressor reads
        // (.editorconfig severities do not reach suppressors, dotnet/roslyn#49727).
        var test = new StatusGenAnalyzerTest<ExhaustiveSwitchSuppressor>
        {
            TestCode = MissingSwitchCasesAnalyzerTests.Declarations + Expression("GetOrderResult.Ok => 1, GetOrderResult.NotFound => 2, GetOrderResult.Conflict => 3"),
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("STG1100", ReportDiagnostic.Suppress)));
        });
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(0).WithArguments("_"));
        await test.RunAsync();
    }
}
