using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>Rules the catalog's content must follow beyond what the schema can express.</summary>
public sealed class CatalogRulesTests
{
    /// <summary>Names that deliberately do not follow the title rule: (Unused) would give two members called
    /// Unused, so both take the name the code is widely known by (also ASP.NET Core's StatusCodes names).</summary>
    private static readonly FrozenDictionary<int, string> NamingExceptions = new Dictionary<int, string>
    {
        [306] = "SwitchProxy",
        [418] = "ImATeapot",
    }.ToFrozenDictionary();

    /// <summary>The codes of the Korean seed article the catalog grew from; each must keep its Korean text.</summary>
    private static readonly int[] SeedArticleCodes =
        [100, 101, 200, 201, 204, 301, 302, 303, 304, 307, 400, 401, 403, 404, 500, 501, 502, 503];

    private static readonly string[] GroupKeys = ["informational", "success", "redirection", "client-error", "server-error"];

    public static TheoryData<int> SeedCodes => new(SeedArticleCodes);

    public static TheoryData<string> Groups => new(GroupKeys);

    [Fact]
    public void VersionIsOne()
    {
        Assert.True(TestCatalog.File.Version == "1", $"The catalog's version should be 1 but is '{TestCatalog.File.Version}'.");
    }

    [Fact]
    public void CodesAreUnique()
    {
        var duplicates = Duplicates(TestCatalog.File.Codes.Select(entry => entry.Code));

        Assert.True(duplicates.Count == 0, $"These codes appear more than once: [{string.Join(", ", duplicates)}].");
    }

    [Fact]
    public void NamesAreUnique()
    {
        var duplicates = Duplicates(TestCatalog.File.Codes.Select(entry => entry.Name ?? "(missing)"));

        Assert.True(duplicates.Count == 0, $"These names appear more than once: [{string.Join(", ", duplicates)}].");
    }

    [Fact]
    public void EnglishTitlesAreUniqueExceptTheTwoUnusedCodes()
    {
        // 306 and 418 are both "(Unused)" in the registry; any other shared title would be a copy-paste slip.
        var duplicates = Duplicates(TestCatalog.File.Codes.Select(entry => entry.Title.En ?? "(missing)"));
        var sharingUnused = TestCatalog.File.Codes.Where(entry => entry.Title.En == "(Unused)").Select(entry => entry.Code);

        Assert.True(duplicates.SequenceEqual(["(Unused)"]), $"Duplicate English titles should be just '(Unused)' but are [{string.Join(", ", duplicates)}].");
        Assert.Equal([306, 418], sharingUnused);
    }

    [Fact]
    public void CodesAreAscending()
    {
        var codes = TestCatalog.File.Codes.Select(entry => entry.Code).ToList();
        var outOfOrder = codes.Zip(codes.Skip(1)).Where(pair => pair.First >= pair.Second).ToList();

        Assert.True(outOfOrder.Count == 0, $"Codes must be in ascending order; these pairs are not: {string.Join(", ", outOfOrder.Select(p => $"{p.First} before {p.Second}"))}.");
    }

