using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Diagnostics;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The descriptor table, the release tracking files, docs/diagnostics.md and the README agree: every id is there
/// once, with its title, message, category and severity, its help link opens its own section of the docs, and every
/// example in the docs reports exactly what the docs say it does.
/// </summary>
public sealed class DiagnosticDescriptorTableTests
{
    private static readonly string[] Categories = { "StatusGen.Catalog", "StatusGen.Settings", "StatusGen.Usage" };

    private static readonly Lazy<List<DocSection>> Sections = new(ReadSections);

    /// <summary>Formats a diagnostic as the command-line build prints it: <c>path(line,column): error STG0001: message</c>.</summary>
    private static readonly DiagnosticFormatter Formatter = new();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    private static List<DiagnosticDescriptor> Descriptors()
        => typeof(DiagnosticDescriptors).GetFields()
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();

    /// <summary>The suppressors' descriptors (STG1100): ids of the same table and docs, but nothing they report themselves.</summary>
    private static List<SuppressionDescriptor> Suppressions()
        => typeof(DiagnosticDescriptors).GetFields()
            .Where(field => field.FieldType == typeof(SuppressionDescriptor))
            .Select(field => (SuppressionDescriptor)field.GetValue(null)!)
            .ToList();

    /// <summary>Every id of the table, diagnostics and suppressions, in the table's order.</summary>
    private static List<string> AllIds()
        => typeof(DiagnosticDescriptors).GetFields()
            .Select(field => field.GetValue(null) switch
            {
                DiagnosticDescriptor descriptor => descriptor.Id,
                SuppressionDescriptor suppression => suppression.Id,
                _ => null,
            })
            .OfType<string>()
            .ToList();

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors().Single(descriptor => descriptor.Id == id);

