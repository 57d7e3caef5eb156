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
using StatusGen.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace StatusGen.CodeFixes;

/// <summary>
/// STG1002's fix, "Add missing cases": an arm per missing case, in catalog order, after the existing ones —
/// <c>GetOrderResult.Conflict => throw new NotImplementedException(),</c> in a switch expression and
/// <c>case GetOrderResult.Conflict: throw new NotImplementedException();</c> in a switch statement. The type names are
/// the analyzer's (<see cref="CodeFixContract.CasesProperty"/>): the shortest that bind at the switch, as the compiler
/// displays them there — the short name under a <c>using</c>, an alias where the file has one,
/// <c>System.NotImplementedException</c> without <c>using System;</c>. The analyzer sees the generated cases, which a
/// fix's document does not in every host, so the fix needs no semantic model and no simplifier. Below C# 9, which has
/// no type patterns, the arm is <c>GetOrderResult.Conflict _</c>.
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
            if (CasesOf(diagnostic) is not null)
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
        if (root is null)
        {
            return document;
        }

        var parseOptions = root.SyntaxTree.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var endOfLine = EndOfLineOf(root);
        var plans = new Dictionary<SyntaxNode, Arms>();
        foreach (var diagnostic in diagnostics)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (node is not (SwitchExpressionSyntax or SwitchStatementSyntax) || plans.ContainsKey(node) || CasesOf(diagnostic) is not { } cases)
            {
                continue;
            }

            var exception = diagnostic.Properties.TryGetValue(CodeFixContract.ExceptionProperty, out var name) && !string.IsNullOrEmpty(name) ? name! : "System.NotImplementedException";
            plans[node] = new Arms(cases, exception, parseOptions);
        }

        if (plans.Count == 0)
        {
            return document;
        }

        // ReplaceNodes hands each switch over with the switches nested in it already rewritten.
        var newRoot = root.ReplaceNodes(plans.Keys, (original, rewritten) => rewritten switch
        {
            SwitchExpressionSyntax expression => AddArms(expression, plans[original], endOfLine),
            SwitchStatementSyntax statement => AddSections(statement, plans[original], endOfLine),
            _ => rewritten,
        });
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The missing cases the analyzer named, as the file names them at the switch; null when there are none.</summary>
    private static string[]? CasesOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(CodeFixContract.CasesProperty, out var cases) && !string.IsNullOrEmpty(cases)
            ? cases!.Split(CodeFixContract.CaseSeparator)
            : null;

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax node, Arms arms, SyntaxTrivia endOfLine)
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

        for (var i = 0; i < arms.Cases.Length; i++)
        {
            if (elements.Count > 0)
            {
                if (elements[elements.Count - 1].IsNode)
                {
                    elements.Add(Comma());
                }

                var separatorTrivia = !multiline ? SyntaxTriviaList.Empty : i == 0 ? tail : TriviaList(endOfLine);
                elements[elements.Count - 1] = elements[elements.Count - 1].WithTrailingTrivia(separatorTrivia);
            }

            var leading = multiline ? TriviaList(Whitespace(indentation)) : elements.Count > 0 ? TriviaList(Space) : SyntaxTriviaList.Empty;
            elements.Add(arms.Arm(i).WithLeadingTrivia(leading));
        }

        if (multiline)
        {
            elements.Add(Comma().WithTrailingTrivia(endOfLine));
        }
        else
        {
            elements[elements.Count - 1] = elements[elements.Count - 1].WithTrailingTrivia(tail.Count > 0 ? tail : TriviaList(Space));
        }

        return node.WithArms(SeparatedList<SwitchExpressionArmSyntax>(elements));
    }

    private static SwitchStatementSyntax AddSections(SwitchStatementSyntax node, Arms arms, SyntaxTrivia endOfLine)
    {
        var indentation = node.Sections.Count > 0 ? IndentationOf(node.Sections[0].GetFirstToken()) : IndentationOf(node.CloseBraceToken) + "    ";
        var sections = node.Sections;
        for (var i = 0; i < arms.Cases.Length; i++)
        {
            sections = sections.Add(arms.Section(i).WithLeadingTrivia(Whitespace(indentation)).WithTrailingTrivia(endOfLine));
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

    /// <summary>A comma without elastic trivia, which a host's formatter would otherwise lay out anew.</summary>
    private static SyntaxToken Comma() => Token(SyntaxTriviaList.Empty, SyntaxKind.CommaToken, SyntaxTriviaList.Empty);

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

    /// <summary>
    /// The new arms of one switch, parsed from their text with the file's parse options: so each is exactly the tree the
    /// same text parses to (<c>GetOrderResult.Conflict</c> is a constant pattern to the parser), with no elastic trivia
    /// for a formatter to redo.
    /// </summary>
    private sealed class Arms
    {
        private readonly string _exception;
        private readonly CSharpParseOptions _options;
        private readonly bool _typePatterns;

        public Arms(string[] cases, string exception, CSharpParseOptions options)
        {
            Cases = cases;
            _exception = exception;
            _options = options;
            _typePatterns = options.LanguageVersion >= LanguageVersion.CSharp9;
        }

        /// <summary>The missing cases, as the file names them.</summary>
        public string[] Cases { get; }

        /// <summary><c>GetOrderResult.Conflict => throw new NotImplementedException()</c>.</summary>
        public SwitchExpressionArmSyntax Arm(int index)
        {
            var parsed = (SwitchExpressionSyntax)ParseExpression("_ switch { " + Pattern(index) + " => throw new " + _exception + "() }", options: _options);
            return parsed.Arms[0].WithoutTrivia();
        }

        /// <summary><c>case GetOrderResult.Conflict: throw new NotImplementedException();</c>.</summary>
        public SwitchSectionSyntax Section(int index)
        {
            var parsed = (SwitchStatementSyntax)ParseStatement("switch (_) { case " + Pattern(index) + ": throw new " + _exception + "(); }", options: _options);
            return parsed.Sections[0].WithoutTrivia();
        }

        /// <summary><c>GetOrderResult.Conflict</c> (C# 9 and later) or <c>GetOrderResult.Conflict _</c>, which C# 8 needs.</summary>
        private string Pattern(int index) => _typePatterns ? Cases[index] : Cases[index] + " _";
    }
}
