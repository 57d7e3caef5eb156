using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// What a user catalog (<see cref="TestSpecs.Extended"/>) changes in the generated code, as small snapshots of just
/// those parts: every member and switch arm that a custom code or flag adds, in every generated file, and the members
/// whose docs an override changes. The rest of each file is the standard catalog's, checked once by the standard
/// snapshots, so a wording change touches each sentence in one snapshot only.
/// </summary>
public sealed class ExtendedCatalogSnapshotTests
{
    /// <summary>The names <see cref="TestSpecs.Extended"/> adds: custom codes and the properties of custom flags.</summary>
    private static readonly string[] AddedNames = { "ClientClosedRequest", "MiscSuccess", "ThreeDSecureRequired", "IsClientAbort", "RequiresPayment" };

    /// <summary>Standard codes whose texts or flags <see cref="TestSpecs.Extended"/> overrides (404's title, 402's and 500's flags).</summary>
    private static readonly string[] OverriddenNames = { "NotFound", "PaymentRequired", "InternalServerError" };

    private static readonly Lazy<GeneratorOutput> Output = new(() => GeneratorHarness.Run(GeneratorInput.WithSpec(TestSpecs.Extended) with
    {
        Framework = TargetFramework.Net100AspNetCore,
        BuildProperties = new Dictionary<string, string> { ["RootNamespace"] = "Contoso.Orders" },
    }));

    [Fact]
    public void The_user_catalog_generates_and_compiles_cleanly()
    {
        Assert.Empty(Output.Value.GeneratorDiagnostics);
        Assert.Empty(Output.Value.CompilationProblems);
    }

    [Fact]
    public void Custom_codes_and_flags()
        => Snapshot.Verify("Extended.CustomCodes", Parts(Output.Value, AddedNames, includeSwitchArms: true));

    [Fact]
    public void Overridden_standard_codes()
        => Snapshot.Verify("Extended.Overrides", Parts(Output.Value, OverriddenNames, includeSwitchArms: false, onlyIn: "HttpStatus.g.cs"));

    /// <summary>
    /// The declarations named <paramref name="names"/> (with their docs) and, optionally, the switch arms and sections
    /// that mention one, file by file in hint-name order, each under a comment naming where it stands.
    /// </summary>
    private static string Parts(GeneratorOutput output, string[] names, bool includeSwitchArms, string? onlyIn = null)
    {
        var wanted = new HashSet<string>(names, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var (hintName, source) in output.Sources.Where(pair => onlyIn is null || pair.Key == onlyIn).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            var parts = root.DescendantNodes(node => !IsPart(node, wanted, includeSwitchArms))
                .Where(node => IsPart(node, wanted, includeSwitchArms))
                .ToList();
            foreach (var part in parts)
            {
                text.Append("// ").Append(hintName).Append(": ").Append(Where(part)).Append('\n');
                text.Append(Dedent(part.ToFullString().Trim('\n'))).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static bool IsPart(SyntaxNode node, HashSet<string> names, bool includeSwitchArms) => node switch
    {
        BaseTypeDeclarationSyntax type => names.Contains(type.Identifier.ValueText),
        PropertyDeclarationSyntax property => names.Contains(property.Identifier.ValueText),
        MethodDeclarationSyntax method => names.Contains(method.Identifier.ValueText),
        FieldDeclarationSyntax field => field.Declaration.Variables.Any(variable => names.Contains(variable.Identifier.ValueText)),
        EnumMemberDeclarationSyntax member => names.Contains(member.Identifier.ValueText),
        SwitchSectionSyntax or SwitchExpressionArmSyntax => includeSwitchArms && Mentions(node, names),
        _ => false,
    };

    private static bool Mentions(SyntaxNode node, HashSet<string> names)
        => node.DescendantTokens().Any(token => token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText));

    /// <summary>"StatusResult&lt;T&gt; > ReadStatusResultAsync": the enclosing types and member of a part.</summary>
    private static string Where(SyntaxNode part)
    {
        var enclosing = part.Ancestors()
            .Select(node => node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                _ => null,
            })
            .Where(name => name is not null)
            .Reverse();
        return string.Join(" > ", enclosing) is { Length: > 0 } path ? path : "(namespace)";
    }

    /// <summary>The part's lines with their common indentation removed, so a snapshot reads like the code.</summary>
    private static string Dedent(string text)
    {
        var lines = text.Split('\n');
        var indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart(' ').Length);
        return string.Join("\n", lines.Select(line => line.Length >= indent ? line.Substring(indent) : line.TrimStart(' ')));
    }
}