    private static string Text(LocalizableString text) => text.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Ids_are_unique_STG_numbers_in_order()
    {
        var ids = AllIds();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches("^STG[0-9]{4}$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Titles_are_unique()
    {
        var titles = Descriptors().Select(descriptor => Text(descriptor.Title)).ToList();

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_title_message_description_category_and_help_link(string id)
    {
        var descriptor = Descriptor(id);

        Assert.False(string.IsNullOrWhiteSpace(Text(descriptor.Title)), id);
        Assert.False(string.IsNullOrWhiteSpace(Text(descriptor.MessageFormat)), id);
        Assert.False(string.IsNullOrWhiteSpace(Text(descriptor.Description)), id);
        Assert.EndsWith(".", Text(descriptor.Description), StringComparison.Ordinal);
        Assert.Contains(descriptor.Category, Categories);
        Assert.True(descriptor.IsEnabledByDefault, id);
        // A suggestion (info) is for code that compiles as it is: only the C# usage rules make them.
        Assert.Contains(descriptor.DefaultSeverity, descriptor.Category == DiagnosticDescriptors.UsageCategory
            ? new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info }
            : new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning });
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + "#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
    }

    [Fact]
    public void The_help_link_base_is_an_absolute_address_of_the_docs_page()
    {
        Assert.True(Uri.TryCreate(DiagnosticDescriptors.HelpLinkBase, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, DiagnosticDescriptors.HelpLinkBase);
        Assert.EndsWith("/docs/diagnostics.md", DiagnosticDescriptors.HelpLinkBase, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Message_arguments_are_numbered_from_zero_without_gaps(string id)
    {
        // {{ and }} are literal braces; every other {n} is an argument.
        var format = Text(Descriptor(id).MessageFormat).Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal);
        var used = Regex.Matches(format, "\\{([0-9]+)\\}").Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().OrderBy(index => index).ToList();

        Assert.Equal(Enumerable.Range(0, used.Count), used);
        Assert.DoesNotMatch("[{}]", Regex.Replace(format, "\\{[0-9]+\\}", string.Empty));
    }

    [Fact]
    public void The_docs_have_exactly_one_section_per_id()
    {
        var headings = Sections.Value.Select(section => section.Id).ToList();
        var ids = AllIds();

        Assert.Equal(headings.Count, headings.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(ids.Except(headings, StringComparer.Ordinal));
        Assert.Empty(headings.Except(ids, StringComparer.Ordinal));
        Assert.Equal(ids, headings);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_docs_section_gives_title_severity_category_and_message(string id)
    {
        var descriptor = Descriptor(id);
        var section = Sections.Value.Single(candidate => candidate.Id == id);

        // "## STG0001" is what gives the section the anchor the help link ends with (#stg0001).
        Assert.Contains(
            "**" + Text(descriptor.Title) + "** · " + descriptor.DefaultSeverity.ToString().ToLowerInvariant() + " · ",
            section.Body,
            StringComparison.Ordinal);
        Assert.Contains("(`" + descriptor.Category + "`)", section.Body, StringComparison.Ordinal);
        Assert.Contains("Message: `" + ShownFormat(descriptor) + "`", section.Body, StringComparison.Ordinal);
        Assert.Contains("**When:** ", section.Body, StringComparison.Ordinal);
        Assert.Contains("**Example:**", section.Body, StringComparison.Ordinal);
        Assert.Contains("**Fix:** ", section.Body, StringComparison.Ordinal);
        Assert.Contains(section.Blocks, block => block.Language == "text");
    }

    /// <summary>
    /// A section whose example is a YAML file (or several, each after a <c># name.status-codes.yaml</c> line) or MSBuild
    /// properties is run through the generator: it must report exactly the lines of its <c>text</c> block. A section
    /// without one (a file too large to show, an invisible character, a bug) shows a sample line that must fit the
    /// message format.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void The_docs_example_reports_what_the_docs_say(string id)
    {
        var descriptor = Descriptor(id);
        var section = Sections.Value.Single(candidate => candidate.Id == id);
        var expected = section.Blocks.Single(block => block.Language == "text").Content.TrimEnd('\n').Split('\n');
        var example = section.Blocks.SingleOrDefault(block => block.Language is "yaml" or "xml");

        if (example is null)
        {
            var line = Assert.Single(expected);
            var severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant();
            var message = Regex.Replace(Regex.Escape(ShownFormat(descriptor)), "\\\\\\{[0-9]+}", ".+");
            Assert.Matches("^([^ ]+\\([0-9]+,[0-9]+\\): )?" + severity + " " + id + ": " + message + "$", line);
            return;
        }

        var output = GeneratorHarness.Run(example.Language == "yaml" ? YamlInput(example.Content) : MsBuildInput(example.Content));
        var actual = output.GeneratorDiagnostics.Select(diagnostic => Formatter.Format(diagnostic, CultureInfo.InvariantCulture)).ToArray();

        Assert.True(expected.SequenceEqual(actual), "docs/diagnostics.md, " + id + ", says:\n" + string.Join("\n", expected) + "\nbut the example reports:\n" + string.Join("\n", actual));
        Assert.Contains(output.GeneratorDiagnostics, diagnostic => diagnostic.Id == id);
    }

    [Fact]
    public void The_release_files_list_every_id_with_its_category_and_severity()
    {
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "StatusGen", file)))
            .Select(line => Regex.Match(line, "^(STG[0-9]{4}) *\\| *([^ |]+) *\\| *([A-Za-z]+) *\\|"))
            .Where(match => match.Success)
            .Select(match => (Id: match.Groups[1].Value, Category: match.Groups[2].Value, Severity: match.Groups[3].Value))
            .ToList();

        foreach (var descriptor in Descriptors())
        {
            // The last row for an id is its current state (a later release may change a shipped rule).
            var row = rows.LastOrDefault(candidate => candidate.Id == descriptor.Id);
            Assert.True(row.Id is not null, descriptor.Id + " is not in AnalyzerReleases.*.md");
            Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString()), (row.Category, row.Severity));
        }

        Assert.Empty(rows.Select(row => row.Id).Except(Descriptors().Select(descriptor => descriptor.Id), StringComparer.Ordinal));
    }

    [Fact]
    public void The_docs_index_lists_every_id_once_with_its_severity_and_title()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        foreach (var descriptor in Descriptors())
        {
            var row = "| [" + descriptor.Id + "](#" + descriptor.Id.ToLowerInvariant() + ") | " + descriptor.DefaultSeverity + " | " + descriptor.Title + " |";
            Assert.True(Regex.Count(docs, Regex.Escape(row)) == 1, "docs/diagnostics.md has no single index row " + row);
        }

        foreach (var suppression in Suppressions())
        {
            var row = "| [" + suppression.Id + "](#" + suppression.Id.ToLowerInvariant() + ") | Suppressor | Suppress " + suppression.SuppressedDiagnosticId + " ";
            Assert.True(Regex.Count(docs, Regex.Escape(row)) == 1, "docs/diagnostics.md has no single index row starting with " + row);
        }

