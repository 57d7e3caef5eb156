using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// Each [StatusUnion] mistake: its id and severity, at the argument (or the attribute) in the C# file, as a location in
/// the syntax tree so #pragma applies; everything else still generates and the project compiles.
/// </summary>
public sealed class StatusUnionDiagnosticTests
{
    private const string Path = "/project/Source1.cs";

    private static GeneratorOutput Run(string declaration, string? spec = null)
    {
        // Documentation mode off: the declarations here are not what is checked.
        var input = StatusUnionTestSources.Input(StatusUnionTestSources.Order, "using StatusGen;\nnamespace Shop\n{\n" + declaration + "\n}\n") with { GenerateDocumentation = false };
        return GeneratorHarness.Run(spec is null ? input : input with { SpecFiles = new[] { ("/project/status-codes.yaml", (string?)spec) } });
    }

    /// <summary>The one diagnostic: id, severity, where (one-based), and that it is in the syntax tree.</summary>
    private static Diagnostic AssertSingle(GeneratorOutput output, string id, DiagnosticSeverity severity, int line, int column, string path = Path)
    {
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(
            diagnostic.Id == id && span.Path == path && span.StartLinePosition.Line + 1 == line && span.StartLinePosition.Character + 1 == column,
            $"expected {id} at ({line},{column}), got {diagnostic.Id} at {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(LocationKind.SourceFile, diagnostic.Location.Kind);
        Assert.Same(output.Compilation.SyntaxTrees.Single(tree => tree.FilePath == path), diagnostic.Location.SourceTree);
        return diagnostic;
    }

    private static void AssertGenerates(GeneratorOutput output, string union, params string[] cases)
    {
        var type = output.Compilation.GetTypeByMetadataName("Shop." + union);
        Assert.NotNull(type);
        Assert.Equal(cases, type!.GetTypeMembers().Select(member => member.Name));
        // Only the compiler's own error about an argument it cannot bind either (HttpStatusCodes.Teapot: CS0117).
        var problems = output.CompilationProblems.Where(problem => problem.Id != "CS0117").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void AssertNothingGenerated(GeneratorOutput output, string union)
        => Assert.DoesNotContain(output.Sources.Keys, name => name.Contains(union, System.StringComparison.Ordinal));

    [Fact]
    public void STG0100_a_code_the_catalog_lacks()
    {
        var output = Run("[StatusUnion(typeof(Order), HttpStatusCodes.Ok, 589)]\npublic partial class R { }");

        var diagnostic = AssertSingle(output, "STG0100", DiagnosticSeverity.Error, 4, 49);
        Assert.Contains("589", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        AssertGenerates(output, "R", "Ok");
    }

    [Fact]
    public void STG0100_an_HttpStatusCodes_name_the_catalog_lacks()
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, HttpStatusCodes.Teapot)]\npublic partial class R { }");

        AssertSingle(output, "STG0100", DiagnosticSeverity.Error, 4, 40);
        AssertGenerates(output, "R", "NotFound");
    }