    [Fact]
    public void EveryCodeIsInAGroup()
    {
        // The first digit picks the group (1 informational ... 5 server-error); anything else has no group.
        var ungrouped = TestCatalog.File.Codes.Where(entry => entry.Code is < 100 or > 599).Select(entry => entry.Code).ToList();

        Assert.True(ungrouped.Count == 0, $"These codes have no group (first digit not 1-5): [{string.Join(", ", ungrouped)}].");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void NameIsAValidCSharpIdentifierAndNotAKeyword(int code)
    {
        var name = TestCatalog.Entry(code).Name;

        Assert.False(string.IsNullOrEmpty(name), $"{code} has no name.");
        Assert.True(SyntaxFacts.IsValidIdentifier(name), $"{code}'s name '{name}' is not a valid C# identifier.");
        // Contextual keywords (e.g. "value", "record") are fine as member names; reserved ones would need '@'.
        Assert.True(SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, $"{code}'s name '{name}' is a reserved C# keyword.");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void NameFollowsTheTitleRule(int code)
    {
        var entry = TestCatalog.Entry(code);
        var derived = IdentifierNaming.FromTitle(entry.Title.En ?? "");

        if (NamingExceptions.TryGetValue(code, out var exception))
        {
            Assert.True(entry.Name == exception, $"{code} is a listed naming exception and should be named '{exception}', not '{entry.Name}'.");
            Assert.True(derived != exception, $"{code}'s name '{exception}' now follows the title rule: remove it from the exceptions.");
        }
        else
        {
            Assert.True(entry.Name == derived, $"{code}'s name should be '{derived}' (from its title '{entry.Title.En}') but is '{entry.Name}'.");
        }
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void TitleAndDescriptionExistInBothLanguages(int code)
    {
        var entry = TestCatalog.Entry(code);

        AssertText(entry.Title.En, $"{code} title.en");
        AssertText(entry.Title.Ko, $"{code} title.ko");
        AssertText(entry.Description.En, $"{code} description.en");
        AssertText(entry.Description.Ko, $"{code} description.ko");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void KoreanTextIsWrittenInHangul(int code)
    {
        var entry = TestCatalog.Entry(code);

        // A Korean title may keep an English term beside Korean words, but one with no Hangul at all is an
        // untranslated copy; no code needs an English-only Korean title, so none is allowed.
        Assert.True(KoreanText.ContainsHangul(entry.Title.Ko), $"{code}'s Korean title has no Hangul: '{entry.Title.Ko}'.");
        Assert.True(KoreanText.ContainsHangul(entry.Description.Ko), $"{code}'s Korean description has no Hangul: '{entry.Description.Ko}'.");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void FlagsAreDeclared(int code)
    {
        var declared = TestCatalog.File.Flags.Select(flag => flag.Key).ToHashSet();
        var entry = TestCatalog.Entry(code);
        var undeclared = entry.Flags.Where(flag => !declared.Contains(flag)).ToList();
        var repeated = Duplicates(entry.Flags);

        Assert.True(undeclared.Count == 0, $"{code} uses flags not declared under `flags:`: [{string.Join(", ", undeclared)}].");
        Assert.True(repeated.Count == 0, $"{code} lists these flags twice: [{string.Join(", ", repeated)}].");
    }

    [Fact]
    public void DeclaredFlagsAreTheStandardFlags()
    {
        var declared = TestCatalog.File.Flags.Select(flag => flag.Key).ToList();

        Assert.True(
            declared.Order(StringComparer.Ordinal).SequenceEqual(StandardFlags.Names.Order(StringComparer.Ordinal)),
            $"`flags:` should declare exactly [{string.Join(", ", StandardFlags.Names)}] but declares [{string.Join(", ", declared)}].");
    }

    [Theory]
    [MemberData(nameof(StandardFlags.AllNames), MemberType = typeof(StandardFlags))]
    public void FlagIsDocumentedInBothLanguagesWithASource(string flag)
    {
        var definition = TestCatalog.File.Flags.FirstOrDefault(f => f.Key == flag);

        Assert.True(definition is not null, $"Flag '{flag}' is not declared under `flags:`.");
        AssertDefinition(definition, $"flag '{flag}'");
        AssertText(definition.Source, $"flag '{flag}' source");
    }

    [Theory]
    [MemberData(nameof(StandardFlags.AllNames), MemberType = typeof(StandardFlags))]
    public void FlagIsCarriedByExactlyTheCodesTheRfcsSay(string flag)
    {
        var expected = StandardFlags.Holders[flag];
        var actual = TestCatalog.File.Codes.Where(entry => entry.Flags.Contains(flag)).Select(entry => entry.Code).ToHashSet();
        var missing = expected.Where(code => !actual.Contains(code)).Order().ToList();
        var extra = actual.Where(code => !expected.Contains(code)).Order().ToList();

        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"Flag '{flag}' is wrong:"
            + (missing.Count > 0 ? $" it is missing on [{string.Join(", ", missing)}]." : "")
            + (extra.Count > 0 ? $" it should not be on [{string.Join(", ", extra)}]." : ""));
    }

    [Fact]
    public void NoCodeBothHasNoBodyAndSetsLocation()
    {
        // The facts table keeps these apart already; this states the reason a future edit must respect:
        // a code whose response never has content is not one a client follows to a new resource.
        var both = TestCatalog.File.Codes
            .Where(entry => entry.Flags.Contains("no-body") && entry.Flags.Contains("location"))
            .Select(entry => entry.Code)
            .ToList();

        Assert.True(both.Count == 0, $"These codes are flagged both no-body and location: [{string.Join(", ", both)}].");
    }

    [Fact]
    public void GroupsAreTheFiveClasses()
    {
        var declared = TestCatalog.File.Groups.Select(group => group.Key).ToList();

        Assert.True(
            declared.SequenceEqual(GroupKeys),
            $"`groups:` should be [{string.Join(", ", GroupKeys)}] in that order but is [{string.Join(", ", declared)}].");
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void GroupIsDocumentedInBothLanguages(string group)
    {
        var definition = TestCatalog.File.Groups.FirstOrDefault(g => g.Key == group);

        Assert.True(definition is not null, $"Group '{group}' is not declared under `groups:`.");
        AssertDefinition(definition, $"group '{group}'");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void ReferenceNamesADocumentAndAnHttpsUrl(int code)
    {
        var reference = TestCatalog.Entry(code).Reference;

        Assert.True(reference is not null, $"{code} has no reference.");
        AssertText(reference.Document, $"{code} reference.document");
        Assert.True(
            Uri.TryCreate(reference.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps,
            $"{code}'s reference url '{reference.Url}' is not an absolute https URL.");

        if (reference.Document == "RFC 9110")
        {
            // Every RFC 9110 code has its own section, and the link must land on it.
            AssertText(reference.Section, $"{code} reference.section");
            Assert.True(
                reference.Url!.EndsWith("#section-" + reference.Section, StringComparison.Ordinal),
                $"{code}'s url '{reference.Url}' should end with '#section-{reference.Section}'.");
        }
    }

    [Theory]
    [MemberData(nameof(SeedCodes))]
    public void SeedArticleCodeIsPresentWithKoreanText(int code)
    {
        var entry = TestCatalog.Entry(code);

        Assert.True(KoreanText.ContainsHangul(entry.Title.Ko), $"{code} comes from the Korean seed article but its Korean title has no Hangul: '{entry.Title.Ko}'.");
        Assert.True(KoreanText.ContainsHangul(entry.Description.Ko), $"{code} comes from the Korean seed article but its Korean description has no Hangul.");
    }

    private static void AssertDefinition(CatalogDefinition definition, string what)
    {
        AssertText(definition.Title.En, $"{what} title.en");
        AssertText(definition.Title.Ko, $"{what} title.ko");
        AssertText(definition.Description.En, $"{what} description.en");
        AssertText(definition.Description.Ko, $"{what} description.ko");
        Assert.True(KoreanText.ContainsHangul(definition.Title.Ko), $"The Korean title of {what} has no Hangul: '{definition.Title.Ko}'.");
        Assert.True(KoreanText.ContainsHangul(definition.Description.Ko), $"The Korean description of {what} has no Hangul.");
    }

    private static void AssertText(string? text, string what) =>
        Assert.False(string.IsNullOrWhiteSpace(text), $"{what} is missing or empty.");

    // Equality is ordinal for strings: titles differing only in case are different titles.
    private static List<T> Duplicates<T>(IEnumerable<T> values) =>
        values.GroupBy(value => value).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
}
