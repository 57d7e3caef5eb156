using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatusGen.Analyzers;

namespace StatusGen.Benchmarks.RealCode;

/// <summary>An int literal of a catalog code in a place that reads like an HTTP status, found from syntax alone.</summary>
/// <param name="Location">The literal.</param>
/// <param name="Code">Its value.</param>
/// <param name="Reason">Why it reads like a status (<c>argument of ProducesResponseType</c>, <c>assignment to StatusCode</c>).</param>
/// <param name="Bound">Whether the compiler bound the construct around it (false: a missing reference hid what it is).</param>
/// <param name="Shape">The source line with the literal written <c>#</c> and runs of blanks as one, to group like uses.</param>
internal sealed record StatusLiteralCandidate(Location Location, int Code, string Reason, bool Bound, string Shape);

/// <summary>
/// The cross-check of the real-code run: every <c>int</c> literal the catalog names, placed where a reader would take
/// it for an HTTP status, found by looking at names in the syntax (<c>StatusCode</c>, <c>Produces…</c>,
/// <c>statusCode:</c>, a comparison with something called <c>…Status…</c>), not by binding. Compared with what STG1001
/// reported, it shows misses, including those where a reference the run could not resolve left the code unbound.
/// Deliberately broader than the rule: what it finds and the rule leaves alone is read by hand.
/// </summary>
internal static class StatusLiteralCandidates
{
    private static readonly Regex Blanks = new(@"\s+", RegexOptions.Compiled);

    public static IEnumerable<StatusLiteralCandidate> Find(SyntaxTree tree, SemanticModel model, GeneratedStatusCodes codes)
    {
        foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
        {
            if (!literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.Token.Value is not int code || codes.NameOf(code) is null)
            {
                continue;
            }

            if (Reason(literal, model) is not { } found)
            {
                continue;
            }

            yield return new StatusLiteralCandidate(literal.GetLocation(), code, found.Reason, found.Bound, Shape(literal.GetLocation()));
        }
    }

    /// <summary>The line of <paramref name="location"/> with the located text written <c>#</c> and runs of blanks as one.</summary>
    public static string Shape(Location location)
    {
        var text = location.SourceTree!.GetText();
        var line = text.Lines.GetLineFromPosition(location.SourceSpan.Start);
        var lineText = line.ToString().AsSpan();
        var column = location.SourceSpan.Start - line.Start;
        return Blanks.Replace(string.Concat(lineText[..column], "#", lineText[(column + location.SourceSpan.Length)..]), " ").Trim();
    }

    private static (string Reason, bool Bound)? Reason(LiteralExpressionSyntax literal, SemanticModel model)
    {
        SyntaxNode node = literal;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } argument:
            {
                var name = LastName(attribute.Name);
                var named = argument.NameColon?.Name.Identifier.ValueText ?? argument.NameEquals?.Name.Identifier.ValueText;
                if (IsStatusName(named) || IsStatusCall(name))
                {
                    return ("argument of [" + name + "]" + (named is null ? string.Empty : " named " + named), model.GetSymbolInfo(attribute).Symbol is not null);
                }

                return null;
            }

            case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: { } call } } argument:
            {
                var name = call switch
                {
                    InvocationExpressionSyntax invocation => LastName(invocation.Expression),
                    ObjectCreationExpressionSyntax creation => LastName(creation.Type),
                    ImplicitObjectCreationExpressionSyntax => "new",
                    ConstructorInitializerSyntax => "base",
                    _ => null,
                };
                var named = argument.NameColon?.Name.Identifier.ValueText;
                var symbol = model.GetSymbolInfo(call).Symbol;
                var parameter = symbol is IMethodSymbol method ? ParameterOf(argument, method) : null;
                if (IsStatusName(named) || IsStatusName(parameter) || IsStatusCall(name))
                {
                    return ("argument of " + (name ?? call.Kind().ToString()) + (parameter ?? named) switch { null => string.Empty, var p => " for " + p }, symbol is not null);
                }

                return null;
            }

            case AssignmentExpressionSyntax assignment when assignment.Right == node && IsStatusName(LastName(assignment.Left)):
                return ("assignment to " + LastName(assignment.Left), model.GetSymbolInfo(assignment.Left).Symbol is not null);

            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when IsStatusName(declarator.Identifier.ValueText):
                return ("initial value of " + declarator.Identifier.ValueText, true);

            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsStatusName(property.Identifier.ValueText):
                return ("initial value of property " + property.Identifier.ValueText, true);

            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsStatusName(property.Identifier.ValueText):
                return ("value of property " + property.Identifier.ValueText, true);

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
            {
                var other = binary.Left == node ? binary.Right : binary.Left;
                return LooksLikeStatus(other) ? ("comparison with " + Compact(other), model.GetTypeInfo(other).Type is { TypeKind: not TypeKind.Error }) : null;
            }

            case CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } when LooksLikeStatus(statement.Expression):
                return ("case label of switch (" + Compact(statement.Expression) + ")", model.GetTypeInfo(statement.Expression).Type is { TypeKind: not TypeKind.Error });

            case ConstantPatternSyntax pattern when Governing(pattern) is { } governing && LooksLikeStatus(governing):
                return ("pattern against " + Compact(governing), model.GetTypeInfo(governing).Type is { TypeKind: not TypeKind.Error });

            default:
                return null;
        }
    }

    /// <summary>The expression a constant pattern is matched against, through <c>or</c>/<c>and</c>/<c>not</c>.</summary>
    private static ExpressionSyntax? Governing(PatternSyntax pattern)
    {
        SyntaxNode? node = pattern;
        while (node?.Parent is BinaryPatternSyntax or UnaryPatternSyntax or ParenthesizedPatternSyntax)
        {
            node = node.Parent;
        }

        return node?.Parent switch
        {
            IsPatternExpressionSyntax isPattern => isPattern.Expression,
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } => switchExpression.GoverningExpression,
            CasePatternSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } => statement.Expression,
            _ => null,
        };
    }

    private static string? ParameterOf(ArgumentSyntax argument, IMethodSymbol method)
    {
        if (argument.NameColon is { } nameColon)
        {
            return nameColon.Name.Identifier.ValueText;
        }

        var index = argument.Parent is BaseArgumentListSyntax list ? list.Arguments.IndexOf(argument) : -1;
        return index >= 0 && index < method.Parameters.Length ? method.Parameters[index].Name : null;
    }

    private static bool LooksLikeStatus(ExpressionSyntax expression)
    {
        var text = expression.ToString();
        return text.Contains("Status", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".Code", StringComparison.Ordinal);
    }

    private static bool IsStatusName(string? name) => name is not null && name.Contains("status", StringComparison.OrdinalIgnoreCase);

    private static bool IsStatusCall(string? name)
        => name is not null
           && (name.Contains("StatusCode", StringComparison.Ordinal) || name.StartsWith("Produces", StringComparison.Ordinal)
               || name.Contains("Response", StringComparison.Ordinal)
               || name is "Problem" or "ValidationProblem" or "ProblemDetails" or "Json");

    private static string? LastName(SyntaxNode node) => node switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static string Compact(SyntaxNode node)
    {
        var text = Blanks.Replace(node.ToString(), " ");
        return text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }
}
