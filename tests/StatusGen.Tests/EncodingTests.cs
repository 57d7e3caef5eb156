using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Tests.Infrastructure;
using Xunit;
using static StatusGen.Tests.Infrastructure.RobustnessHarness;

namespace StatusGen.Tests;

/// <summary>
/// Spec files are UTF-8. The compiler never reports a file that is not: it decodes strictly as UTF-8 and, when that
/// fails, silently uses a fallback — lenient UTF-8 on Linux and macOS (bad bytes become U+FFFD), the system's ANSI
/// code page on Windows (windows-1252, or ks_c_5601-1987 on Korean Windows: no U+FFFD at all, just other letters).
/// A project's CodePage replaces the first attempt. These tests decode bytes exactly that way
/// (<see cref="CompilerDecoding"/>) and check the generator says so, at the first character that is off.
/// </summary>
public sealed class EncodingTests
{
    private const string Korean = "version: 1\ncodes:\n  - code: 499\n    title:\n      en: Client Closed Request\n      ko: 클라이언트가 요청을 닫음\n";

    private static GeneratorOutput Run(SourceText text)
        => Bounded(() => RobustnessHarness.Run(new SourceTextAdditionalText(SpecPath, text)));

    private static string KoreanTitle(GeneratorOutput output)
    {
        var status = output.Load().GetType("StatusGen.HttpStatus", throwOnError: true)!;
        var instance = status.GetMethod("FromCode")!.Invoke(null, new object[] { 499 })!;
        return (string)status.GetMethod("GetTitle")!.Invoke(instance, new object[] { "ko" })!;
    }

    /// <summary>Not valid UTF-8: U+FFFD in the text.</summary>
    private const string NotUtf8 = "STG0021";

    /// <summary>Decoded with a code page that is not UTF-8.</summary>
    private const string OtherEncoding = "STG0035";

    private static Diagnostic AssertUnreadable(GeneratorOutput output, string text, string id, int line, int column, string says)
    {
        AssertWellFormed(output, SpecPath, text);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain("…", Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(says, Message(diagnostic), StringComparison.Ordinal);
        return diagnostic;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UTF8_with_or_without_a_byte_order_mark_is_read_as_written(bool byteOrderMark)
    {
        var bytes = Encoding.UTF8.GetBytes(Korean);
        var text = CompilerDecoding.Decode(byteOrderMark ? CompilerDecoding.WithUtf8Bom(bytes) : bytes, CompilerDecoding.Windows1252);
        Assert.Equal("utf-8", text.Encoding!.WebName);

        var output = Run(text);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("클라이언트가 요청을 닫음", KoreanTitle(output));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_read_as_written()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Korean)).ToArray();
        var text = CompilerDecoding.Decode(bytes, CompilerDecoding.Windows1252);
        Assert.Equal("utf-16", text.Encoding!.WebName);

        var output = Run(text);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("클라이언트가 요청을 닫음", KoreanTitle(output));
    }

    [Fact]
    public void EUC_KR_on_Linux_arrives_with_replacement_characters()
    {
        var text = CompilerDecoding.Decode(CompilerDecoding.Bytes(Korean, CompilerDecoding.KoreanWindows), CompilerDecoding.UnixFallback);
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.Contains('\uFFFD', text.ToString());

        // Line 6, after "      ko: ": the first byte pair of 클 happens to be valid UTF-8 (U+016C); the next is not.
        AssertUnreadable(Run(text), text.ToString(), NotUtf8, 5, 11, "U+FFFD");
    }

    [Fact]
    public void EUC_KR_on_Western_Windows_arrives_as_other_letters_and_is_still_reported()
    {
        var text = CompilerDecoding.Decode(CompilerDecoding.Bytes(Korean, CompilerDecoding.KoreanWindows), CompilerDecoding.Windows1252);
        Assert.Equal("windows-1252", text.Encoding!.WebName);
        Assert.DoesNotContain('\uFFFD', text.ToString());

        AssertUnreadable(Run(text), text.ToString(), OtherEncoding, 5, 10, "read the spec file as windows-1252, not UTF-8");
    }

