using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>What the compiler says about code that uses an endpoint union: the contract's misuses are errors.</summary>
public sealed class StatusUnionCompileTests
{
    private static GeneratorOutput Consumer(string statements, string members = "", LanguageVersion version = LanguageVersion.Latest)
        => GeneratorHarness.Run(StatusUnionTestSources.Input(
            StatusUnionTestSources.Order,
            StatusUnionTestSources.Small,
            "using StatusGen;\nnamespace Shop\n{\n    internal static class Use\n    {\n        internal static string Run(GetOrderResult result)\n        {\n"
            + statements + "\n        }\n    }\n" + members + "\n}\n") with { LanguageVersion = version });

    private static List<string> ErrorIds(GeneratorOutput output)
        => output.Compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => diagnostic.Id)
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Match_without_a_callback_for_every_case_does_not_compile()
    {
        var output = Consumer("return result.Match(ok: ok => \"ok\", notFound: notFound => \"missing\");");

        Assert.Equal(new[] { "CS7036" }, ErrorIds(output));
        Assert.Contains(output.Compilation.GetDiagnostics(), diagnostic => diagnostic.Id == "CS7036" && diagnostic.GetMessage().Contains("'conflict'"));
    }

    [Fact]
    public void Switch_without_an_action_for_every_case_does_not_compile()
        => Assert.Equal(new[] { "CS7036" }, ErrorIds(Consumer("result.Switch(ok => { }, notFound => { });\nreturn \"\";")));

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.Preview)]
    public void A_class_outside_cannot_derive_from_the_union(LanguageVersion version)
    {
        var output = Consumer("return \"\";", """
            internal sealed class MyCase : GetOrderResult
            {
                public MyCase() : base() { }
                public override HttpStatus Status => HttpStatus.Ok;
                public override StatusResult<Order> ToStatusResult() => new StatusResult<Order>.Conflict();
                public override bool Equals(GetOrderResult? other) => false;
                public override int GetHashCode() => 0;
            }
            """, version);

        Assert.Contains("CS0122", ErrorIds(output));
        Assert.Contains(output.Compilation.GetDiagnostics(), diagnostic => diagnostic.Id == "CS0122" && diagnostic.GetMessage().Contains("GetOrderResult.GetOrderResult()"));
    }

    [Fact]
    public void A_class_outside_cannot_derive_from_a_case()
        => Assert.Contains("CS0509", ErrorIds(Consumer("return \"\";", "internal sealed class Mine : GetOrderResult.NotFound { }")));

    private const string ExhaustiveSwitch = """
        return result switch
        {
            GetOrderResult.Ok { Value: var order } => order.Item,
            GetOrderResult.NotFound => "no such order",
            GetOrderResult.Conflict => "changed meanwhile",
        };
        """;

    [Fact]
    public void Under_preview_a_switch_over_every_case_is_exhaustive()
    {
        // The example: no discard, no warning.
        var output = Consumer(ExhaustiveSwitch, version: LanguageVersion.Preview);

        Assert.Contains("closed partial class GetOrderResult", output.Sources["StatusUnion.Shop.GetOrderResult.g.cs"], System.StringComparison.Ordinal);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }

    [Fact]
    public void Under_preview_a_missing_arm_is_CS8509_naming_the_case()
    {
        var output = Consumer(ExhaustiveSwitch.Replace("    GetOrderResult.Conflict => \"changed meanwhile\",\n", string.Empty, System.StringComparison.Ordinal), version: LanguageVersion.Preview);

        var warning = Assert.Single(output.CompilationProblems);
        Assert.Equal("CS8509", warning.Id);
        Assert.Contains("GetOrderResult.Conflict", warning.GetMessage(), System.StringComparison.Ordinal);
        // As an error under TreatWarningsAsErrors: the compilation option makes it one.
        var strict = output.Compilation.WithOptions(output.Compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        Assert.Contains(strict.GetDiagnostics(), diagnostic => diagnostic.Id == "CS8509" && diagnostic.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Under_preview_StatusResult_is_closed_too()
    {
        var output = Consumer("""
            StatusResult<Order> big = result.ToStatusResult();
            return big switch
            {
                StatusResult<Order>.Ok => "ok",
                StatusResult<Order>.NotFound => "missing",
            };
            """, version: LanguageVersion.Preview);

        Assert.Contains("closed class StatusResult<T>", output.Sources["StatusResult.g.cs"].Replace("partial ", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        var warning = Assert.Single(output.CompilationProblems);
        Assert.Equal("CS8509", warning.Id);
    }

    [Fact]
    public void Below_preview_nothing_is_closed_and_the_switch_needs_a_discard()
    {
        var output = Consumer(ExhaustiveSwitch);

        Assert.Contains("abstract partial class GetOrderResult", output.Sources["StatusUnion.Shop.GetOrderResult.g.cs"], System.StringComparison.Ordinal);
        Assert.DoesNotContain("IsClosedTypeAttribute.g.cs", output.Sources.Keys);
        Assert.Equal("CS8509", Assert.Single(output.CompilationProblems).Id);
    }

    [Theory]
    [InlineData(TargetFramework.Net100, true)]
    [InlineData(TargetFramework.NetStandard20, false)]
    public void The_IsClosedType_polyfill_only_where_closed_is_used_and_missing(TargetFramework framework, bool closed)
    {
        // netstandard2.0 lacks CompilerFeatureRequiredAttribute, which the compiler writes on closed classes: no closed there.
        var output = GeneratorHarness.Run(new GeneratorInput
        {
            Framework = framework,
            LanguageVersion = LanguageVersion.Preview,
            Sources = new[] { "namespace Shop { internal sealed class Order { public string Item { get; set; } = \"\"; } }", StatusUnionTestSources.Small.Replace("public partial", "internal partial", System.StringComparison.Ordinal) },
        });

        Assert.Equal(closed, output.Sources.ContainsKey("IsClosedTypeAttribute.g.cs"));
        Assert.Equal(closed, output.Sources["StatusResult.g.cs"].Contains("closed class StatusResult<T>", System.StringComparison.Ordinal));
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }

    [Fact]
    public void The_IsClosedType_polyfill_is_not_generated_when_the_project_has_the_attribute()
    {
        var output = Consumer("return \"\";", """
            }
            namespace System.Runtime.CompilerServices
            {
                [System.AttributeUsage(System.AttributeTargets.Class, Inherited = false)]
                internal sealed class IsClosedTypeAttribute : System.Attribute { }
            """, LanguageVersion.Preview);

        Assert.DoesNotContain("IsClosedTypeAttribute.g.cs", output.Sources.Keys);
        Assert.Contains("closed partial class GetOrderResult", output.Sources["StatusUnion.Shop.GetOrderResult.g.cs"], System.StringComparison.Ordinal);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }
}
