using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>The catalog holds exactly the IANA registry: every code, no others, with the registry's status.</summary>
public sealed class RegistryCompletenessTests
{
    [Fact]
    public void HardCodedRegistryHas64AscendingCodes()
    {
        // Guards the oracle itself against a slip while editing the list.
        Assert.Equal(64, IanaRegistry.CodeSet.Count);
        Assert.Equal(IanaRegistry.Codes.Order(), IanaRegistry.Codes);
    }

    [Fact]
    public void CatalogHasExactlyTheIanaCodes()
    {
        var catalog = TestCatalog.File.Codes.Select(entry => entry.Code).ToHashSet();
        var missing = IanaRegistry.Codes.Where(code => !catalog.Contains(code)).ToList();
        var extra = catalog.Where(code => !IanaRegistry.CodeSet.Contains(code)).Order().ToList();

        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"The catalog should hold the 64 IANA codes. Missing: [{string.Join(", ", missing)}]; not registered: [{string.Join(", ", extra)}].");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void RegistrationMatchesTheRegistry(int code)
    {
        var entry = TestCatalog.Entry(code);
        var expected = IanaRegistry.SpecialRegistrations.GetValueOrDefault(code);

        Assert.True(
            entry.Registration == expected,
            $"{code} should have registration '{expected ?? "(absent: registered)"}' but has '{entry.Registration ?? "(absent: registered)"}'.");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void UnusedRegistrationAndUnusedFlagGoTogether(int code)
    {
        var entry = TestCatalog.Entry(code);

        Assert.True(
            entry.Registration == "unused" == entry.Flags.Contains("unused"),
            $"{code} has registration '{entry.Registration}' and flags [{string.Join(", ", entry.Flags)}]: registration 'unused' and the 'unused' flag must come together.");
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void TitleCarriesNoRegistryStatusMarker(int code)
    {
        // IANA writes the status into the description text ("... (TEMPORARY - registered ...)", "(OBSOLETED)");
        // the catalog keeps it in `registration` so titles stay clean reason phrases.
        var entry = TestCatalog.Entry(code);
        string[] markers = ["(TEMPORARY", "OBSOLETED"];

        foreach (var title in new[] { entry.Title.En, entry.Title.Ko })
        {
            var marker = markers.FirstOrDefault(m => title?.Contains(m, StringComparison.OrdinalIgnoreCase) == true);
            Assert.True(marker is null, $"{code}'s title '{title}' contains the registry marker '{marker}'; use `registration` instead.");
        }
    }

    [Fact]
    public void CatalogAgreesWithTheSharedIanaReferenceWhenPresent()
    {
        // The shared table is an independently rebuilt copy of the registry; it is beside the clone in CI and
        // on developer machines, but a bare clone has none, and then there is nothing to cross-check.
        var rows = IanaReferenceFile.TryLoad();
        if (rows is null)
        {
            return;
        }

        Assert.Equal(IanaRegistry.Codes, rows.Select(row => row.Code));
        var disagreements = rows.Select(Disagreement).OfType<string>().ToList();

        Assert.True(disagreements.Count == 0, "The catalog disagrees with shared/reference/iana-status-codes.tsv:" + Environment.NewLine + string.Join(Environment.NewLine, disagreements));
    }

    /// <summary>What is wrong with the catalog's entry for the row's code, or null when they agree.</summary>
    private static string? Disagreement(IanaReferenceRow row)
    {
        var entry = TestCatalog.File.Find(row.Code);
        var registration = entry?.Registration ?? "registered";
        return entry is null ? $"{row.Code}: missing from the catalog"
            : entry.Title.En != row.Name ? $"{row.Code}: title '{entry.Title.En}' but the reference names it '{row.Name}'"
            : registration != row.RegistryStatus ? $"{row.Code}: registration '{registration}' but the reference says '{row.RegistryStatus}'"
            : null;
    }
}
