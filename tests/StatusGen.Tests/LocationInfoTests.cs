using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Diagnostics;
using StatusGen.Primitives;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// Diagnostic locations as values: a spec file becomes an external-file location; a place in C# code is kept as
/// path and span and put back inside the compilation's syntax tree when reported, so <c>#pragma</c> applies to it.
/// </summary>
public sealed class LocationInfoTests
{
    private const string SourcePath = "/project/Orders.cs";

    private const string Source = "namespace Consumer\n{\n    internal static class Orders\n    {\n        internal static int Code => 404;\n    }\n}\n";

#pragma warning disable RS2008 // A test descriptor: not part of the generator's release.
    private static readonly DiagnosticDescriptor Probe = new(
        "STG9999", "Probe", "Probe at {0}", "StatusGen.Usage", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

    private static CSharpCompilation Compile(string source)
        => CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(source, path: SourcePath) });

    private static Location LiteralLocation(Compilation compilation)
        => compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().GetLocation();

    [Fact]
    public void A_spec_file_location_is_an_external_file_with_the_stored_line_and_column()
    {
        var location = LocationInfo.InAdditionalFile("/project/status-codes.yaml", new SourceSpan(20, 3, 2, 10, 2, 13)).ToLocation(Compile(Source));

        Assert.Equal(LocationKind.ExternalFile, location.Kind);
        Assert.Equal(new TextSpan(20, 3), location.SourceSpan);
        Assert.Equal(new LinePosition(2, 10), location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void A_source_location_goes_back_into_the_compilations_tree()
    {
        var compilation = Compile(Source);
        var original = LiteralLocation(compilation);

        var info = LocationInfo.From(original);
        var location = info.ToLocation(compilation);

        Assert.Equal(LocationFileKind.SourceFile, info.FileKind);
        Assert.Equal(LocationKind.SourceFile, location.Kind);
        Assert.Same(compilation.SyntaxTrees.Single(), location.SourceTree);
        Assert.Equal(original, location);
        Assert.Equal(new LinePosition(4, 36), location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void A_source_location_whose_tree_is_gone_falls_back_to_the_same_place_as_an_external_file()
    {
        var info = LocationInfo.From(LiteralLocation(Compile(Source)));

        var location = info.ToLocation(CSharpCompilation.Create("Empty"));

        Assert.Equal(LocationKind.ExternalFile, location.Kind);
        Assert.Equal(SourcePath, location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(4, 36), location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Locations_and_diagnostics_compare_by_value_and_keep_no_tree()
    {
        // Two parses of the same text are two trees, as after an edit that changed nothing here: the cached
        // diagnostics must still compare equal, or the pipeline would report them as changed on every keystroke.
        var first = DiagnosticInfo.Create(Probe, LocationInfo.From(LiteralLocation(Compile(Source))), "x");
        var second = DiagnosticInfo.Create(Probe, LocationInfo.From(LiteralLocation(Compile(Source))), "x");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Location = second.Location! with { FileKind = LocationFileKind.AdditionalFile } });
    }

    [Fact]
    public async Task A_pragma_suppresses_a_diagnostic_reported_in_the_tree()
    {
        var source = Source.Replace("        internal static int Code", "#pragma warning disable STG9999\n        internal static int Code", System.StringComparison.Ordinal);

        Assert.Single(await ReportAsync(Source));
        Assert.Empty(await ReportAsync(source));
    }

    private static async Task<ImmutableArray<Diagnostic>> ReportAsync(string source)
    {
        var compilation = Compile(source);
        var info = DiagnosticInfo.Create(Probe, LocationInfo.From(LiteralLocation(compilation)), "the literal");
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReportingAnalyzer(info)));
        return await analyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Reports one stored diagnostic through <see cref="DiagnosticInfo.ToDiagnostic(Compilation)"/>, as a reporting stage would.</summary>
#pragma warning disable RS1001, RS1036, RS1038, RS1041 // A test double run in process, not a shipped analyzer.
    private sealed class ReportingAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticInfo _diagnostic;

        public ReportingAnalyzer(DiagnosticInfo diagnostic) => _diagnostic = diagnostic;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_diagnostic.Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(compilationContext => compilationContext.ReportDiagnostic(_diagnostic.ToDiagnostic(compilationContext.Compilation)));
        }
    }
#pragma warning restore RS1001, RS1036, RS1038, RS1041
}
