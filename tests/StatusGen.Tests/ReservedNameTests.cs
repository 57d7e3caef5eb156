using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StatusGen.Model;
using StatusGen.Spec;
using StatusGen.Tests.Infrastructure;
using StatusGen.Validation;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// A code or flag property named like a member the emitters write would break the consumer's build inside generated
/// code (CS0102, CS0111, CS0542). The names a catalog cannot take are <see cref="ReservedNames"/>; these tests derive
/// the set from the compiled generated types themselves, so it cannot drift from what the emitters write.
/// </summary>
public sealed class ReservedNameTests
{
    /// <summary>The types whose members include a member per code or per flag.</summary>
    private static readonly string[] TypesNamedFromTheCatalog = { "HttpStatus", "HttpStatusCodes", "StatusResult" };

    /// <summary>
    /// The names a catalog name could collide with, as the compiled output has them: every generated type's name
    /// (a case or property named like one would shadow it inside generated code); and in each type that gets a member
    /// per code or flag, every member of any accessibility, nested type, type parameter and inherited member (a
    /// duplicate is CS0102, a hidden inherited member CS0108); and in each <c>StatusResult&lt;T&gt;</c> case, the case's
    /// own members (a member named like its class is CS0542). Minus the names the catalog itself gave.
    /// </summary>
    private static SortedSet<string> NamesACatalogNameCouldCollideWith(GeneratorOutput output, string spec)
    {
        var catalog = CatalogBuilder.Build(
            StandardCatalog.Document,
            new[] { SpecParser.Parse("/project/status-codes.yaml", spec, CancellationToken.None) },
            CancellationToken.None).Catalog;
        var fromCatalog = new HashSet<string>(
            catalog.Codes.Select(code => code.Name).Concat(catalog.Flags.Where(flag => !flag.IsStandard).Select(flag => flag.PropertyName)),
            StringComparer.Ordinal);

        var generatedTrees = new HashSet<SyntaxTree>(output.Result.GeneratedSources.Select(source => source.SyntaxTree));
        var generatedTypes = output.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingType is null
                           && type.ContainingNamespace.ToDisplayString() == GeneratedNamespace
                           && type.DeclaringSyntaxReferences.Any(reference => generatedTrees.Contains(reference.SyntaxTree)))
            .ToList();

        var names = new SortedSet<string>(generatedTypes.Select(type => type.Name), StringComparer.Ordinal);
        foreach (var type in generatedTypes.Where(type => TypesNamedFromTheCatalog.Contains(type.Name)))
        {
            AddScope(names, type, withInherited: true);
            foreach (var nested in type.GetTypeMembers())
            {
                names.Add(nested.Name);
                if (SymbolEqualityComparer.Default.Equals(nested.BaseType?.OriginalDefinition, type))
                {
                    AddScope(names, nested, withInherited: false);
                }
            }
        }

        names.ExceptWith(fromCatalog);
        return names;
    }

    private static void AddScope(SortedSet<string> names, INamedTypeSymbol type, bool withInherited)
    {
        names.UnionWith(type.TypeParameters.Select(parameter => parameter.Name));
        for (var current = type; current is not null; current = withInherited ? current.BaseType : null)
        {
            foreach (var member in current.GetMembers())
            {
                var visible = SymbolEqualityComparer.Default.Equals(current, type)
                              || member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;
                if (!visible || !member.CanBeReferencedByName && member is not IMethodSymbol { MethodKind: MethodKind.Destructor })
                {
                    continue;
                }

                names.Add(member.Name);
                if (member is IMethodSymbol method)
                {
                    names.UnionWith(method.TypeParameters.Select(parameter => parameter.Name));
                }
            }
        }
    }

    private const string GeneratedNamespace = "StatusGen.Tests.Generated";

    private static GeneratorOutput RunWithEveryPart(string spec) => GeneratorHarness.Run(GeneratorInput.WithSpec(spec) with
    {
        Framework = TargetFramework.Net100AspNetCore,
        BuildProperties = new Dictionary<string, string> { ["StatusGenNamespace"] = GeneratedNamespace },
    });

    [Fact]
    public void Reserved_names_are_exactly_the_names_the_emitters_write()
    {
        var output = RunWithEveryPart(TestSpecs.Extended);
        Assert.Empty(output.CompilationProblems);

        var written = NamesACatalogNameCouldCollideWith(output, TestSpecs.Extended);
        var reserved = new SortedSet<string>(ReservedNames.All.Except(ReservedNames.ForPlannedMembers), StringComparer.Ordinal);

        // Both directions: a member an emitter adds must be reserved, and a reserved name nothing writes is stale.
        Assert.True(
            written.SetEquals(reserved),
            "Written but not reserved: " + string.Join(", ", written.Except(reserved))
            + "\nReserved but not written: " + string.Join(", ", reserved.Except(written)));
    }

    [Fact]
    public void Every_reserved_name_is_refused_in_the_YAML_and_the_rest_still_compiles()
    {
        // One custom code per reserved name (codes 250...), and one custom flag property per reserved name.
        var names = ReservedNames.All.OrderBy(name => name, StringComparer.Ordinal).ToList();
        var lines = new List<string> { "version: 1", "flags:" };
        for (var i = 0; i < names.Count; i++)
        {
            lines.Add("  flag-" + i.ToString(CultureInfo.InvariantCulture) + ": { property: " + names[i] + ", title: { en: Flag } }");
        }

        lines.Add("codes:");
        for (var i = 0; i < names.Count; i++)
        {
            var code = i < 50 ? 250 + i : 550 + (i - 50);
            lines.Add("  - { code: " + code.ToString(CultureInfo.InvariantCulture) + ", name: " + names[i] + ", title: { en: Custom " + i.ToString(CultureInfo.InvariantCulture) + ", ko: 사용자 } }");
        }

        Assert.True(names.Count <= 100, "the test spreads the names over codes 250-299 and 550-599");
        var spec = string.Join("\n", lines) + "\n";
        var output = RunWithEveryPart(spec);

        var refused = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "STG0008").ToList();
        Assert.Equal(2 * names.Count, refused.Count);
        Assert.All(refused, diagnostic => Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line > 0));
        Assert.Empty(output.CompilationProblems);
    }
}
