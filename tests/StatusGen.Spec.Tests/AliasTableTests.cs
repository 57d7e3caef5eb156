using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>The table of standard aliases in spec/README.md says what spec/status-codes.yaml holds, row for row.</summary>
public sealed partial class AliasTableTests
{
    [Fact]
    public void The_README_table_lists_every_alias_of_the_catalog_with_its_source()
    {
        var readme = File.ReadAllText(Path.Combine(RepoLayout.SpecDirectory, "README.md"));
        var documented = AliasRow().Matches(readme)
            .Select(match => match.Groups["code"].Value + " " + match.Groups["alias"].Value + " = " + match.Groups["source"].Value.Replace("`", "", System.StringComparison.Ordinal).Trim())
            .ToList();
        var catalog = TestCatalog.File.Codes
            .SelectMany(entry => entry.Aliases.Select(alias => entry.Code + " " + alias.Text + " = " + alias.Source))
            .ToList();

        Assert.NotEmpty(catalog);
        Assert.Equal(catalog, documented);
    }

    [GeneratedRegex(@"^\| (?<code>\d{3}) \| `(?<alias>[^`]+)` \| (?<source>.+?) \|$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AliasRow();
}
