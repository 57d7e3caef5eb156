using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using StatusGen.Diagnostics;

namespace StatusGen.Analyzers;

/// <summary>
/// STG1002: a <c>switch</c> expression or statement over <c>StatusResult&lt;T&gt;</c> or a <c>[StatusUnion]</c> class
/// whose arms (without <c>when</c>) leave cases unhandled and which has no discard, <c>var</c> or <c>default</c>: one
/// diagnostic at the <c>switch</c> keyword naming every missing case in catalog order. Silent where the class is
/// <c>closed</c>, because there the compiler's CS8509 names them. The fix "Add missing cases" is StatusGen.CodeFixes'.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class MissingSwitchCasesAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SwitchMissesCases);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ResultTypes.Find(start.Compilation, start.Options) is not { } results)
            {
                return;
            }

            // One diagnostic per switch even if a host hands the same switch over twice (a switch in code that is
            // bound more than once, such as a lambda's body, may be visited again).
            var reported = new ConcurrentDictionary<(SyntaxTree Tree, int Position), bool>();
            start.RegisterOperationAction(
                operation => Analyze(operation, results, reported),
                OperationKind.Switch,
                OperationKind.SwitchExpression);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ResultTypes results, ConcurrentDictionary<(SyntaxTree Tree, int Position), bool> reported)
    {
        var (value, keyword) = context.Operation switch
        {
            ISwitchExpressionOperation { Syntax: SwitchExpressionSyntax syntax } expression => (expression.Value, syntax.SwitchKeyword),
            ISwitchOperation { Syntax: SwitchStatementSyntax syntax } statement => (statement.Value, syntax.SwitchKeyword),
            _ => (null, default),
        };

        // A switch that does not parse yet (an arm being typed) has no arms to count: naming cases there is noise,
        // and the fix could not place new ones.
        if (value is null || context.Operation.Syntax.ContainsDiagnostics
            || results.HierarchyOf(value.Type, context.CancellationToken) is not { IsClosed: false } hierarchy)
        {
            return;
        }

        var missing = hierarchy.Missing(SwitchCoverage.Handled(hierarchy, context.Operation));
        if (missing.Count == 0 || !reported.TryAdd((keyword.SyntaxTree!, keyword.SpanStart), true))
        {
            return;
        }

        // The fix writes what the compiler would display here: the shortest names that bind at the switch, aliases
        // included (the full global:: name in the unlikely case the operation has no semantic model).
        var model = context.Operation.SemanticModel;
        var position = keyword.SpanStart;
        string NameOf(ITypeSymbol type) => model is null ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : type.ToMinimalDisplayString(model, position);
        var exception = context.Compilation.GetTypeByMetadataName("System.NotImplementedException");
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(CodeFixContract.CasesProperty, string.Join(CodeFixContract.CaseSeparator.ToString(), missing.Select(NameOf)))
            .Add(CodeFixContract.ExceptionProperty, exception is null ? "System.NotImplementedException" : NameOf(exception));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.SwitchMissesCases,
            keyword.GetLocation(),
            properties,
            ResultHierarchy.Display(hierarchy.Type),
            string.Join(", ", missing.Select(ResultHierarchy.Display))));
    }
}
