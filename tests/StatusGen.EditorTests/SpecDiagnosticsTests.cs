using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>A mistake in the YAML shows in the editor at the YAML file's line and column.</summary>
public sealed class SpecDiagnosticsTests
{
    [Fact]
    public async Task A_YAML_error_maps_to_the_YAML_document()
    {
        const string Spec = "version: 1\ncodes:\n  - code: 404\n    flags: [retryabel]\n";
        using var workspace = GeneratorWorkspace.Create("namespace Consumer { internal static class Program { private static void Main() { } } }", Spec);

        var driverDiagnostics = await GeneratorDiagnosticsAsync(workspace.Project);

        var diagnostic = Assert.Single(driverDiagnostics);
        Assert.Equal("STG0051", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorWorkspace.SpecPath, span.Path);
        Assert.Equal((3, 12), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);

        var additional = workspace.Project.AdditionalDocuments.Single(document => document.FilePath == span.Path);
        var text = await additional.GetTextAsync();
        Assert.Equal("retryabel", text.ToString(diagnostic.Location.SourceSpan));
    }

    /// <summary>
    /// The diagnostics the IDE shows for source generators come from <c>Project.GetSourceGeneratorDiagnosticsAsync</c>,
    /// which Roslyn keeps internal; it is called by reflection so the test sees exactly what the IDE sees.
    /// </summary>
    private static async Task<ImmutableArray<Diagnostic>> GeneratorDiagnosticsAsync(Project project)
    {
        var method = typeof(Project).GetMethod("GetSourceGeneratorDiagnosticsAsync", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new InvalidOperationException("Roslyn no longer has Project.GetSourceGeneratorDiagnosticsAsync; update this test.");
        var result = method.Invoke(project, new object[] { CancellationToken.None })!;
        return await (ValueTask<ImmutableArray<Diagnostic>>)result;
    }

    [Fact]
    public async Task Generated_code_has_no_documentation_warnings()
    {
        using var workspace = GeneratorWorkspace.Create("namespace Consumer { internal static class Program { private static void Main() { } } }");

        var compilation = await workspace.Project.GetCompilationAsync();

        Assert.DoesNotContain(
            compilation!.GetDiagnostics(),
            diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
    }
}
