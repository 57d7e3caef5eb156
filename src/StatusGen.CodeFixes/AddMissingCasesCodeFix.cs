using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using StatusGen.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace StatusGen.CodeFixes;

/// <summary>
/// STG1002's fix, "Add missing cases": an arm per missing case, in catalog order, after the existing ones —
/// <c>GetOrderResult.Conflict => throw new NotImplementedException(),</c> in a switch expression and
/// <c>case GetOrderResult.Conflict: throw new NotImplementedException();</c> in a switch statement. The type names are
/// written fully qualified and reduced by the simplifier, so they come out the way the file compiles them (the short
/// name under a <c>using</c>, an alias where the file has one, <c>System.NotImplementedException</c> without
/// <c>using System;</c>). Below C# 9, which has no type patterns, the arm is <c>GetOrderResult.Conflict _</c>.
/// Fix All applies it to every switch of a document, project or solution, one edit per document.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingCasesCodeFix))]
[Shared]
public sealed class AddMissingCasesCodeFix : CodeFixProvider
{
    private const string Title = "Add missing cases";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CodeFixContract.SwitchMissesCasesId);

    /// <summary>All of a document's switches in one edit (nested switches included: each is rewritten inside the other).</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(CodeFixContract.CasesProperty, out var cases) && !string.IsNullOrEmpty(cases))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!, equivalenceKey: nameof(AddMissingCasesCodeFix)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var exception = TypeName(generator, model.Compilation.GetTypeByMetadataName("System.NotImplementedException"), "global::System.NotImplementedException");
        var typePatterns = root.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp9 };
        var endOfLine = EndOfLineOf(root);

        var plans = new Dictionary<SyntaxNode, List<TypeSyntax>>();
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CodeFixContract.CasesProperty, out var names) || string.IsNullOrEmpty(names))
            {
                continue;
            }

            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            var governing = node switch
            {
                SwitchExpressionSyntax expression => expression.GoverningExpression,
                SwitchStatementSyntax statement => statement.Expression,
                _ => null,
            };
            if (node is null || governing is null || plans.ContainsKey(node)
                || model.GetTypeInfo(governing, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } union)
            {
                continue;
            }

            var caseTypes = new List<TypeSyntax>();
            foreach (var name in names!.Split(CodeFixContract.CaseSeparator))
            {
                var @case = union.GetTypeMembers(name).FirstOrDefault(member => SymbolEqualityComparer.Default.Equals(member.BaseType, union.WithNullableAnnotation(NullableAnnotation.NotAnnotated)));
                if (@case is not null)
                {
                    caseTypes.Add(TypeName(generator, @case, fallback: null));
                }
            }

            if (caseTypes.Count > 0)
            {
                plans[node] = caseTypes;
            }
        }

        if (plans.Count == 0)
        {
            return document;
        }

        // ReplaceNodes hands each switch over with the switches nested in it already rewritten.
        var newRoot = root.ReplaceNodes(plans.Keys, (original, rewritten) => rewritten switch
        {
            SwitchExpressionSyntax expression => AddArms(expression, plans[original], exception, typePatterns, endOfLine),
            SwitchStatementSyntax statement => AddSections(statement, plans[original], exception, typePatterns, endOfLine),
            _ => rewritten,
        });
        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(newRoot), Simplifier.Annotation, optionSet: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The type, fully qualified and marked for the simplifier; spaced as written by hand (<c>Dictionary&lt;string, int&gt;</c>).</summary>
    private static TypeSyntax TypeName(SyntaxGenerator generator, INamedTypeSymbol? type, string? fallback)
    {
        var syntax = type is not null ? (TypeSyntax)generator.TypeExpression(type) : ParseTypeName(fallback!);
        return syntax.NormalizeWhitespace().WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary><c>GetOrderResult.Conflict</c> (C# 9 and later) or <c>GetOrderResult.Conflict _</c>.</summary>
    private static PatternSyntax Pattern(TypeSyntax type, bool typePatterns)
        => typePatterns ? TypePattern(type) : DeclarationPattern(type, DiscardDesignation());

    private static ObjectCreationExpressionSyntax NewException(TypeSyntax exception)
        => ObjectCreationExpression(Token(SyntaxKind.NewKeyword).WithTrailingTrivia(Space), exception, ArgumentList(), initializer: null);

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax node, List<TypeSyntax> caseTypes, TypeSyntax exception, bool typePatterns, SyntaxTrivia endOfLine)
    {
        var elements = node.Arms.GetWithSeparators().ToList();
        var firstToken = node.Arms.Count > 0 ? node.Arms[0].GetFirstToken() : node.CloseBraceToken;
        var multiline = HasEndOfLine(node.OpenBraceToken.TrailingTrivia) || HasEndOfLine(firstToken.LeadingTrivia);
        var indentation = node.Arms.Count > 0 ? IndentationOf(firstToken) : IndentationOf(node.CloseBraceToken) + "    ";

        // What followed the last arm (a comment, the line end) stays where it was: after it, before the new arms.
        var tail = SyntaxTriviaList.Empty;
        if (elements.Count > 0)
        {
            tail = elements[elements.Count - 1].GetTrailingTrivia();
            elements[elements.Count - 1] = elements[elements.Count - 1].WithTrailingTrivia(SyntaxTriviaList.Empty);
        }

        if (multiline && !HasEndOfLine(tail))
        {
            tail = TriviaList(endOfLine);
        }

        for (var i = 0; i < caseTypes.Count; i++)
        {
            if (elements.Count > 0)
            {
                if (elements[elements.Count - 1].IsNode)
                {
                    elements.Add(Token(SyntaxKind.CommaToken));
                }

                var separatorTrivia = !multiline ? SyntaxTriviaList.Empty : i == 0 ? tail : TriviaList(endOfLine);
                elements[elements.Count - 1] = elements[elements.Count - 1].WithTrailingTrivia(separatorTrivia);
            }

            var leading = multiline ? TriviaList(Whitespace(indentation)) : elements.Count > 0 ? TriviaList(Space) : SyntaxTriviaList.Empty;
            elements.Add(SwitchExpressionArm(
                    Pattern(caseTypes[i], typePatterns),
                    whenClause: null,
                    Token(SyntaxKind.EqualsGreaterThanToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space),
                    ThrowExpression(Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space), NewException(exception)))
                .WithLeadingTrivia(leading));
        }

        if (multiline)
        {
            elements.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine));
        }
        else
        {
            elements[elements.Count - 1] = elements[elements.Count - 1].WithTrailingTrivia(tail.Count > 0 ? tail : TriviaList(Space));
        }

        return node.WithArms(SeparatedList<SwitchExpressionArmSyntax>(elements));
    }

    private static SwitchStatementSyntax AddSections(SwitchStatementSyntax node, List<TypeSyntax> caseTypes, TypeSyntax exception, bool typePatterns, SyntaxTrivia endOfLine)
    {
        var indentation = node.Sections.Count > 0 ? IndentationOf(node.Sections[0].GetFirstToken()) : IndentationOf(node.CloseBraceToken) + "    ";
        var sections = node.Sections;
        foreach (var type in caseTypes)
        {
            SwitchLabelSyntax label = CasePatternSwitchLabel(
                Token(SyntaxKind.CaseKeyword).WithTrailingTrivia(Space),
                Pattern(type, typePatterns),
                whenClause: null,
                Token(SyntaxKind.ColonToken).WithTrailingTrivia(Space));
            var statement = ThrowStatement(
                attributeLists: default,
                Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space),
                NewException(exception),
                Token(SyntaxKind.SemicolonToken));
            var section = SwitchSection(SingletonList(label), SingletonList<StatementSyntax>(statement.WithTrailingTrivia(endOfLine)))
                .WithLeadingTrivia(Whitespace(indentation));
            sections = sections.Add(section);
        }

        // A switch whose sections end on the brace's line ("{ }") gets its brace on a line of its own.
        var closeBrace = node.CloseBraceToken;
        if (!HasEndOfLine(closeBrace.LeadingTrivia) && node.Sections.Count == 0 && !HasEndOfLine(node.OpenBraceToken.TrailingTrivia))
        {
            node = node.WithOpenBraceToken(node.OpenBraceToken.WithTrailingTrivia(endOfLine));
            closeBrace = closeBrace.WithLeadingTrivia(Whitespace(IndentationOf(closeBrace)));
        }

        return node.WithSections(sections).WithCloseBraceToken(closeBrace);
    }

    private static bool HasEndOfLine(SyntaxTriviaList trivia) => trivia.Any(item => item.IsKind(SyntaxKind.EndOfLineTrivia));

    /// <summary>The whitespace before <paramref name="token"/> on its line: the last of its leading trivia, when that is whitespace.</summary>
    private static string IndentationOf(SyntaxToken token)
    {
        var leading = token.LeadingTrivia;
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? leading[leading.Count - 1].ToString() : string.Empty;
    }

    /// <summary>The file's line ending (the first one in it), so new lines match the lines around them.</summary>
    private static SyntaxTrivia EndOfLineOf(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return CarriageReturnLineFeed;
    }
}
