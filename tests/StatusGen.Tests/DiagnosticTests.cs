using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// One test per diagnostic: its id, severity, file, line and column (one-based, as an IDE shows them). Every
/// bad spec still leaves a compiling project with the standard catalog in it.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Path = "/project/status-codes.yaml";

    private static GeneratorOutput Run(params (string Path, string Content)[] files)
        => GeneratorHarness.Run(new GeneratorInput { SpecFiles = files.Select(file => (file.Path, (string?)file.Content)).ToList() });

    private static GeneratorOutput Run(string content) => Run((Path, content));

    /// <summary>Asserts exactly one diagnostic, where it is, and that the project still compiles.</summary>
    private static Diagnostic AssertSingle(GeneratorOutput output, string id, int line, int column, string path = Path)
    {
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, id, line, column, path);
        AssertStillGenerates(output);
        return diagnostic;
    }

    private static void AssertAt(Diagnostic diagnostic, string id, int line, int column, string path = Path)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(
            diagnostic.Id == id && span.Path == path && span.StartLinePosition.Line + 1 == line && span.StartLinePosition.Character + 1 == column,
            $"expected {id} at {path}({line},{column}), got {diagnostic.Id} at {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {Message(diagnostic)}");
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
    }

    private static void AssertStillGenerates(GeneratorOutput output)
    {
        Assert.Empty(output.CompilationProblems);
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus")!.GetMembers("NotFound").SingleOrDefault());
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void STG0001_invalid_YAML()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title: { en: \"unterminated\n"), "STG0001", 4, 18);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain("(Line:", Message(diagnostic));
    }

    [Fact]
    public void STG0001_bad_indentation()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n   title: x\n"), "STG0001", 4, 4);

    [Fact]
    public void STG0002_a_code_that_is_not_a_number()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: abc\n"), "STG0002", 3, 11);
        Assert.Equal("'code' must be an integer", Message(diagnostic));
    }

    [Fact]
    public void STG0002_a_quoted_code_is_text()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: \"404\"\n"), "STG0002", 3, 11);

    [Fact]
    public void STG0002_an_entry_without_a_code()
        => AssertSingle(Run("version: 1\ncodes:\n  - name: Foo\n    title: { en: Foo }\n"), "STG0002", 3, 5);

    [Fact]
    public void STG0002_codes_is_not_a_list()
        => AssertSingle(Run("version: 1\ncodes: 404\n"), "STG0002", 2, 8);

    [Fact]
    public void STG0002_a_title_that_is_not_a_language_map()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    title: Not Found\n"), "STG0002", 4, 12);

    [Theory]
    [InlineData("99")]
    [InlineData("600")]
    [InlineData("1000")]
    public void STG0003_a_code_outside_100_to_599(string code)
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: " + code + "\n    title: { en: X, ko: X }\n"), "STG0003", 3, 11);
        Assert.Contains(code, Message(diagnostic));
    }

    [Fact]
    public void STG0004_the_same_code_in_two_files_is_reported_at_both_and_neither_is_used()
    {
        const string A = "/project/a.status-codes.yaml";
        const string B = "/project/sub/status-codes.yaml";
        var entry = "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 닫힘 }\n";

        var output = Run((A, entry), (B, "version: 1\n\ncodes:\n  - code: 499\n    title: { en: Other, ko: 다른 }\n"));

        var diagnostics = output.GeneratorDiagnostics.OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToList();
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "STG0004", 3, 11, A);
        AssertAt(diagnostics[1], "STG0004", 4, 11, B);
        Assert.Contains("sub/status-codes.yaml(4,11)", Message(diagnostics[0]));
        Assert.Contains("a.status-codes.yaml(3,11)", Message(diagnostics[1]));
        Assert.Null(output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus")!.GetMembers("ClientClosedRequest").SingleOrDefault());
        AssertStillGenerates(output);
    }

    [Fact]
    public void STG0004_the_same_code_twice_in_one_file()
    {
        var output = Run("version: 1\ncodes:\n  - code: 404\n    title: { ko: 하나 }\n  - code: 404\n    title: { ko: 둘 }\n");

        Assert.Equal(2, output.GeneratorDiagnostics.Length);
        AssertAt(output.GeneratorDiagnostics[0], "STG0004", 3, 11);
        AssertAt(output.GeneratorDiagnostics[1], "STG0004", 5, 11);
        Assert.Contains("찾을 수 없음", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void The_same_path_given_twice_counts_once()
    {
        var entry = "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 닫힘 }\n";

        var output = Run((Path, entry), (Path, entry));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains("ClientClosedRequest", output.Sources["HttpStatus.g.cs"]);
    }

    [Theory]
    [InlineData("server-error")]
    [InlineData("5xx")]
    [InlineData("ServerError")]
    public void STG0005_a_group_that_disagrees_with_the_code(string group)
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    group: " + group + "\n"), "STG0005", 4, 12);
        Assert.Contains("ClientError (4xx)", Message(diagnostic));
    }

    [Theory]
    [InlineData("client-error")]
    [InlineData("4XX")]
    [InlineData("clientError")]
    [InlineData("CLIENT-ERROR")]
    public void A_group_that_agrees_is_accepted_in_any_spelling(string group)
        => Assert.Empty(Run("version: 1\ncodes:\n  - code: 404\n    group: " + group + "\n").GeneratorDiagnostics);

    [Fact]
    public void STG0016_a_group_that_does_not_exist()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    group: teapots\n"), "STG0016", 4, 12);

    [Theory]
    [InlineData("404Error", "not a valid C# identifier")]
    [InlineData("class", "keyword")]
    [InlineData("Not-Found", "not a valid C# identifier")]
    [InlineData("Bad\u200BName", "formatting character")]
    public void STG0006_an_invalid_name(string name, string reason)
    {
        var diagnostic = AssertSingle(
            Run("version: 1\ncodes:\n  - code: 498\n    name: \"" + name + "\"\n    title: { en: Token Expired, ko: 토큰 만료 }\n"),
            "STG0006",
            4,
            11);
        Assert.Contains(reason, Message(diagnostic));
    }

    [Fact]
    public void STG0007_a_title_that_yields_no_name()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 498\n    title: { en: \"123 Go\", ko: 가 }\n"), "STG0007", 3, 11);
        Assert.Contains("name:", Message(diagnostic));
    }

    [Theory]
    [InlineData("Status")]
    [InlineData("Code")]
    [InlineData("All")]
    [InlineData("Match")]
    [InlineData("StatusResult")]
    [InlineData("IsRetryable")]
    public void STG0008_a_reserved_name(string name)
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 498\n    name: " + name + "\n    title: { en: X, ko: 가 }\n"), "STG0008", 4, 11);

    [Fact]
    public void STG0008_a_title_that_derives_a_reserved_name_needs_an_explicit_one()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 498\n    title: { en: Status, ko: 상태 }\n"), "STG0007", 3, 11);

    [Fact]
    public void STG0009_two_codes_with_the_same_name()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 498\n    name: NotFound\n    title: { en: X, ko: 가 }\n"), "STG0009", 4, 11);
        Assert.Contains("status code 404", Message(diagnostic));
    }

    [Fact]
    public void STG0009_a_code_named_like_a_flag_property()
        => AssertSingle(
            Run("version: 1\nflags:\n  billing: { title: { en: Billing } }\ncodes:\n  - code: 498\n    name: IsBilling\n    title: { en: X, ko: 가 }\n"),
            "STG0009",
            6,
            11);

    [Fact]
    public void STG0010_a_new_code_without_an_English_title()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 498\n    title: { ko: 토큰 만료 }\n"), "STG0010", 3, 11);

    [Fact]
    public void STG0010_an_override_under_extends_none_is_a_new_code()
    {
        var output = Run("version: 1\nextends: none\ncodes:\n  - code: 404\n    title: { ko: 없음 }\n");

        AssertAt(Assert.Single(output.GeneratorDiagnostics), "STG0010", 4, 11);
        Assert.Empty(output.CompilationProblems);
        Assert.DoesNotContain("NotFound", output.Sources["HttpStatusCodes.g.cs"]);
    }

    [Fact]
    public void STG0011_a_new_code_without_Korean_text_is_a_warning_with_English_fallback()
    {
        var output = Run("version: 1\ncodes:\n  - code: 498\n    title: { en: Token Expired }\n    description: { en: The token expired. }\n");

        Assert.Equal(2, output.GeneratorDiagnostics.Length);
        AssertAt(output.GeneratorDiagnostics[0], "STG0011", 3, 11);
        Assert.Equal(DiagnosticSeverity.Warning, output.GeneratorDiagnostics[0].Severity);
        Assert.Contains("title", Message(output.GeneratorDiagnostics[0]));
        Assert.Contains("description", Message(output.GeneratorDiagnostics[1]));
        Assert.Contains("TokenExpired", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void STG0012_an_unknown_flag_with_a_suggestion()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: [cacheable, retryabel]\n"), "STG0012", 4, 24);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("did you mean 'retryable'", Message(diagnostic));
    }

    [Fact]
    public void Positions_are_right_with_CRLF_line_endings_and_a_BOM()
    {
        var text = "\uFEFFversion: 1\r\ncodes:\r\n  - code: 404\r\n    flags: [cacheable, retryabel]\r\n";
        var diagnostic = AssertSingle(Run(text), "STG0012", 4, 24);

        // The span covers exactly the flag's text in the file as the IDE holds it.
        Assert.Equal("retryabel", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void STG0012_an_unknown_flag_without_a_close_match()
        => Assert.DoesNotContain("did you mean", Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    remove-flags: [zzzzzzzzzzzz]\n"), "STG0012", 4, 20)));

    [Fact]
    public void STG0013_an_unknown_key()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    titel: { en: Not Found }\n"), "STG0013", 4, 5);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("title", Message(diagnostic));
    }

    [Fact]
    public void STG0013_an_unknown_top_level_key()
        => AssertSingle(Run("version: 1\ncode:\n  - code: 404\n"), "STG0013", 2, 1);

    [Theory]
    [InlineData("2")]
    [InlineData("\"1\"")]
    [InlineData("one")]
    public void STG0014_an_unsupported_version(string version)
        => AssertSingle(Run("version: " + version + "\n"), "STG0014", 1, 10);

    [Fact]
    public void STG0015_files_that_disagree_on_extends()
    {
        const string A = "/project/a.status-codes.yaml";
        const string B = "/project/b.status-codes.yaml";

        var output = Run((A, "version: 1\nextends: none\n"), (B, "version: 1\nextends: standard\n"));

        AssertAt(Assert.Single(output.GeneratorDiagnostics), "STG0015", 2, 10, A);
        Assert.Contains("NotFound", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void Extends_none_alone_drops_the_standard_codes()
    {
        var output = Run("version: 1\nextends: none\ncodes:\n  - code: 200\n    name: Ok\n    title: { en: OK, ko: 성공 }\n");

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        Assert.Contains("public const int Ok = 200;", output.Sources["HttpStatusCodes.g.cs"]);
        Assert.DoesNotContain("NotFound", output.Sources["HttpStatusCodes.g.cs"]);
        Assert.Contains("IsRetryable", output.Sources["HttpStatus.g.cs"]);
    }

    [Theory]
    [InlineData("version: 1\nextends: partial\n", 2, 10)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    registration: gone\n", 4, 19)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    reference: { document: X, url: \"ftp://example.com\" }\n", 4, 36)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    reference: { url: \"https://example.com/\\\"><script>\" }\n", 4, 23)]
    [InlineData("version: 1\nflags:\n  Bad_Flag: { title: { en: X } }\n", 3, 3)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    title: { english: Not Found }\n", 4, 14)]
    public void STG0016_an_invalid_value(string content, int line, int column)
        => AssertSingle(Run(content), "STG0016", line, column);

    [Fact]
    public void STG0016_a_property_on_a_standard_flag()
        => AssertSingle(Run("version: 1\nflags:\n  retryable:\n    property: CanRetry\n"), "STG0016", 4, 15);

    [Fact]
    public void STG0017_a_key_given_twice()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    code: 405\n"), "STG0017", 4, 5);

    [Fact]
    public void STG0017_a_flag_declared_in_two_files()
    {
        const string A = "/project/a.status-codes.yaml";
        const string B = "/project/b.status-codes.yaml";

        var output = Run((A, "version: 1\nflags:\n  billing: { title: { en: Billing } }\n"), (B, "version: 1\nflags:\n  billing: { title: { en: Billing } }\n"));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "STG0017", 3, 3, B);
        Assert.Contains("a.status-codes.yaml(3,3)", Message(diagnostic));
    }

    [Fact]
    public void STG0019_nesting_past_the_limit()
    {
        var deep = "version: 1\ncodes:\n  - code: 404\n    title: " + new string('[', 100) + new string(']', 100) + "\n";

        var output = Run(deep);

        Assert.Contains(output.GeneratorDiagnostics, diagnostic => diagnostic.Id == "STG0019");
        AssertStillGenerates(output);
    }

    [Fact]
    public void STG0019_a_text_past_the_length_limit()
    {
        var output = Run("version: 1\ncodes:\n  - code: 404\n    description: { en: " + new string('x', 20_000) + " }\n");

        AssertAt(Assert.Single(output.GeneratorDiagnostics), "STG0019", 4, 24);
        AssertStillGenerates(output);
    }

    [Fact]
    public void STG0021_text_that_was_not_valid_UTF8()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    title: { ko: \"\uFFFD\" }\n"), "STG0021", 4, 19);

    [Fact]
    public void STG0022_aliases_are_refused()
    {
        var output = Run("version: 1\ncodes:\n  - code: 404\n    title: &t { ko: 없음 }\n  - code: 410\n    title: *t\n");

        var diagnostics = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "STG0022").ToList();
        AssertAt(Assert.Single(diagnostics), "STG0022", 6, 12);
        AssertStillGenerates(output);
    }

    [Theory]
    [InlineData("[permanent]", "3xx")]
    [InlineData("[unused]", "'unused'")]
    public void STG0023_contradictory_flags(string flags, string reason)
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: " + flags + "\n"), "STG0023", 3, 11);
        Assert.Contains(reason, Message(diagnostic));
    }

    [Fact]
    public void STG0024_a_missing_version_is_a_warning()
    {
        var diagnostic = AssertSingle(Run("codes:\n  - code: 404\n    title: { ko: 없음 }\n"), "STG0024", 1, 1);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void An_empty_file_is_fine()
        => Assert.Empty(Run(string.Empty).GeneratorDiagnostics);

    [Fact]
    public void Every_descriptor_is_covered_by_a_test_here_or_in_OptionsTests()
    {
        var tested = typeof(DiagnosticTests).GetMethods()
            .Concat(typeof(StatusUnionDiagnosticTests).GetMethods()) // the C# usage ids of [StatusUnion]
            .Select(method => method.Name)
            .Where(name => name.StartsWith("STG", System.StringComparison.Ordinal))
            .Select(name => name.Substring(0, 7))
            .Concat(new[] { "STG0018", "STG0020", "STG0026" }) // GeneratedCodeCompilesTests, OptionsTests, SpecDocumentCountTests
            .ToHashSet();
        var declared = typeof(StatusGenerator).Assembly.GetType("StatusGen.Diagnostics.DiagnosticDescriptors")!
            .GetFields()
            .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
            .ToList();

        Assert.All(declared, id => Assert.True(tested.Contains(id), id + " has no test"));
        Assert.Equal(declared.Count, declared.Distinct().Count());
    }
}
