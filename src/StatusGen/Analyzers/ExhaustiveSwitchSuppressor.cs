using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using StatusGen.Diagnostics;

namespace StatusGen.Analyzers;

/// <summary>
/// STG1100: suppresses CS8509 on a switch expression over <c>StatusResult&lt;T&gt;</c> or a <c>[StatusUnion]</c> class
/// whose arms handle every case (<see cref="SwitchCoverage"/>). The compiler cannot know the hierarchy is closed (below
/// C# 15's <c>closed</c>); the private constructor makes it so, and the generated cases are all there is. When the
/// catalog gains a code, the class gains a case, the arms no longer handle every case, and CS8509 is back.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class ExhaustiveSwitchSuppressor : DiagnosticSuppressor
{
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExhaustiveSwitch);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        ResultTypes? results = null;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            // CS8509 is reported at the switch keyword of the switch expression.
            var root = tree.GetRoot(context.CancellationToken);
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not SwitchExpressionSyntax syntax)
            {
                continue;
            }

            results ??= ResultTypes.Find(context.Compilation, context.Options);
            if (results is null)
            {
                return;
            }

            var model = context.GetSemanticModel(tree);
            if (model.GetOperation(syntax, context.CancellationToken) is ISwitchExpressionOperation operation
                && results.HierarchyOf(operation.Value.Type, context.CancellationToken) is { } hierarchy
                && hierarchy.Missing(SwitchCoverage.Handled(hierarchy, operation)).Count == 0)
            {
                context.ReportSuppression(Suppression.Create(DiagnosticDescriptors.ExhaustiveSwitch, diagnostic));
            }
        }
    }
}