    [Fact]
    public void STG0100_a_custom_code_once_the_YAML_has_it_is_fine()
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, 499)]\npublic partial class R { }", StatusUnionTestSources.CustomSpec);

        Assert.Empty(output.GeneratorDiagnostics);
        AssertGenerates(output, "R", "NotFound", "ClientClosedRequest");
    }

    [Fact]
    public void STG0101_a_code_listed_twice()
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, HttpStatusCodes.Gone, 404)]\npublic partial class R { }");

        AssertSingle(output, "STG0101", DiagnosticSeverity.Warning, 4, 62);
        AssertGenerates(output, "R", "NotFound", "Gone");
    }

    [Fact]
    public void STG0102_an_informational_code()
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, HttpStatusCodes.Continue)]\npublic partial class R { }");

        var diagnostic = AssertSingle(output, "STG0102", DiagnosticSeverity.Error, 4, 40);
        Assert.Contains("1xx", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        AssertGenerates(output, "R", "NotFound");
    }

    [Theory]
    [InlineData("HttpStatusCodes.ImATeapot")]
    [InlineData("306")]
    public void STG0114_an_unused_code(string code)
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, " + code + ")]\npublic partial class R { }");

        var diagnostic = AssertSingle(output, "STG0114", DiagnosticSeverity.Error, 4, 40);
        Assert.Contains("unused", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        AssertGenerates(output, "R", "NotFound");
    }

    [Fact]
    public void STG0103_a_content_case_without_a_value_type()
    {
        var output = Run("[StatusUnion(HttpStatusCodes.Ok, HttpStatusCodes.NotFound)]\npublic partial class R { }");

        AssertSingle(output, "STG0103", DiagnosticSeverity.Error, 4, 14);
        AssertGenerates(output, "R", "NotFound");
    }

    [Fact]
    public void STG0104_a_value_type_without_a_content_case()
    {
        var output = Run("[StatusUnion(typeof(Order), HttpStatusCodes.NoContent, HttpStatusCodes.NotFound)]\npublic partial class R { }");

        AssertSingle(output, "STG0104", DiagnosticSeverity.Warning, 4, 14);
        AssertGenerates(output, "R", "NoContent", "NotFound");
    }

    [Fact]
    public void STG0105_a_class_that_is_not_partial() => AssertClassShape("public class R { }", "STG0105");

    [Fact]
    public void STG0106_a_static_class() => AssertClassShape("public static partial class R { }", "STG0106");

    [Fact]
    public void STG0107_a_generic_class() => AssertClassShape("public partial class R<T> { }", "STG0107");

    [Fact]
    public void STG0108_a_class_with_a_base_class() => AssertClassShape("public partial class R : System.Exception { }", "STG0108");

    /// <summary>A class that cannot take the generated part: the error at the attribute, and nothing generated for it.</summary>
    private static void AssertClassShape(string declaration, string id)
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound)]\n" + declaration);

        AssertSingle(output, id, DiagnosticSeverity.Error, 4, 2);
        AssertNothingGenerated(output, ".R");
    }

    [Fact]
    public void STG0109_nested_in_a_type_that_is_not_partial()
    {
        var output = Run("public static class Outer\n{\n    [StatusUnion(HttpStatusCodes.NotFound)]\n    public partial class R { }\n}");

        AssertSingle(output, "STG0109", DiagnosticSeverity.Error, 6, 6);
        AssertNothingGenerated(output, ".R");
    }

    [Fact]
    public void STG0110_no_codes()
    {
        var output = Run("[StatusUnion(typeof(Order))]\npublic partial class R { }");

        AssertSingle(output, "STG0110", DiagnosticSeverity.Error, 4, 2);
        AssertNothingGenerated(output, ".R");
    }

    [Fact]
    public void STG0111_a_case_name_that_a_declared_member_has() => AssertCaseNameCollides("public partial class R { public int NotFound => 1; }", "STG0111");

    [Fact]
    public void STG0115_a_case_named_like_the_class() => AssertCaseNameCollides("public partial class NotFound { }", "STG0115");

    private static void AssertCaseNameCollides(string declaration, string id)
    {
        var output = Run("[StatusUnion(HttpStatusCodes.Gone, HttpStatusCodes.NotFound)]\n" + declaration);

        AssertSingle(output, id, DiagnosticSeverity.Error, 4, 36);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }

    [Fact]
    public void STG0116_a_custom_code_named_like_a_generated_member()
    {
        const string spec = "version: 1\ncodes:\n  - code: 460\n    name: TryFrom\n    title: { en: Try From, ko: 시도 }\n";
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, 460)]\npublic partial class R { }", spec);

        AssertSingle(output, "STG0116", DiagnosticSeverity.Error, 4, 40);
        AssertGenerates(output, "R", "NotFound");
    }

    [Fact]
    public void STG0112_a_public_union_over_internal_generated_types()
    {
        var input = GeneratorHarness.Run(new GeneratorInput
        {
            Framework = TargetFramework.Net100AspNetCore,
            Sources = new[] { "using StatusGen;\nnamespace Shop\n{\n[StatusUnion(HttpStatusCodes.NotFound)]\npublic partial class R { }\n}\n" },
            GenerateDocumentation = false,
        });

        AssertSingle(input, "STG0112", DiagnosticSeverity.Error, 4, 2, "/project/Source0.cs");
        AssertNothingGenerated(input, ".R");
    }

    [Fact]
    public void STG0113_an_argument_that_is_not_a_code()
    {
        var output = Run("[StatusUnion(HttpStatusCodes.NotFound, \"410\")]\npublic partial class R { }");

        AssertSingle(output, "STG0113", DiagnosticSeverity.Error, 4, 40);
    }

    [Fact]
    public void Pragma_suppresses_a_warning_at_the_argument()
    {
        // The driver filters generator diagnostics as the compiler does: #pragma works because the location is in the tree.
        var input = StatusUnionTestSources.Input(StatusUnionTestSources.Order, "using StatusGen;\nnamespace Shop\n{\n#pragma warning disable STG0101\n[StatusUnion(HttpStatusCodes.NotFound, 404)]\n#pragma warning restore STG0101\npublic partial class R { }\n[StatusUnion(HttpStatusCodes.NotFound, 404)]\npublic partial class S { }\n}\n");
        var compilation = GeneratorHarness.CreateCompilation(input);
        var driver = GeneratorHarness.CreateDriver(input).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        // Both are reported; the compiler marks the one inside the #pragma suppressed (no warning in the build).
        Assert.Equal(2, driver.GetRunResult().Diagnostics.Length);
        Assert.Equal(5, Assert.Single(diagnostics, diagnostic => diagnostic.IsSuppressed).Location.GetLineSpan().StartLinePosition.Line + 1);
        var kept = Assert.Single(diagnostics, diagnostic => !diagnostic.IsSuppressed);
        Assert.Equal(8, kept.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_severity_from_the_compilation_options_applies()
    {
        var input = StatusUnionTestSources.Input(StatusUnionTestSources.Order, "using StatusGen;\nnamespace Shop\n{\n[StatusUnion(HttpStatusCodes.NotFound, 404)]\npublic partial class R { }\n}\n");
        var compilation = GeneratorHarness.CreateCompilation(input);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new[] { new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("STG0101", ReportDiagnostic.Error) }));
        GeneratorHarness.CreateDriver(input).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }
}
