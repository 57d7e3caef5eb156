using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Spec;
using StatusGen.Tests.Infrastructure;
using Xunit;
using static StatusGen.Tests.Infrastructure.RobustnessHarness;

namespace StatusGen.Tests;

/// <summary>
/// Hostile sizes and shapes: each finishes (a hang fails the test after a minute; nothing here takes more than a
/// second), allocates a bounded amount, reports the limit's own diagnostic past it (spec/README.md, "Limits")
/// and leaves the standard catalog generating. No timings are asserted.
/// </summary>
public sealed class ResourceLimitTests
{
    /// <summary>Generous: the largest case here allocates about 140 MB; an expansion or a quadratic copy would be far more.</summary>
    private const long AllocationBound = 1_000_000_000;

    private static GeneratorOutput AssertHandled(string content)
    {
        var output = RunBounded(content);
        AssertWellFormed(output, SpecPath, content);
        AssertStillGenerates(output);
        return output;
    }

    private static void AssertBoundedAllocation(string content)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        ParseAndValidate(content);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationBound, "allocated " + allocated + " bytes");
    }

    /// <summary>The one diagnostic <paramref name="id"/> whose message starts with <paramref name="message"/>.</summary>
    private static Diagnostic Limit(GeneratorOutput output, string id, string message)
        => Assert.Single(output.GeneratorDiagnostics, diagnostic => diagnostic.Id == id && Message(diagnostic).StartsWith(message, StringComparison.Ordinal));

    [Fact]
    public void Billion_laughs_is_refused_without_expanding_anything()
    {
        var text = new StringBuilder("version: 1\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append("lol").Append(level).Append(": &a").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*a" + (level - 1), 9))).Append("]\n");
        }

        text.Append("codes:\n  - code: 404\n    title: *a9\n");
        var content = text.ToString();

        var output = AssertHandled(content);

        Assert.Equal(82, output.GeneratorDiagnostics.Count(diagnostic => diagnostic.Id == "STG0022"));
        AssertBoundedAllocation(content);
    }

    [Fact]
    public void Thousands_of_aliases_are_reported_up_to_the_diagnostics_limit()
    {
        var content = "version: 1\nx: &x 1\ncodes:\n" + string.Concat(Enumerable.Repeat("  - *x\n", 100_000));

        var output = AssertHandled(content);

        Assert.Equal(SpecLimits.MaxDiagnosticsPerFile + 1, output.GeneratorDiagnostics.Length);
        Assert.Equal("STG0047", output.GeneratorDiagnostics[^1].Id);
        Assert.Equal("More than 1,000 problems were found in this file; the rest are not reported", Message(output.GeneratorDiagnostics[^1]));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    [InlineData("? ", "")]
    public void Ten_thousand_levels_of_nesting_on_one_line(string open, string close)
    {
        var content = "version: 1\ncodes:\n" + string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000)) + "\n";

        var output = AssertHandled(content);

        var diagnostic = Limit(output, "STG0042", "Mappings and lists are nested deeper than the limit of 32 levels here; the file is ignored");
        Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        AssertBoundedAllocation(content);
    }

    [Fact]
    public void Deep_nesting_needs_no_deep_stack()
    {
        // A stack overflow cannot be caught: it would take the compiler down. Neither YamlDotNet's parser nor the
        // reader recurses, so even YamlDotNet reading 10,000 levels to the end, and the generator's own stages on
        // every deep document here, run on a 256 KB stack (compiler threads have 1 MB or more).
        var documents = new[] { "[", "{a: ", "- ", "? " }
            .Select(open => "version: 1\ncodes:\n" + string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + (open == "[" ? new string(']', 10_000) : open == "{a: " ? new string('}', 10_000) : string.Empty) + "\n")
            .ToList();
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    foreach (var document in documents)
                    {
                        var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(document));
                        try
                        {
                            while (parser.MoveNext())
                            {
                            }
                        }
                        catch (YamlDotNet.Core.YamlException)
                        {
                            // Some of these are not valid YAML (a flow key longer than 1,024 characters); only the
                            // stack matters here.
                        }

                        ParseAndValidate(document);
                    }
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            maxStackSize: 256 * 1024);

        thread.Start();

        Assert.True(thread.Join(HangTimeout));
        Assert.Null(failure);
    }

    [Fact]
    public void A_million_open_brackets_do_not_take_quadratic_time()
    {
        // YamlDotNet's scanner does work proportional to the flow depth per token: read to the end, this would take
        // hours. The reader stops at the depth limit instead.
        var content = "version: 1\ncodes: " + new string('[', 1_000_000) + "\n";

        var output = AssertHandled(content);

        Limit(output, "STG0042", "Mappings and lists are nested deeper");
        AssertBoundedAllocation(content);
    }

    [Fact]
    public void Deep_block_indentation()
    {
        // 1,900 levels of one-space indentation fill the 2,000,000-character limit (10,000 levels would need 50 MB).
        var text = new StringBuilder("version: 1\ncodes:\n");
        for (var level = 0; level < 1_900; level++)
        {
            text.Append(' ', level).Append("k:\n");
        }

        var output = AssertHandled(text.ToString());

        Limit(output, "STG0042", "Mappings and lists are nested deeper");
    }

    [Fact]
    public void Ten_thousand_levels_of_block_indentation_exceed_the_file_size()
    {
        var text = new StringBuilder("version: 1\ncodes:\n");
        for (var level = 0; level < 10_000; level++)
        {
            text.Append(' ', level).Append("- \n");
        }

        var output = AssertHandled(text.ToString());

        Limit(output, "STG0019", "The spec file has 50,025,018 characters, more than the limit of 2,000,000; the file is ignored");
    }

    [Fact]
    public void A_ten_megabyte_file_is_not_read()
    {
        var content = "version: 1\ncodes:\n  - code: 499\n    title: { en: Big }\n# " + new string('x', 10_000_000) + "\n";

        var output = AssertHandled(content);

        var diagnostic = Limit(output, "STG0019", "The spec file has " + content.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters, more than the limit of 2,000,000; the file is ignored");
        Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.DoesNotContain("\"Big\"", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_file_just_under_the_size_limit_is_read()
    {
        var content = "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 닫힘 }\n#";
        content += new string('x', SpecLimits.MaxFileLength - content.Length - 1) + "\n";

        var output = AssertHandled(content);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains("ClientClosedRequest", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_hundred_thousand_entry_sequence()
    {
        var text = new StringBuilder("version: 1\ncodes:\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("  - code: ").Append(100 + (i % 500)).Append('\n');
        }

        var content = text.ToString();
        var output = AssertHandled(content);

        // Entry 1,001 is where reading stops; the 1,000 before it are all duplicates of one another (STG0004).
        var limit = Limit(output, "STG0044", "'codes' has more than 1,000 entries; the rest are ignored");
        Assert.Equal(1_000 + 2, limit.Location.GetLineSpan().StartLinePosition.Line);
        AssertBoundedAllocation(content);
    }

    [Fact]
    public void A_hundred_thousand_entry_flow_sequence_of_unknown_keys()
    {
        var content = "version: 1\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => "k" + i + ": 1\n"));

        var output = AssertHandled(content);

        Assert.Equal(SpecLimits.MaxDiagnosticsPerFile + 1, output.GeneratorDiagnostics.Length);
        Assert.Equal(SpecLimits.MaxDiagnosticsPerFile, output.GeneratorDiagnostics.Count(diagnostic => diagnostic.Id == "STG0013"));
        AssertBoundedAllocation(content);
    }

    [Fact]
    public void Five_hundred_new_codes_and_a_thousand_entries()
    {
        // Every code from 100 to 599, then the same again: names are checked through an index, duplicates grouped,
        // nothing compares every code with every other.
        var text = new StringBuilder("version: 1\nextends: none\ncodes:\n");
        for (var code = 100; code < 600; code++)
        {
            text.Append("  - code: ").Append(code).Append("\n    title: { en: Title ").Append(code).Append(", ko: 제목 }\n");
        }

        var unique = text.ToString();
        var output = RunBounded(unique);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        Assert.Contains("public const int Title599 = 599;", output.Sources["HttpStatusCodes.g.cs"]);

        for (var code = 100; code < 600; code++)
        {
            text.Append("  - code: ").Append(code).Append("\n    name: Other").Append(code).Append("\n    title: { en: Other, ko: 다른 }\n");
        }

        var twice = ParseAndValidate(text.ToString());
        Assert.Equal(1_000, twice.Diagnostics.Count);
        Assert.All(twice.Diagnostics, diagnostic => Assert.Equal("STG0004", diagnostic.Descriptor.Id));
    }

    [Theory]
    [InlineData(1_000_000, "")]
    [InlineData(1_000_000, "\"")]
    [InlineData(1_500_000, "|\n        ")]
    public void A_megabyte_long_text_is_cut_at_the_limit(int length, string quote)
    {
        var closing = quote == "\"" ? "\"" : string.Empty;
        var content = "version: 1\ncodes:\n  - code: 404\n    description:\n      en: " + quote + new string('x', length) + closing + "\n";

        var output = AssertHandled(content);

        // A block scalar keeps its final line break, so the text is one character longer than the x's.
        var diagnostic = Limit(output, "STG0043", "This text has " + (length + (quote.StartsWith('|') ? 1 : 0)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters, more than the limit of 10,000; it is cut to 10,000 characters");
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var source = output.Sources["HttpStatus.g.cs"];
        Assert.Contains(new string('x', SpecLimits.MaxScalarLength), source);
        Assert.DoesNotContain(new string('x', SpecLimits.MaxScalarLength + 1), source);
    }

    [Fact]
    public void A_text_is_never_cut_between_the_halves_of_a_surrogate_pair()
    {
        var content = "version: 1\ncodes:\n  - code: 404\n    description: { en: \"" + new string('x', SpecLimits.MaxScalarLength - 1) + "😀😀\" }\n";

        var output = AssertHandled(content);

        Limit(output, "STG0043", "This text has");
        Assert.Contains(new string('x', SpecLimits.MaxScalarLength - 1) + "\",", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_very_long_plain_key_is_a_YAML_error()
    {
        // A plain (implicit) key may be at most 1,024 characters long in YAML.
        var output = AssertHandled("version: 1\n" + new string('k', 1_500_000) + ": 1\n");

        Assert.Equal("STG0001", Assert.Single(output.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void A_very_long_explicit_key_is_cut_and_quoted_short_in_the_message()
    {
        var output = AssertHandled("version: 1\n? " + new string('k', 1_500_000) + "\n: 1\n");

        Limit(output, "STG0043", "This text has");
        var unknown = Assert.Single(output.GeneratorDiagnostics, diagnostic => diagnostic.Id == "STG0013");
        Assert.True(Message(unknown).Length < 700, Message(unknown));
        Assert.Contains("…", Message(unknown));
    }

    [Fact]
    public void More_than_64_flags()
    {
        var text = new StringBuilder("version: 1\nflags:\n");
        for (var i = 1; i <= 100; i++)
        {
            text.Append("  flag").Append(i).Append(": { title: { en: Flag ").Append(i).Append(" } }\n");
        }

        text.Append("codes:\n  - code: 404\n    flags: [flag51, flag52]\n");
        var content = text.ToString();

        var output = AssertHandled(content);

        // 13 standard flags and 51 of these fill the 64 bits; flags 52 to 100 are reported where they are declared.
        var limits = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "STG0045").ToList();
        Assert.Equal(49, limits.Count);
        Assert.Equal(51 + 2, limits[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("The catalog cannot have more than 64 flags; the flag 'flag52' is ignored", Message(limits[0]));
        Assert.Contains(output.GeneratorDiagnostics, diagnostic => diagnostic.Id == "STG0051" && Message(diagnostic).Contains("flag52"));
        Assert.Contains("public bool IsFlag51 => (CatalogData.Flags[Ordinal] & 0x8000000000000000UL) != 0;", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_flags_list_longer_than_there_can_be_flags()
    {
        var content = "version: 1\ncodes:\n  - code: 404\n    flags: [" + string.Join(", ", Enumerable.Repeat("cacheable", 10_000)) + "]\n";

        var output = AssertHandled(content);

        Limit(output, "STG0044", "'flags' has more than 64 entries; the rest are ignored");
    }

    [Fact]
    public void Many_languages()
    {
        var languages = Enumerable.Range(0, 200).Select(i => "x" + (char)('a' + (i / 26)) + (char)('a' + (i % 26))).ToList();
        var text = new StringBuilder("version: 1\ncodes:\n");
        for (var i = 0; i < 4; i++)
        {
            // 50 languages per code: each map is within its limit, but together they pass the catalog's.
            text.Append("  - code: ").Append(400 + i).Append("\n    title:\n");
            foreach (var language in languages.Skip(i * 50).Take(50))
            {
                text.Append("      ").Append(language).Append(": T ").Append(language).Append('\n');
            }
        }

        var output = AssertHandled(text.ToString());

        // en and ko come from the standard catalog: 62 of these fit.
        var limits = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "STG0046").ToList();
        Assert.Equal(200 - 62, limits.Count);
        Assert.All(limits, diagnostic => Assert.StartsWith("The catalog cannot have texts in more than 64 languages; the text in 'x", Message(diagnostic), StringComparison.Ordinal));
        Assert.Contains("\"" + languages[61] + "\"", output.Sources["HttpStatus.g.cs"]);
        Assert.DoesNotContain("\"" + languages[62] + "\"", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_language_map_with_thousands_of_entries()
    {
        var content = "version: 1\ncodes:\n  - code: 404\n    title:\n"
                      + string.Concat(Enumerable.Range(0, 10_000).Select(i => "      x" + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26)) + "-" + i + ": t\n"));

        var output = AssertHandled(content);

        Limit(output, "STG0044", "'title' has more than 64 entries; the rest are ignored");
    }
}
