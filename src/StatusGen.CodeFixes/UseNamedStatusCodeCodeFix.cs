using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatusGen.Diagnostics;

namespace StatusGen.CodeFixes;

/// <summary>
/// STG1001's fix: the literal becomes <c>HttpStatusCodes.NotFound</c>, written as the file can compile it — the short
/// name where it already means the generated type, else with a <c>using</c> of the generated namespace added, else (when
/// another <c>HttpStatusCodes</c> is in scope) the full <c>global::</c> name. Decided with the semantic model rather than
/// the simplifier, so the result does not depend on the host's formatting options. Fix All applies it to a document,
/// project or solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNamedStatusCodeCodeFix))]
[Shared]
public sealed class UseNamedStatusCodeCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CodeFixContract.UseNamedStatusCodeId);

    /// <summary>All of a document's literals in one edit, so the <c>using</c> is added once (a batch of single fixes would each add it).</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !diagnostic.Properties.TryGetValue(CodeFixContract.NameProperty, out var name) || name is null
                || !diagnostic.Properties.TryGetValue(CodeFixContract.NamespaceProperty, out var @namespace) || @namespace is null)
            {
                continue;
            }

            var title = "Use HttpStatusCodes." + name;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!, equivalenceKey: nameof(UseNamedStatusCodeCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        string? usingToAdd = null;
        foreach (var diagnostic in diagnostics)
        {
            if (compilationUnit.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !diagnostic.Properties.TryGetValue(CodeFixContract.NameProperty, out var name) || name is null
                || !diagnostic.Properties.TryGetValue(CodeFixContract.NamespaceProperty, out var @namespace) || @namespace is null)
            {
                continue;
            }

            var (typeName, addUsing) = HowToName(model, compilationUnit, literal, @namespace);
            replacements[literal] = SyntaxFactory.ParseExpression(typeName + "." + name).WithTriviaFrom(literal);
            usingToAdd ??= addUsing ? @namespace : null;
        }

        var newRoot = compilationUnit.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return document.WithSyntaxRoot(usingToAdd is null ? newRoot : AddUsing(newRoot, usingToAdd));
    }

    /// <summary>
    /// How <c>HttpStatusCodes</c> is written at <paramref name="literal"/>: the short name where it already means the
    /// generated type (or will, with the <c>using</c> this returns to add), else the full <c>global::</c> name.
    /// </summary>
    private static (string TypeName, bool AddUsing) HowToName(SemanticModel model, CompilationUnitSyntax root, LiteralExpressionSyntax literal, string @namespace)
    {
        // Where the host runs the generator, the semantic model knows the generated type; where it does not (some
        // hosts and tests analyze a compilation the fix's document lacks), the file's usings and namespaces decide.
        var constants = model.Compilation.GetTypeByMetadataName(@namespace + ".HttpStatusCodes");
        var inScope = model.LookupNamespacesAndTypes(literal.SpanStart, name: "HttpStatusCodes");
        var hasUsing = HasUsing(root, @namespace) || IsInside(literal, @namespace);
        var shortName = constants is not null
            ? inScope.Length == 1 && SymbolEqualityComparer.Default.Equals(inScope[0], constants)
            : inScope.IsEmpty && hasUsing;
        if (shortName)
        {
            return ("HttpStatusCodes", false);
        }

        return inScope.IsEmpty && !hasUsing ? ("HttpStatusCodes", true) : ("global::" + @namespace + ".HttpStatusCodes", false);
    }

    /// <summary>Whether <paramref name="node"/> stands in <paramref name="namespace"/> or one of its children.</summary>
    private static bool IsInside(SyntaxNode node, string @namespace)
    {
        foreach (var declaration in node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
        {
            var name = declaration.Name.ToString();
            if (name == @namespace || name.StartsWith(@namespace + ".", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUsing(CompilationUnitSyntax root, string @namespace)
    {
        foreach (var directive in root.Usings)
        {
            if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == @namespace)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds <c>using Namespace;</c> among the file's usings, in ordinal order after the System ones.</summary>
    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, string @namespace)
    {
        // Parsed rather than built, so the directive's tokens and trivia are exactly what the same text would parse to.
        var usings = root.Usings;
        var lineEnd = usings.Count > 0 && usings[0].ToFullString().EndsWith("\r\n", System.StringComparison.Ordinal) ? "\r\n" : "\n";
        var directive = SyntaxFactory.ParseCompilationUnit("using " + @namespace + ";" + lineEnd).Usings[0];
        var index = 0;
        while (index < usings.Count && ComesBefore(usings[index], @namespace))
        {
            index++;
        }

        return root.WithUsings(usings.Insert(index, directive));
    }

    private static bool ComesBefore(UsingDirectiveSyntax existing, string @namespace)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
        {
            return false;
        }

        var name = existing.Name.ToString();
        var existingIsSystem = name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal);
        var newIsSystem = @namespace == "System" || @namespace.StartsWith("System.", System.StringComparison.Ordinal);
        return existingIsSystem != newIsSystem ? existingIsSystem : string.CompareOrdinal(name, @namespace) < 0;
    }
}
