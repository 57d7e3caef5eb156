using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusGen.Benchmarks.Analyzers;

// Measuring probes, never loaded by a compiler: the rules for shipped analyzers (netstandard2.0, release tracking,
// extended rules, actions in the start action) do not apply.
#pragma warning disable RS1036, RS1041, RS2008, RS1012

/// <summary>
/// Analyzers that do nothing, to tell the host's own cost from StatusGen's in <see cref="AnalyzerCostQuickRun"/>'s
/// breakdown: what CompilationWithAnalyzers costs with an analyzer that only starts, and with one that is called on
/// every numeric literal as STG1001 is.
/// </summary>
internal static class ProbeAnalyzers
{
    private static readonly DiagnosticDescriptor Probe = new("PROBE0001", "Probe", "Probe", "Probe", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class StartOnly : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Probe);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(_ => { });
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EveryNumericLiteral : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Probe);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start => start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.NumericLiteralExpression));
        }
    }
}
