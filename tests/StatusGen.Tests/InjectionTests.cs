using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using StatusGen.Tests.Infrastructure;
using Xunit;
using static StatusGen.Tests.Infrastructure.RobustnessHarness;

namespace StatusGen.Tests;

/// <summary>
/// Text from YAML never becomes code: titles, descriptions and flag texts full of quotes, escapes, comment and XML
/// terminators, line breaks of every kind, bidirectional overrides, NUL and lone surrogates compile without a
/// single warning (warnings as errors, XML docs checked) and read back at run time exactly as the YAML holds them.
/// Names are validated, never rewritten.
/// </summary>
public sealed class InjectionTests
{
    /// <summary>Each is used whole, and inside ordinary text, as a title and description of its own code.</summary>
    public static readonly string[] HostileTexts =
    {
        "\"", "\\", "\\\"", "\"\"\"", "{0}", "{{0}}", "{", "}", "$\"{x}\"", "@\"", "'",
        "line\nbreak", "crlf\r\nbreak", "cr\rbreak", "nel\u0085break", "ls\u2028break", "ps\u2029break", "\n", "\r\n",
        "*/", "/*", "//", "///", "/** x */", "#if false", "#endregion", "#error no",
        "</summary>", "<summary>", "]]>", "<![CDATA[", "<script>alert(1)</script>", "&", "&amp;", "&lt;", "<!-- x -->",
        "<see cref=\"System.Object\"/>", "<para>", "</para></summary><remarks>",
        "\u202Eevil\u202C", "\u2066isolate\u2069", "\u200Fmark", "\u061C", "\u200B", "\uFEFF",
        "nul\0nul", "\0", "\u0001\u0007\u001B\u007F", "\t",
        "lone\uD800high", "lone\uDC00low", "\uD800", "\uDBFF\uDBFF", "pair 😀 한국어",
        "\"); System.Environment.Exit(1); //", "\"; } class Injected { string s = \"",
        "\\u0022 is a quote", "\\n is not a line break",
    };

    private static readonly Lazy<Injected> Catalog = new(Build);

    public static IEnumerable<object[]> Indexes => Enumerable.Range(0, HostileTexts.Length).Select(i => new object[] { i });

    /// <summary>A YAML double-quoted string that reads back as exactly <paramref name="value"/>.</summary>
    /// <remarks>
    /// YAML escapes cover everything except lone surrogates (YamlDotNet refuses <c>\uD800</c>), which are written
    /// as they are: a text held by the IDE can contain them, even if no UTF-8 file can.
    /// </remarks>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                default:
                    if (char.IsSurrogate(character) || (!char.IsControl(character) && CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.Format))
                    {
                        builder.Append(character);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The text itself; an English title must not be blank, so blank texts get a letter in front.</summary>
    private static string Title(int index) => string.IsNullOrWhiteSpace(HostileTexts[index]) ? "x" + HostileTexts[index] : HostileTexts[index];

    private static string KoreanTitle(int index) => "제목 " + HostileTexts[index] + " 끝";

    private static string Description(int index) => "Before " + HostileTexts[index] + " after.";

    private static Injected Build()
    {
        var yaml = new StringBuilder("version: 1\n");
        yaml.Append("groups:\n  server-error:\n    title: { en: ").Append(Quote("Server </summary> Error */ \"x\"")).Append(" }\n");
        yaml.Append("    description: { en: ").Append(Quote("A group ]]> with\nlines\u2028and \u202E overrides\0")).Append(" }\n");
        yaml.Append("flags:\n  hostile:\n    title: { en: ").Append(Quote("Flag </summary><script> {0} \"q\"")).Append(", ko: ").Append(Quote("플래그 \u2029 \\")).Append(" }\n");
        yaml.Append("    description: { en: ").Append(Quote("Desc */ \r\n ]]> \uD800")).Append(" }\n");
        yaml.Append("    source: ").Append(Quote("RFC </remarks> \u0085 & <b>")).Append('\n');
        yaml.Append("codes:\n");
        for (var i = 0; i < HostileTexts.Length; i++)
        {
            yaml.Append("  - code: ").Append(520 + i).Append('\n');
            yaml.Append("    name: Injected").Append(i).Append('\n');
            yaml.Append("    title:\n");
            yaml.Append("      en: ").Append(Quote(Title(i))).Append('\n');
            yaml.Append("      ko: ").Append(Quote(KoreanTitle(i))).Append('\n');
            yaml.Append("    description:\n");
            yaml.Append("      en: ").Append(Quote(Description(i))).Append('\n');
            yaml.Append("      ko: ").Append(Quote(Description(i) + " 한")).Append('\n');
            yaml.Append("    reference: { document: ").Append(Quote("RFC " + HostileTexts[i])).Append(", section: ").Append(Quote(HostileTexts[i])).Append(" }\n");
            yaml.Append("    flags: [hostile]\n");
        }

        var content = yaml.ToString();
        var output = RunBounded(content);
        return new Injected(content, output, output.Load());
    }

    [Fact]
    public void The_spec_is_read_without_diagnostics()
    {
        var catalog = Catalog.Value;
        AssertWellFormed(catalog.Output, SpecPath, catalog.Yaml);
        Assert.Empty(catalog.Output.GeneratorDiagnostics);
    }

    [Fact]
    public void The_output_compiles_with_warnings_as_errors_and_XML_docs_checked()
    {
        var compilation = Catalog.Value.Output.Compilation;
        var strict = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        Assert.Equal(DocumentationMode.Diagnose, strict.SyntaxTrees.First().Options.DocumentationMode);

        Assert.Empty(strict.GetDiagnostics().Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden));
    }