        Assert.Equal(AllIds().Count, Regex.Count(docs, "^\\| \\[STG[0-9]{4}\\]\\(#stg[0-9]{4}\\) \\|", RegexOptions.Multiline));
    }

    [Fact]
    public void A_suppressor_has_a_docs_section_and_a_README_row_but_no_release_row()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var unshipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "StatusGen", "AnalyzerReleases.Unshipped.md"));

        Assert.NotEmpty(Suppressions());
        foreach (var suppression in Suppressions())
        {
            var section = Sections.Value.Single(candidate => candidate.Id == suppression.Id);
            Assert.Contains("** · suppressor · C# usage (`" + DiagnosticDescriptors.UsageCategory + "`)", section.Body, StringComparison.Ordinal);
            Assert.Contains("Suppress " + suppression.SuppressedDiagnosticId + " ", section.Body, StringComparison.Ordinal);
            Assert.Contains("`" + Text(suppression.Justification) + "`", section.Body, StringComparison.Ordinal);
            Assert.Contains("**When:** ", section.Body, StringComparison.Ordinal);
            Assert.Contains("**Example:**", section.Body, StringComparison.Ordinal);
            Assert.Contains("**Fix:** ", section.Body, StringComparison.Ordinal);
            Assert.Contains("warning " + suppression.SuppressedDiagnosticId + ": ", section.Blocks.Single(block => block.Language == "text").Content, StringComparison.Ordinal);

            var row = "| [" + suppression.Id + "](docs/diagnostics.md#" + suppression.Id.ToLowerInvariant() + ") | Suppressor | ";
            Assert.True(Regex.Count(readme, Regex.Escape(row)) == 1, "README.md has no single row starting with " + row);

            // Release tracking lists what analyzers report; an id no analyzer reports is RS2002 there. A comment says why.
            Assert.DoesNotMatch("(?m)^" + suppression.Id + " *\\|", unshipped);
            Assert.Matches("(?m)^;.*" + suppression.Id, unshipped);
        }
    }

    [Fact]
    public void The_README_table_lists_every_id_once_with_its_link()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        foreach (var descriptor in Descriptors())
        {
            var row = "| [" + descriptor.Id + "](docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant() + ") | " + descriptor.DefaultSeverity + " | ";
            Assert.True(Regex.Count(readme, Regex.Escape(row)) == 1, "README.md has no single row starting with " + row);
        }
    }

    /// <summary>The message format as the docs show it: with its arguments as {0}, {1}, ... and literal braces single.</summary>
    private static string ShownFormat(DiagnosticDescriptor descriptor)
        => Text(descriptor.MessageFormat).Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);

    /// <summary>One spec file named status-codes.yaml, or several, each after a line <c># name.status-codes.yaml</c>.</summary>
    private static GeneratorInput YamlInput(string content)
    {
        var files = new List<(string Path, string? Content)>();
        var current = new List<string>();
        string? name = null;
        foreach (var line in content.Split('\n'))
        {
            if (Regex.Match(line, "^# ([^ ]+\\.yaml)$") is { Success: true } header)
            {
                if (name is not null)
                {
                    files.Add((name, string.Join("\n", current).TrimEnd('\n') + "\n"));
                }

                name = header.Groups[1].Value;
                current.Clear();
                continue;
            }

            current.Add(line);
        }

        files.Add((name ?? "status-codes.yaml", string.Join("\n", current).TrimEnd('\n') + "\n"));
        return new GeneratorInput { SpecFiles = files };
    }

    /// <summary>StatusGen's MSBuild properties as the generator sees them, and LangVersion.</summary>
    private static GeneratorInput MsBuildInput(string content)
    {
        var properties = Regex.Matches(content, "<(StatusGen[A-Za-z]+)>([^<]*)</\\1>")
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value, StringComparer.Ordinal);
        var languageVersion = Regex.Match(content, "<LangVersion>([^<]*)</LangVersion>") is { Success: true } match
                              && LanguageVersionFacts.TryParse(match.Groups[1].Value, out var version)
            ? version
            : LanguageVersion.Latest;
        return new GeneratorInput { BuildProperties = properties, LanguageVersion = languageVersion };
    }

    private static List<DocSection> ReadSections()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var sections = new List<DocSection>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Length && !lines[end].StartsWith("## ", StringComparison.Ordinal))
            {
                end++;
            }

            var body = lines.Skip(i + 1).Take(end - i - 1).ToList();
            sections.Add(new DocSection(lines[i].Substring(3).Trim(), string.Join("\n", body), Blocks(body)));
        }

        return sections;
    }

    private static List<CodeBlock> Blocks(List<string> lines)
    {
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal) || lines[i].Length == 3)
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && lines[end] != "```")
            {
                end++;
            }

            blocks.Add(new CodeBlock(lines[i].Substring(3), string.Concat(lines.Skip(i + 1).Take(end - i - 1).Select(line => line + "\n"))));
            i = end;
        }

        return blocks;
    }

    private sealed record DocSection(string Id, string Body, IReadOnlyList<CodeBlock> Blocks);

    private sealed record CodeBlock(string Language, string Content);
}
