using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

            // A syntax action rather than an operation action: registering for operations makes the host build the
            // operation tree of every method body in the project (issue 15's cost benchmark measured +25% CPU for
            // STG1001 that way). Here only the governing expression is bound, and the switch's operation is built
            // only when it is over a result type.
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, results),
                SyntaxKind.SwitchExpression,
                SyntaxKind.SwitchStatement);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ResultTypes results)
    {
        var (governing, keyword) = context.Node switch
        {
            SwitchExpressionSyntax expression => (expression.GoverningExpression, expression.SwitchKeyword),
            SwitchStatementSyntax statement => (statement.Expression, statement.SwitchKeyword),
            _ => (null, default),
        };

        // A switch that does not parse yet (an arm being typed) has no arms to count: naming cases there is noise,
        // and the fix could not place new ones.
        if (governing is null || context.Node.ContainsDiagnostics)
        {
            return;
        }

        var model = context.SemanticModel;
        var governingType = model.GetTypeInfo(governing, context.CancellationToken).Type;
        if (results.HierarchyOf(governingType, context.CancellationToken) is not { IsClosed: false } hierarchy
            || model.GetOperation(context.Node, context.CancellationToken) is not { } operation
            || operation is not (ISwitchExpressionOperation or ISwitchOperation))
        {
            return;
        }

        var missing = hierarchy.Missing(SwitchCoverage.Handled(hierarchy, operation));
        if (missing.Count == 0)
        {
            return;
        }

        // The fix writes what the compiler would display here: the shortest names that bind at the switch, aliases
        // included.
        var position = keyword.SpanStart;
        string NameOf(ITypeSymbol type) => type.ToMinimalDisplayString(model, position);
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