    [Fact]
    public void Generated_source_holds_no_invisible_or_line_breaking_characters()
    {
        foreach (var (name, source) in Catalog.Value.Output.Sources)
        {
            for (var i = 0; i < source.Length; i++)
            {
                var character = source[i];
                var pairHalf = char.IsSurrogate(character)
                               && ((char.IsHighSurrogate(character) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                                   || (char.IsLowSurrogate(character) && i > 0 && char.IsHighSurrogate(source[i - 1])));
                Assert.True(character == '\n' || pairHalf || IsShownAsIs(character), $"{name}: U+{(int)character:X4} at {i}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Texts_read_back_exactly(int index)
    {
        var status = Catalog.Value.Status(520 + index);

        Assert.Equal(Title(index), Catalog.Value.Call<string>(status, "GetTitle", "en"));
        Assert.Equal(Title(index), Catalog.Value.Get<string>(status, "ReasonPhrase"));
        Assert.Equal(KoreanTitle(index), Catalog.Value.Call<string>(status, "GetTitle", "ko"));
        Assert.Equal(KoreanTitle(index), Catalog.Value.Call<string>(status, "GetTitle", "ko-KR"));
        Assert.Equal(Description(index), Catalog.Value.Call<string>(status, "GetDescription", "en"));
        Assert.Equal(Description(index) + " 한", Catalog.Value.Call<string>(status, "GetDescription", "ko"));
        Assert.Equal("Injected" + index.ToString(CultureInfo.InvariantCulture), Catalog.Value.Get<string>(status, "Name"));
        Assert.True(Catalog.Value.Call<bool>(status, "HasFlag", "hostile"));
        Assert.True(Catalog.Value.Get<bool>(status, "IsHostile"));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Doc_comments_are_well_formed_XML_showing_the_text(int index)
    {
        var member = Catalog.Value.Output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus")!
            .GetMembers("Injected" + index.ToString(CultureInfo.InvariantCulture)).Single();

        var xml = member.GetDocumentationCommentXml(CultureInfo.InvariantCulture, expandIncludes: false);
        var summary = XElement.Parse(xml!).Element("summary")!.Value;

        // Markup is shown as text; characters XML cannot hold, or that would be invisible, are shown as \uXXXX.
        var title = Title(index);
        if (title.All(IsShownAsIs))
        {
            Assert.Contains(title, summary, StringComparison.Ordinal);
        }
    }

    private static bool IsShownAsIs(char character)
        => CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate);

    [Fact]
    public void Flag_and_group_texts_appear_only_as_doc_text()
    {
        var compilation = Catalog.Value.Output.Compilation;
        var flag = compilation.GetTypeByMetadataName("StatusGen.HttpStatus")!.GetMembers("IsHostile").Single();
        var group = compilation.GetTypeByMetadataName("StatusGen.StatusGroup")!.GetMembers("ServerError").Single();

        var flagDocs = XElement.Parse(flag.GetDocumentationCommentXml(CultureInfo.InvariantCulture)!);
        var groupDocs = XElement.Parse(group.GetDocumentationCommentXml(CultureInfo.InvariantCulture)!);

        Assert.Contains("Flag </summary><script> {0} \"q\"", flagDocs.Element("summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("RFC </remarks>", flagDocs.Element("remarks")!.Value, StringComparison.Ordinal);
        Assert.Contains("Server </summary> Error */ \"x\"", groupDocs.Element("summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("\\u202E", groupDocs.Element("summary")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Foo\"Bar", "not a valid C# identifier")]
    [InlineData("Foo\\Bar", "not a valid C# identifier")]
    [InlineData("Foo{0}", "not a valid C# identifier")]
    [InlineData("Foo\nBar", "not a valid C# identifier")]
    [InlineData("Foo\u2028Bar", "not a valid C# identifier")]
    [InlineData("Foo*/", "not a valid C# identifier")]
    [InlineData("Foo</summary>", "not a valid C# identifier")]
    [InlineData("Foo\0", "not a valid C# identifier")]
    [InlineData("Foo\u202EBar", "U+202E")]
    [InlineData("Foo\u00ADBar", "U+00AD")]
    [InlineData("NotF\u043Eund", "U+043E")]
    [InlineData("\uFF26oo", "U+FF26")]
    [InlineData("Caf\u00E9", "U+00E9")]
    [InlineData("@class", "not a valid C# identifier")]
    [InlineData("Foo Bar", "not a valid C# identifier")]
    [InlineData(" Foo", "not a valid C# identifier")]
    public void A_hostile_name_is_reported_and_never_rewritten(string name, string reason)
    {
        var content = "version: 1\ncodes:\n  - code: 598\n    name: " + Quote(name) + "\n    title: { en: Hostile, ko: 적대 }\n";

        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        // Not an identifier at all (STG0006), or one with a character outside ASCII, named by its code point (STG0048).
        Assert.Equal(reason.StartsWith("U+", StringComparison.Ordinal) ? "STG0048" : "STG0006", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(3, 10), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(reason, Message(diagnostic), StringComparison.Ordinal);
        Assert.DoesNotContain("598", output.Sources["HttpStatusCodes.g.cs"], StringComparison.Ordinal);
        AssertStillGenerates(output);
    }

    [Fact]
    public void A_hostile_name_shows_in_the_message_without_breaking_the_log_line()
    {
        var content = "version: 1\ncodes:\n  - code: 598\n    name: " + Quote("A\r\n/p/x.cs(1,1): error CS0001: forged\u202E") + "\n    title: { en: Hostile, ko: 적대 }\n";

        var message = Message(Assert.Single(RunBounded(content).GeneratorDiagnostics));

        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\u202E', message);
        Assert.Contains("A\\u000D\\u000A/p/x.cs(1,1)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is\"Evil")]
    [InlineData("Is{0}")]
    [InlineData("Is\u202EEvil")]
    [InlineData("Is\nEvil")]
    [InlineData("IsÉvil")]
    public void A_hostile_flag_property_is_reported(string property)
    {
        var content = "version: 1\nflags:\n  evil:\n    property: " + Quote(property) + "\n    title: { en: Evil }\n";

        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Contains(diagnostic.Id, new[] { "STG0006", "STG0048" });
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("\"evil\"", output.Sources["HttpStatus.g.cs"], StringComparison.Ordinal);
        AssertStillGenerates(output);
    }

    [Theory]
    [InlineData("evil\"flag")]
    [InlineData("evil-flag\n")]
    [InlineData("evil*/flag")]
    [InlineData("evil\u202Eflag")]
    [InlineData("Evil")]
    [InlineData("evil flag")]
    public void A_hostile_flag_name_is_reported(string flag)
    {
        var content = "version: 1\nflags:\n  " + Quote(flag) + ":\n    title: { en: Evil }\n";

        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0037", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        AssertStillGenerates(output);
    }

    [Theory]
    [InlineData("en\n")]
    [InlineData("e\"n")]
    [InlineData("en</summary>")]
    [InlineData("ko\u202E")]
    public void A_hostile_language_tag_is_reported(string language)
    {
        var content = "version: 1\ncodes:\n  - code: 404\n    title: { " + Quote(language) + ": Evil }\n";

        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        Assert.Equal("STG0038", Assert.Single(output.GeneratorDiagnostics).Id);
        AssertStillGenerates(output);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.com/\" onmouseover=\"alert(1)")]
    [InlineData("https://example.com/'><script>")]
    [InlineData("https://example.com/a b")]
    [InlineData("https://example.com/\nx")]
    [InlineData("//example.com/relative")]
    [InlineData("\u202Ehttps://example.com")]
    public void A_hostile_reference_url_is_refused(string url)
    {
        var content = "version: 1\ncodes:\n  - code: 404\n    reference: { document: X, url: " + Quote(url) + " }\n";

        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0039", diagnostic.Id);
        Assert.DoesNotContain("example.com", output.Sources["HttpStatus.g.cs"], StringComparison.Ordinal);
        AssertStillGenerates(output);
    }

    [Fact]
    public void A_reference_url_with_an_ampersand_is_escaped_in_the_docs()
    {
        var content = "version: 1\ncodes:\n  - code: 404\n    reference: { document: X, url: \"https://example.com/?a=1&b=2\" }\n";

        var output = RunBounded(content);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains("<see href=\"https://example.com/?a=1&amp;b=2\">", output.Sources["HttpStatus.g.cs"], StringComparison.Ordinal);
        Assert.Empty(output.CompilationProblems);
    }

    /// <summary>The generated project, built once for all tests here, and its loaded assembly.</summary>
    private sealed class Injected
    {
        private readonly Type _type;

        public Injected(string yaml, GeneratorOutput output, Assembly assembly)
        {
            Yaml = yaml;
            Output = output;
            _type = assembly.GetType("StatusGen.HttpStatus", throwOnError: true)!;
        }

        public string Yaml { get; }

        public GeneratorOutput Output { get; }

        public object Status(int code) => _type.GetMethod("FromCode")!.Invoke(null, new object[] { code })!;

        public T Call<T>(object status, string method, string argument) => (T)_type.GetMethod(method)!.Invoke(status, new object[] { argument })!;

        public T Get<T>(object status, string property) => (T)_type.GetProperty(property)!.GetValue(status)!;
    }
}
