using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StatusGen.Spec;
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
    public void STG0001_invalid_YAML_that_is_none_of_the_named_mistakes()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title: { en: X }: y\n"), "STG0001", 4, 21);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain("(Line:", Message(diagnostic));
    }

    [Fact]
    public void STG0061_a_tab_in_the_indentation_of_line_3_is_reported_at_line_3()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n\t- code: 499\n"), "STG0061", 3, 1);
        Assert.Equal("A tab indents this line; YAML indents with spaces only", Message(diagnostic));
    }

    [Fact]
    public void STG0062_a_missing_colon_on_line_3_is_reported_at_line_3()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code 499\n    title: { en: X }\n"), "STG0062", 3, 5);
        Assert.Equal("'code' has no ':' after it; write the key, a ':' and a space, then the value (for example 'code: 404')", Message(diagnostic));
    }

    [Fact]
    public void STG0062_a_missing_colon_that_YAML_folds_into_the_code_is_reported_on_its_own_line()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title Client Closed\n"), "STG0062", 4, 5);

    [Fact]
    public void STG0063_no_space_after_a_colon()
        => AssertSingle(Run("version: 1\ncodes:\n  - code:499\n    title: { en: X }\n"), "STG0063", 3, 9);

    [Fact]
    public void STG0064_no_space_after_a_dash()
        => AssertSingle(Run("version: 1\ncodes:\n  -code: 499\n    title: { en: X }\n"), "STG0064", 3, 3);

    [Fact]
    public void STG0065_a_key_indented_less_than_its_neighbour()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n   title: x\n"), "STG0065", 4, 4);
        Assert.Equal("'title' starts in column 4, but 'code' on line 3 in column 5: the keys of one entry start in the same column", Message(diagnostic));
    }

    [Fact]
    public void STG0066_a_list_item_indented_differently_from_the_list()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n - code: 498\n"), "STG0066", 4, 2);

    [Fact]
    public void STG0067_an_unclosed_bracket_is_reported_at_the_bracket_without_an_exception_name()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    flags: [retryable\n    title: { en: X }\n"), "STG0067", 4, 12);
        Assert.Equal("This '[' is never closed: add ']' where the list or mapping it opens ends", Message(diagnostic));
        Assert.DoesNotContain("Exception", Message(diagnostic));
    }

    [Fact]
    public void STG0067_a_U2028_line_separator_inside_braces_names_the_brace_not_an_exception()
    {
        // YamlDotNet 16.3 throws InvalidOperationException here.
        var diagnostic = AssertSingle(Run("version: 1\ncodes: {\u2028l\n"), "STG0067", 2, 8);
        Assert.DoesNotContain("Exception", Message(diagnostic));
    }

    [Fact]
    public void STG0068_a_closing_bracket_that_closes_nothing()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    flags: [retryable]]\n"), "STG0068", 4, 23);

    [Fact]
    public void STG0069_an_unclosed_quote_is_reported_at_the_opening_quote()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title: { en: \"unterminated\n"), "STG0069", 4, 18);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("This quoted text is never closed: add the closing \"", Message(diagnostic));
    }

    [Fact]
    public void STG0070_text_after_a_closing_quote()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    name: \"Client\" Closed\n"), "STG0070", 4, 20);

    [Fact]
    public void STG0071_a_colon_inside_a_value_without_quotes()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title:\n      en: Note: closed\n"), "STG0071", 5, 15);

    [Fact]
    public void STG0072_a_value_that_starts_with_a_reserved_character()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    name: @Closed\n"), "STG0072", 4, 11);

    [Fact]
    public void STG0073_an_unknown_escape_in_double_quotes()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title: { en: \"C:\\q\" }\n"), "STG0073", 4, 21);

    [Fact]
    public void STG0074_a_list_item_on_the_line_of_its_key()
        => AssertSingle(Run("version: 1\ncodes: - code: 499\n"), "STG0074", 2, 8);

    [Fact]
    public void STG0002_a_code_that_is_not_a_number()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: abc\n"), "STG0002", 3, 11);
        Assert.Equal("'code' must be an integer, written in digits without quotes", Message(diagnostic));
    }

    [Fact]
    public void STG0002_a_quoted_code_is_text()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: \"404\"\n"), "STG0002", 3, 11);

    [Fact]
    public void STG0002_a_version_that_is_a_list()
        => AssertSingle(Run("version: [1]\n"), "STG0002", 1, 10);

    [Fact]
    public void STG0033_an_entry_without_a_code()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - name: Foo\n    title: { en: Foo }\n"), "STG0033", 3, 5);
        Assert.Equal("This entry under 'codes' has no 'code' and is ignored", Message(diagnostic));
    }

    [Fact]
    public void STG0030_codes_is_not_a_list()
        => Assert.Equal("'codes' must be a list", Message(AssertSingle(Run("version: 1\ncodes: 404\n"), "STG0030", 2, 8)));

    [Fact]
    public void STG0029_a_title_that_is_not_a_language_map()
        => Assert.Equal(
            "'title' must be a mapping of keys to values",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    title: Not Found\n"), "STG0029", 4, 12)));

    [Fact]
    public void STG0028_a_value_that_is_not_a_text()
        => Assert.Equal(
            "'extends' must be a text, not empty, a list or a mapping",
            Message(AssertSingle(Run("version: 1\nextends: [standard]\n"), "STG0028", 2, 10)));

    [Fact]
    public void STG0028_a_flags_item_that_is_not_a_text_is_named_by_its_place()
        => Assert.Contains(
            "'flags[1]'",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: [cacheable, [retryable]]\n"), "STG0028", 4, 24)));

    [Fact]
    public void STG0027_a_key_that_is_not_a_text()
        => AssertSingle(Run("version: 1\n~: x\n"), "STG0027", 2, 1);

    [Fact]
    public void STG0031_a_document_that_is_not_a_mapping()
        => AssertSingle(Run("- code: 404\n"), "STG0031", 1, 1);

    [Fact]
    public void STG0032_an_entry_under_codes_that_is_not_a_mapping()
        => AssertSingle(Run("version: 1\ncodes:\n  - 404\n"), "STG0032", 3, 5);

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
    public void STG0036_a_group_that_does_not_exist()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    group: teapots\n"), "STG0036", 4, 12);
        Assert.StartsWith("'teapots' is not a status group; use informational, success,", Message(diagnostic), System.StringComparison.Ordinal);
    }

    [Fact]
    public void STG0036_a_group_key_that_does_not_exist()
        => AssertSingle(Run("version: 1\ngroups:\n  teapots: { title: { en: Teapots } }\n"), "STG0036", 3, 3);

    private static GeneratorOutput RunNamed(string name)
        => Run("version: 1\ncodes:\n  - code: 498\n    name: \"" + name + "\"\n    title: { en: Token Expired, ko: 토큰 만료 }\n");

    [Theory]
    [InlineData("404Error")]
    [InlineData("Not-Found")]
    [InlineData("")]
    public void STG0006_a_name_that_is_not_an_identifier(string name)
        => Assert.Equal("'" + name + "' cannot be used as a name: it is not a valid C# identifier", Message(AssertSingle(RunNamed(name), "STG0006", 4, 11)));

    [Theory]
    [InlineData("Bad\u200BName", "Bad\\u200BName", "200B")]
    [InlineData("NotF\u043Eund", "NotF\u043Eund", "043E")]
    [InlineData("Caf\u00E9", "Caf\u00E9", "00E9")]
    public void STG0048_a_name_that_is_not_ASCII(string name, string shown, string codePoint)
        => Assert.Equal(
            "'" + shown + "' cannot be used as a name: it contains U+" + codePoint + ", and names use only ASCII letters, digits and '_'",
            Message(AssertSingle(RunNamed(name), "STG0048", 4, 11)));

    [Fact]
    public void STG0049_a_name_that_is_a_keyword()
        => Assert.Equal("'class' cannot be used as a name: it is a C# keyword", Message(AssertSingle(RunNamed("class"), "STG0049", 4, 11)));

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
        Assert.Equal("The name 'NotFound' is already used by status code 404", Message(diagnostic));
    }

    [Fact]
    public void STG0075_an_alias_that_is_another_codes_title()
    {
        var output = Run("version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 닫힘 }\n    aliases:\n      not found: nginx\n      Client Gone: nginx\n");
        var diagnostic = AssertSingle(output, "STG0075", 6, 7);
        Assert.Equal("The alias 'not found' of status code 499 is the name or English title of status code 404; the alias is not used", Message(diagnostic));

        // The code keeps its other alias, and "not found" still means 404.
        Assert.Contains("\"Client Gone\",", AliasTable(output), StringComparison.Ordinal);
        Assert.DoesNotContain("\"not found\",", AliasTable(output), StringComparison.Ordinal);
    }

    [Fact]
    public void STG0075_an_alias_that_is_another_codes_name()
        => Assert.Equal(
            "The alias 'TooManyRequests' of status code 499 is the name or English title of status code 429; the alias is not used",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title: { en: X, ko: 가 }\n    aliases: { TooManyRequests: here }\n"), "STG0075", 5, 16)));

    [Fact]
    public void STG0076_a_new_title_that_is_a_standard_alias()
    {
        var output = Run("version: 1\ncodes:\n  - code: 499\n    title: { en: Moved Temporarily, ko: 임시 이동 }\n");
        var diagnostic = AssertSingle(output, "STG0076", 4, 18);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("'Moved Temporarily', the name or English title of status code 499, is an alias of status code 302 in the standard catalog; status code 302 no longer has that alias", Message(diagnostic));
        Assert.DoesNotContain("\"Moved Temporarily\",", AliasTable(output), StringComparison.Ordinal);
    }

    [Fact]
    public void STG0076_a_renamed_code_that_takes_a_standard_alias()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 302\n    name: Moved\n"), "STG0076", 4, 11);

    [Fact]
    public void STG0077_two_user_codes_with_the_same_alias()
    {
        var output = Run(
            ("/project/a.status-codes.yaml", "version: 1\ncodes:\n  - code: 498\n    title: { en: Token Expired, ko: 토큰 만료 }\n    aliases: { Token Gone: a }\n"),
            ("/project/b.status-codes.yaml", "version: 1\ncodes:\n  - code: 497\n    title: { en: Token Revoked, ko: 토큰 취소 }\n    aliases: { token gone: b }\n"));

        var diagnostics = output.GeneratorDiagnostics.OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "STG0077", 5, 16, "/project/a.status-codes.yaml");
        AssertAt(diagnostics[1], "STG0077", 5, 16, "/project/b.status-codes.yaml");
        Assert.Equal("The alias 'Token Gone' of status code 498 is also an alias of status code 497; the alias is not used", Message(diagnostics[0]));
        Assert.DoesNotContain("oken Gone\",", AliasTable(output), StringComparison.OrdinalIgnoreCase);
        AssertStillGenerates(output);
    }

    [Fact]
    public void STG0077_a_user_alias_that_is_a_standard_alias_leaves_the_standard_one()
    {
        var output = Run("version: 1\ncodes:\n  - code: 499\n    title: { en: X, ko: 가 }\n    aliases: { payload too large: mine }\n");
        Assert.Equal(
            "The alias 'payload too large' of status code 499 is also an alias of status code 413; the alias is not used",
            Message(AssertSingle(output, "STG0077", 5, 16)));
        Assert.Contains("\"Payload Too Large\",", AliasTable(output), StringComparison.Ordinal);
    }

    /// <summary>The generated table of aliases TryParse reads.</summary>
    private static string AliasTable(GeneratorOutput output)
    {
        var source = output.Sources["HttpStatus.g.cs"];
        var start = source.IndexOf("string[] Aliases = ", StringComparison.Ordinal);
        return source.Substring(start, source.IndexOf("};", start, StringComparison.Ordinal) - start);
    }

    [Theory]
    [InlineData("\" padded\"", 16)]
    [InlineData("\"trailing \"", 16)]
    [InlineData("3D Secure", 16)]
    [InlineData("\"\"", 16)]
    public void STG0078_an_alias_TryParse_could_never_match(string alias, int column)
        => Assert.StartsWith(
            "The alias '",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 499\n    title: { en: X, ko: 가 }\n    aliases: { " + alias + ": here }\n"), "STG0078", 5, column)),
            StringComparison.Ordinal);

    [Fact]
    public void STG0079_an_alias_that_repeats_the_codes_own_title_or_a_standard_alias()
    {
        var output = Run("version: 1\ncodes:\n  - code: 413\n    aliases:\n      content too large: here\n      Payload Too Large: here\n");

        var diagnostics = output.GeneratorDiagnostics.OrderBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "STG0079", 5, 7);
        AssertAt(diagnostics[1], "STG0079", 6, 7);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.Equal("The alias 'content too large' of status code 413 is already its name, English title or alias; it is ignored", Message(diagnostics[0]));
        AssertStillGenerates(output);
    }

    [Fact]
    public void Aliases_of_an_override_are_added_to_the_standard_ones_in_the_docs_too()
    {
        var output = Run("version: 1\ncodes:\n  - code: 413\n    aliases: { Upload Too Big: this API }\n");

        Assert.Empty(output.GeneratorDiagnostics);
        var generated = output.Sources["HttpStatus.g.cs"];
        Assert.Contains("\"Upload Too Big\",", generated, StringComparison.Ordinal);
        Assert.Contains("\"Payload Too Large\",", generated, StringComparison.Ordinal);
        Assert.Contains("<c>Payload Too Large</c> (RFC 7231 §6.5.11; ASP.NET Core ReasonPhrases)", generated, StringComparison.Ordinal);
        Assert.Contains("<c>Upload Too Big</c> (this API)</para>", generated, StringComparison.Ordinal);
        Assert.Contains("TryParse가 함께 받는 별칭 · TryParse also accepts: <c>Payload Too Large</c>", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void STG0050_a_code_named_like_a_flag_property()
        => Assert.Equal(
            "The name 'IsBilling' is already used by the property of the flag 'billing'",
            Message(AssertSingle(
                Run("version: 1\nflags:\n  billing: { title: { en: Billing } }\ncodes:\n  - code: 498\n    name: IsBilling\n    title: { en: X, ko: 가 }\n"),
                "STG0050",
                6,
                11)));

    [Fact]
    public void STG0050_two_flags_with_the_same_property()
        => AssertSingle(Run("version: 1\nflags:\n  billing: {}\n  invoice:\n    property: IsBilling\n"), "STG0050", 5, 15);

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
        Assert.Equal("Status code 498 has no title in 'ko', a language StatusGenDocLanguages asks for; the English text is used instead", Message(output.GeneratorDiagnostics[0]));
        Assert.Contains("description", Message(output.GeneratorDiagnostics[1]));
        Assert.Contains("TokenExpired", output.Sources["HttpStatus.g.cs"]);
    }

    [Theory]
    [InlineData("en", new string[0])]
    [InlineData("en;ko", new[] { "title in 'ko'" })]
    [InlineData("ko-KR", new[] { "title in 'ko-kr'" })]
    [InlineData("ko;en;ja", new[] { "title in 'ko'", "title in 'ja'" })]
    [InlineData("en;ja", new[] { "title in 'ja'" })]
    public void STG0011_concerns_only_the_languages_StatusGenDocLanguages_asks_for(string languages, string[] missing)
    {
        var output = GeneratorHarness.Run(new GeneratorInput
        {
            SpecFiles = new[] { (Path, (string?)"version: 1\ncodes:\n  - code: 498\n    title: { en: Token Expired }\n  - code: 404\n    title: { ja: 見つかりません }\n") },
            BuildProperties = new Dictionary<string, string> { ["StatusGenDocLanguages"] = languages },
        });

        var reported = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "STG0011").Select(Message).ToList();
        Assert.Equal(missing.Length, reported.Count);
        Assert.All(missing.Zip(reported), pair => Assert.Contains(pair.First, pair.Second));
        Assert.Empty(output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id != "STG0011"));
    }

    [Fact]
    public void STG0060_a_requested_language_without_any_text_is_reported_once_with_the_catalog_languages()
    {
        var output = GeneratorHarness.Run(new GeneratorInput
        {
            SpecFiles = new[] { (Path, (string?)"version: 1\ncodes:\n  - code: 498\n    title: { en: Token Expired }\n  - code: 497\n    title: { en: Other }\n") },
            BuildProperties = new Dictionary<string, string> { ["StatusGenDocLanguages"] = "fr" },
        });

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0060", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal("StatusGenDocLanguages asks for 'fr', but no text of the catalog is in that language, so the docs show English there; the catalog has texts in en, ko", Message(diagnostic));
    }

    [Fact]
    public void Changing_StatusGenDocLanguages_reports_other_translations_without_validating_again()
    {
        var spec = (Path, (string?)"version: 1\ncodes:\n  - code: 498\n    title: { en: Token Expired }\n");
        var first = GeneratorHarness.Run(new GeneratorInput { SpecFiles = new[] { spec } });
        Assert.Equal("STG0011", Assert.Single(first.GeneratorDiagnostics).Id);

        // The same driver, now with StatusGenDocLanguages=en: the catalog step is not run again, only the report.
        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["StatusGenDocLanguages"] = "en" }));
        var second = GeneratorHarness.Rerun(driver, GeneratorHarness.CreateCompilation(new GeneratorInput { SpecFiles = new[] { spec } }));

        Assert.Empty(second.GeneratorDiagnostics);
        var validated = second.Result.TrackedSteps["Validated"].Single().Outputs.Single();
        Assert.Equal(IncrementalStepRunReason.Cached, validated.Reason);
    }

    [Fact]
    public void STG0051_an_unknown_flag_with_a_suggestion()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: [cacheable, retryabel]\n"), "STG0051", 4, 24);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Unknown flag 'retryabel' is ignored; did you mean 'retryable'?", Message(diagnostic));
    }

    [Fact]
    public void Positions_are_right_with_CRLF_line_endings_and_a_BOM()
    {
        var text = "\uFEFFversion: 1\r\ncodes:\r\n  - code: 404\r\n    flags: [cacheable, retryabel]\r\n";
        var diagnostic = AssertSingle(Run(text), "STG0051", 4, 24);

        // The span covers exactly the flag's text in the file as the IDE holds it.
        Assert.Equal("retryabel", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void STG0012_an_unknown_flag_without_a_close_match()
    {
        var diagnostic = AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    remove-flags: [zzzzzzzzzzzz]\n"), "STG0012", 4, 20);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Unknown flag 'zzzzzzzzzzzz' is ignored", Message(diagnostic));
    }

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
    [InlineData("version: 1\nextends: partial\n", 2, 10, "'partial' is not a valid value for 'extends'; use one of: standard, none")]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    registration: gone\n", 4, 19, "'gone' is not a valid value for 'registration'; use one of: registered, temporary, deprecated, obsoleted, unused")]
    public void STG0016_a_value_that_is_not_one_of_those_allowed(string content, int line, int column, string message)
        => Assert.Equal(message, Message(AssertSingle(Run(content), "STG0016", line, column)));

    [Theory]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    reference: { document: X, url: \"ftp://example.com\" }\n", 4, 36)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    reference: { url: \"https://example.com/\\\"><script>\" }\n", 4, 23)]
    public void STG0039_an_invalid_reference_url(string content, int line, int column)
        => AssertSingle(Run(content), "STG0039", line, column);

    [Fact]
    public void STG0037_an_invalid_flag_name()
        => Assert.StartsWith(
            "'Bad_Flag' is not a valid flag name: flag names are kebab case",
            Message(AssertSingle(Run("version: 1\nflags:\n  Bad_Flag: { title: { en: X } }\n"), "STG0037", 3, 3)),
            System.StringComparison.Ordinal);

    [Fact]
    public void STG0038_an_invalid_language_tag()
        => Assert.Equal(
            "'english' in 'title' is not a language tag such as 'en', 'ko' or 'zh-Hant' (at most 35 characters); the text is ignored",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    title: { english: Not Found }\n"), "STG0038", 4, 14)));

    [Fact]
    public void STG0040_a_property_on_a_standard_flag()
        => Assert.Equal(
            "The standard flag 'retryable' is always tested by HttpStatus.IsRetryable; its 'property: CanRetry' is ignored",
            Message(AssertSingle(Run("version: 1\nflags:\n  retryable:\n    property: CanRetry\n"), "STG0040", 4, 15)));

    [Fact]
    public void STG0017_a_key_given_twice()
        => Assert.Equal(
            "The key 'code' is given more than once in this mapping (first at /project/status-codes.yaml(3,5)); this one is ignored",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    code: 405\n"), "STG0017", 4, 5)));

    [Fact]
    public void STG0041_a_flag_declared_in_two_files()
    {
        const string A = "/project/a.status-codes.yaml";
        const string B = "/project/b.status-codes.yaml";

        var output = Run((A, "version: 1\nflags:\n  billing: { title: { en: Billing } }\n"), (B, "version: 1\nflags:\n  billing: { title: { en: Billing } }\n"));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "STG0041", 3, 3, B);
        Assert.Equal("The flag 'billing' is already declared at /project/a.status-codes.yaml(3,3); this declaration is ignored", Message(diagnostic));
    }

    [Fact]
    public void STG0019_a_file_past_the_size_limit()
    {
        var output = Run("version: 1\n#" + new string('x', 2_000_000) + "\n");

        Assert.Equal("The spec file has 2,000,013 characters, more than the limit of 2,000,000; the file is ignored", Message(AssertSingle(output, "STG0019", 1, 1)));
    }

    [Fact]
    public void STG0042_nesting_past_the_limit()
    {
        var deep = "version: 1\ncodes:\n  - code: 404\n    title: " + new string('[', 100) + new string(']', 100) + "\n";

        AssertSingle(Run(deep), "STG0042", 4, 41);
    }

    [Fact]
    public void STG0043_a_text_past_the_length_limit()
        => Assert.Equal(
            "This text has 20,000 characters, more than the limit of 10,000; it is cut to 10,000 characters",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    description: { en: " + new string('x', 20_000) + " }\n"), "STG0043", 4, 24)));

    [Fact]
    public void STG0044_a_list_with_more_entries_than_allowed()
        => Assert.Equal(
            "'flags' has more than 64 entries; the rest are ignored",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: [" + string.Join(", ", Enumerable.Repeat("cacheable", 65)) + "]\n"), "STG0044", 4, 13 + (64 * 11))));

    [Fact]
    public void STG0044_more_aliases_than_an_entry_may_have()
    {
        // The first 64 are kept (TryParse reads alias 64), the 65th is where the limit is reported.
        var content = "version: 1\ncodes:\n  - code: 499\n    title: { en: X, ko: 가 }\n    aliases:\n" + string.Concat(Enumerable.Range(1, 65).Select(i => "      Alias " + i + ": here\n"));
        var output = Run(content);

        Assert.Equal("'aliases' has more than 64 entries; the rest are ignored", Message(AssertSingle(output, "STG0044", 70, 7)));
        Assert.Contains("\"Alias 64\",", AliasTable(output), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Alias 65\",", AliasTable(output), StringComparison.Ordinal);
    }

    [Fact]
    public void STG0045_more_flags_than_the_catalog_can_hold()
    {
        // The 13 standard flags and 51 more fill the 64 bits of the mask.
        var content = "version: 1\nflags:\n" + string.Concat(Enumerable.Range(1, 52).Select(i => "  flag" + i + ":\n"));

        Assert.Equal("The catalog cannot have more than 64 flags; the flag 'flag52' is ignored", Message(AssertSingle(Run(content), "STG0045", 54, 3)));
    }

    [Fact]
    public void STG0046_more_languages_than_the_catalog_can_hold()
    {
        // en and ko come from the standard catalog: 62 more fit.
        var languages = Enumerable.Range(0, 63).Select(i => "x" + (char)('a' + (i / 26)) + (char)('a' + (i % 26))).ToList();
        var content = "version: 1\ncodes:\n  - code: 404\n    title:\n" + string.Concat(languages.Select(language => "      " + language + ": T\n"));

        Assert.Equal(
            "The catalog cannot have texts in more than 64 languages; the text in '" + languages[62] + "' is ignored",
            Message(AssertSingle(Run(content), "STG0046", 5 + 62, 12)));
    }

    [Fact]
    public void STG0047_more_problems_than_are_reported_for_one_file()
    {
        var output = Run("version: 1\n" + string.Concat(Enumerable.Range(0, 1_001).Select(i => "k" + i + ": 1\n")));

        Assert.Equal(1_001, output.GeneratorDiagnostics.Length);
        AssertAt(output.GeneratorDiagnostics[^1], "STG0047", 1_002, 1);
        Assert.Equal(DiagnosticSeverity.Error, output.GeneratorDiagnostics[^1].Severity);
        AssertStillGenerates(output);
    }

    [Fact]
    public void STG0021_text_that_was_not_valid_UTF8()
        => AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    title: { ko: \"\uFFFD\" }\n"), "STG0021", 4, 19);

    [Fact]
    public void STG0026_a_NUL_character()
        => Assert.Contains("NUL character (U+0000)", Message(AssertSingle(Run("version: 1\n# \0\n"), "STG0026", 2, 3)));

    [Fact]
    public void STG0034_a_file_the_compiler_could_not_read()
    {
        var output = GeneratorHarness.Run(new GeneratorInput { SpecFiles = new[] { (Path, (string?)null) } });

        Assert.Equal("The spec file could not be read and is ignored", Message(AssertSingle(output, "STG0034", 1, 1)));
    }

    [Fact]
    public void STG0035_a_file_the_compiler_read_in_another_encoding()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("version: 1\ncodes:\n  - code: 404\n    title: { ko: 없음 }\n");
        var output = RobustnessHarness.Run(new SourceTextAdditionalText(Path, CompilerDecoding.Decode(bytes, CompilerDecoding.UnixFallback, codePage: CompilerDecoding.Windows1252)));

        Assert.StartsWith("The compiler read the spec file as windows-1252, not UTF-8", Message(AssertSingle(output, "STG0035", 4, 18)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void STG0022_aliases_are_refused()
    {
        var output = Run("version: 1\ncodes:\n  - code: 404\n    title: &t { ko: 없음 }\n  - code: 410\n    title: *t\n");

        var diagnostics = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "STG0022").ToList();
        AssertAt(Assert.Single(diagnostics), "STG0022", 6, 12);
        AssertStillGenerates(output);
    }

    [Fact]
    public void STG0023_unused_with_other_flags()
        => Assert.Equal(
            "Status code 404: 'unused' cannot be combined with other flags (cacheable, retryable); its flags are left as they were before this entry",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: [unused, retryable]\n"), "STG0023", 3, 11)));

    [Fact]
    public void STG0052_a_redirect_flag_outside_3xx()
        => Assert.Equal(
            "Status code 404: 'permanent' describes a redirect and applies to 3xx codes only; its flags are left as they were before this entry",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 404\n    flags: [permanent, location]\n"), "STG0052", 3, 11)));

    [Fact]
    public void STG0053_a_redirect_flag_without_location()
        => Assert.StartsWith(
            "Status code 307: 'permanent' describes a redirect to the URI in the Location header, so it needs the flag 'location' too",
            Message(AssertSingle(Run("version: 1\ncodes:\n  - code: 307\n    flags: [permanent]\n    remove-flags: [location]\n"), "STG0053", 3, 11)),
            System.StringComparison.Ordinal);

    [Fact]
    public void STG0024_a_missing_version_is_a_warning()
    {
        var diagnostic = AssertSingle(Run("codes:\n  - code: 404\n    title: { ko: 없음 }\n"), "STG0024", 1, 1);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void STG0025_an_unexpected_exception_while_reading_is_StatusGens_failure_not_an_encoding_error()
    {
        var document = SpecParser.Parse(
            Path,
            "version: 1\ncodes:\n  - code: 499\n",
            encodingName: "utf-8",
            (_, _, _, _) => throw new System.InvalidOperationException("a bug in the reader"),
            CancellationToken.None);

        var diagnostic = Assert.Single(document.Diagnostics).ToDiagnostic();
        AssertAt(diagnostic, "STG0025", 1, 1);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "StatusGen failed on this spec file (System.InvalidOperationException: a bug in the reader) and ignores it; please report a bug with the file attached",
            Message(diagnostic));
        Assert.Empty(document.Codes);
    }

    [Fact]
    public void Cancellation_while_reading_is_not_reported_as_a_failure()
        => Assert.Throws<System.OperationCanceledException>(() => SpecParser.Parse(
            Path,
            "version: 1\n",
            encodingName: null,
            (_, _, _, _) => throw new System.OperationCanceledException(),
            CancellationToken.None));

    [Fact]
    public void An_empty_file_is_fine()
        => Assert.Empty(Run(string.Empty).GeneratorDiagnostics);

    [Fact]
    public void STG0056_a_second_YAML_document()
    {
        AssertSingle(Run("version: 1\ncodes:\n  - { code: 299, title: { en: First Doc, ko: 첫 문서 } }\n---\ncodes: []\n"), "STG0056", line: 4, column: 1);
    }

    [Fact]
    public void Every_descriptor_is_covered_by_a_test_here_or_in_OptionsTests()
    {
        var tested = typeof(DiagnosticTests).GetMethods()
            .Concat(typeof(StatusUnionDiagnosticTests).GetMethods()) // the C# usage ids of [StatusUnion]
            .Concat(typeof(Analyzers.MissingSwitchCasesAnalyzerTests).GetMethods()) // STG1002
            .Concat(typeof(Analyzers.AddMissingCasesCodeFixTests).GetMethods())
            .Concat(typeof(Analyzers.ExhaustiveSwitchSuppressorTests).GetMethods()) // STG1100, a suppressor
            .Select(method => method.Name)
            .Where(name => name.StartsWith("STG", System.StringComparison.Ordinal))
            .Select(name => name.Substring(0, 7))
            .Concat(new[] { "STG0018", "STG0020", "STG0054", "STG0055" }) // GeneratedCodeCompilesTests and OptionsTests
            .Concat(new[] { "STG1001" }) // Analyzers/StatusCodeLiteralAnalyzerTests
            .ToHashSet();
        var declared = typeof(StatusGenerator).Assembly.GetType("StatusGen.Diagnostics.DiagnosticDescriptors")!
            .GetFields()
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
            .Concat(typeof(StatusGenerator).Assembly.GetType("StatusGen.Diagnostics.DiagnosticDescriptors")!
                .GetFields()
                .Where(field => field.FieldType == typeof(SuppressionDescriptor))
                .Select(field => ((SuppressionDescriptor)field.GetValue(null)!).Id))
            .ToList();

        Assert.All(declared, id => Assert.True(tested.Contains(id), id + " has no test"));
        Assert.Equal(declared.Count, declared.Distinct().Count());
    }
}