    [Fact]
    public void EUC_KR_on_Korean_Windows_reads_right_there_but_not_elsewhere_so_it_is_reported()
    {
        var text = CompilerDecoding.Decode(CompilerDecoding.Bytes(Korean, CompilerDecoding.KoreanWindows), CompilerDecoding.KoreanWindows);
        Assert.Equal("ks_c_5601-1987", text.Encoding!.WebName);
        Assert.Contains("클라이언트가 요청을 닫음", text.ToString(), StringComparison.Ordinal);

        AssertUnreadable(Run(text), text.ToString(), OtherEncoding, 5, 10, "read the spec file as ks_c_5601-1987");
    }

    [Theory]
    [InlineData("unix")]
    [InlineData("windows-1252")]
    public void Stray_bytes_in_an_ASCII_file_are_reported_where_they_are(string fallback)
    {
        var bytes = Encoding.ASCII.GetBytes("version: 1\ncodes:\n  - code: 404\n    title: { ko: \"ab\" }\n");
        var quote = Array.IndexOf(bytes, (byte)'a');
        bytes[quote + 1] = 0xFF;

        var text = CompilerDecoding.Decode(bytes, fallback == "unix" ? CompilerDecoding.UnixFallback : CompilerDecoding.Windows1252);

        AssertUnreadable(Run(text), text.ToString(), fallback == "unix" ? NotUtf8 : OtherEncoding, 3, 19, fallback == "unix" ? "U+FFFD" : "windows-1252");
    }

    [Fact]
    public void UTF8_read_through_a_project_CodePage_is_reported()
    {
        var text = CompilerDecoding.Decode(Encoding.UTF8.GetBytes(Korean), CompilerDecoding.UnixFallback, codePage: CompilerDecoding.Windows1252);
        Assert.Equal("windows-1252", text.Encoding!.WebName);

        var diagnostic = AssertUnreadable(Run(text), text.ToString(), OtherEncoding, 5, 10, "or the project sets a CodePage");
        Assert.Contains("save it as UTF-8, with a byte order mark if the project sets a CodePage", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_overrides_a_project_CodePage()
    {
        var bytes = CompilerDecoding.WithUtf8Bom(Encoding.UTF8.GetBytes(Korean));
        var text = CompilerDecoding.Decode(bytes, CompilerDecoding.UnixFallback, codePage: CompilerDecoding.Windows1252);

        var output = Run(text);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("클라이언트가 요청을 닫음", KoreanTitle(output));
    }

    [Fact]
    public void An_ASCII_file_reads_the_same_in_any_code_page_and_is_not_reported()
    {
        var ascii = "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: Client Closed Request }\n";
        var text = CompilerDecoding.Decode(Encoding.ASCII.GetBytes(ascii), CompilerDecoding.UnixFallback, codePage: CompilerDecoding.Windows1252);

        Assert.Empty(Run(text).GeneratorDiagnostics);
    }

    [Fact]
    public void A_file_the_compiler_could_not_read()
        => AssertUnreadable(Run(null!), string.Empty, "STG0034", 0, 0, "could not be read");

    [Fact]
    public void A_NUL_byte_is_reported_instead_of_silently_ending_the_file()
    {
        // YamlDotNet takes NUL for the end of its input: the 499 entry after it would vanish without a word.
        var content = "version: 1\n# \0\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 닫힘 }\n";
        var text = CompilerDecoding.Decode(Encoding.UTF8.GetBytes(content), CompilerDecoding.UnixFallback);

        var output = Run(text);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0026", diagnostic.Id);
        Assert.Equal(new LinePosition(1, 2), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("NUL", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_follow_the_compiler_after_a_lone_CR_and_Unicode_line_breaks()
    {
        // The compiler and the IDE end lines at \r, \n, \r\n, U+0085, U+2028 and U+2029; so must the diagnostics.
        var content = "version: 1\r# a\u2028# b\u0085# c\u2029codes:\r\n  - code: 404\r    titel: x\n";

        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0013", diagnostic.Id);
        Assert.Equal(new LinePosition(6, 4), diagnostic.Location.GetLineSpan().StartLinePosition);
    }
}
