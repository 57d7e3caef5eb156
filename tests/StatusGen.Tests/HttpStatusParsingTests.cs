using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using StatusGen.Spec;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// Parsing and formatting of the <c>HttpStatus</c> this project generates for itself (net10.0, C# latest: every
/// interface is there), with the standard catalog's aliases and TestCatalog/status-codes.yaml's custom ones.
/// </summary>
public sealed class HttpStatusParsingTests
{
    /// <summary>Every alias of the standard catalog and of TestCatalog/status-codes.yaml, with its code.</summary>
    public static TheoryData<string, int> Aliases()
    {
        var data = new TheoryData<string, int>();
        foreach (var code in StandardCatalog.Document.Codes)
        {
            foreach (var alias in code.Aliases)
            {
                data.Add(alias.Text.Value, code.Code!.Value);
            }
        }

        data.Add("Client Closed Connection", 499);
        data.Add("Upload Too Big", 413);
        return data;
    }

    [Fact]
    public void What_ToString_writes_parses_back_for_every_code_of_the_catalog()
    {
        Assert.Contains(HttpStatus.All, status => status.Code == 499);
        foreach (var status in HttpStatus.All)
        {
            Assert.True(HttpStatus.TryParse(status.ToString(), out var parsed), status.ToString());
            Assert.Equal(status, parsed);
            Assert.Equal(status, HttpStatus.Parse(status.ToString("G")));
            Assert.Equal(status, HttpStatus.Parse(status.ToString("D")));
            Assert.Equal(status, HttpStatus.Parse(status.ToString().AsSpan()));
            Assert.Equal(status, HttpStatus.Parse(status.ToString().ToUpperInvariant()));
        }
    }

    [Theory]
    [MemberData(nameof(Aliases))]
    public void Aliases_parse_alone_and_after_their_code(string alias, int code)
    {
        Assert.Equal(code, HttpStatus.Parse(alias).Code);
        Assert.Equal(code, HttpStatus.Parse(alias.ToLowerInvariant()).Code);
        Assert.Equal(code, HttpStatus.Parse(code.ToString(CultureInfo.InvariantCulture) + " " + alias).Code);
        Assert.False(HttpStatus.TryParse((code == 404 ? "500 " : "404 ") + alias, out _));
    }

    [Theory]
    [InlineData("Unprocessable Entity", 422)]
    [InlineData("Payload Too Large", 413)]
    [InlineData("Request Entity Too Large", 413)]
    [InlineData("Requested Range Not Satisfiable", 416)]
    [InlineData("Switch Proxy", 306)]
    [InlineData("RedirectKeepVerb", 307)]
    [InlineData("  404   not found ", 404)]
    [InlineData("404 NotFound", 404)]
    [InlineData("306 (Unused)", 306)]
    [InlineData("418 (Unused)", 418)]
    [InlineData("499 Client Closed Request", 499)]
    public void Reads_the_names_dotnet_and_older_RFCs_use_and_the_code_title_form(string text, int code)
        => Assert.Equal(code, HttpStatus.Parse(text).Code);

    [Theory]
    [InlineData("404 Gone")]
    [InlineData("404Not Found")]
    [InlineData("589 Whatever")]
    [InlineData("(Unused)")]
    [InlineData("700 Not Found")]
    [InlineData("404 Not Found 404")]
    public void Code_and_title_must_agree(string text)
    {
        Assert.False(HttpStatus.TryParse(text, out var status));
        Assert.Equal(default, status);
        Assert.False(HttpStatus.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Parse_names_the_text_it_cannot_read()
    {
        var exception = Assert.Throws<FormatException>(() => HttpStatus.Parse("Not A Status"));
        Assert.Contains("'Not A Status'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'teapots'", Assert.Throws<FormatException>(() => HttpStatus.Parse("teapots".AsSpan())).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => HttpStatus.Parse(null!));
    }

    [Fact]
    public void Generic_parsing_goes_through_IParsable_and_ISpanParsable()
    {
        static T ViaParsable<T>(string text) where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);
        static bool ViaSpanParsable<T>(string text, out T value) where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), null, out value!);

        Assert.Equal(HttpStatus.NotFound, ViaParsable<HttpStatus>("404 Not Found"));
        Assert.True(ViaSpanParsable<HttpStatus>("payload too large", out var status));
        Assert.Equal(413, status.Code);
        Assert.False(ViaSpanParsable<HttpStatus>("nope", out _));
    }

    [Theory]
    [InlineData(null, "404 Not Found")]
    [InlineData("", "404 Not Found")]
    [InlineData("G", "404 Not Found")]
    [InlineData("g", "404 Not Found")]
    [InlineData("D", "404")]
    [InlineData("d", "404")]
    public void Formats_G_and_D(string? format, string expected)
    {
        Assert.Equal(expected, HttpStatus.NotFound.ToString(format));
        Assert.Equal(expected, HttpStatus.NotFound.ToString(format, CultureInfo.GetCultureInfo("ar-SA")));
        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, "{0:" + format + "}", HttpStatus.NotFound));
        Span<char> chars = stackalloc char[32];
        Assert.True(HttpStatus.NotFound.TryFormat(chars, out var written, format));
        Assert.Equal(expected, chars[..written].ToString());
        Span<byte> bytes = stackalloc byte[32];
        Assert.True(HttpStatus.NotFound.TryFormat(bytes, out var bytesWritten, format));
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[..bytesWritten]));
    }

    [Fact]
    public void Interpolation_uses_the_formats()
    {
        var status = HttpStatus.SeeOther;
        Assert.Equal("303 See Other / 303", $"{status} / {status:D}");
        Assert.Equal("589", $"{HttpStatus.FromCode(589)}");
        Assert.Equal("0", $"{default(HttpStatus):G}");

        Span<byte> bytes = stackalloc byte[64];
        Assert.True(Utf8.TryWrite(bytes, CultureInfo.InvariantCulture, $"[{status:D}] {status}", out var written));
        Assert.Equal("[303] 303 See Other", Encoding.UTF8.GetString(bytes[..written]));
        Span<char> chars = stackalloc char[64];
        Assert.True(chars.TryWrite(CultureInfo.InvariantCulture, $"{status:d}!", out var charsWritten));
        Assert.Equal("303!", chars[..charsWritten].ToString());
    }

    [Fact]
    public void A_non_ASCII_English_title_is_written_as_UTF8()
    {
        // 499's Japanese text never reaches the English form; the UTF-8 writer encodes whatever the title holds.
        Span<byte> bytes = stackalloc byte[64];
        Assert.True(HttpStatus.FromCode(499).TryFormat(bytes, out var written));
        Assert.Equal("499 Client Closed Request", Encoding.UTF8.GetString(bytes[..written]));
    }

    [Theory]
    [InlineData("G")]
    [InlineData("D")]
    public void TryFormat_into_a_buffer_too_small_leaves_it_untouched_and_returns_false(string format)
    {
        // A sentinel in every slot shows that not even the digits are written before the length check fails.
        foreach (var status in new[] { HttpStatus.NotFound, HttpStatus.FromCode(499), HttpStatus.FromCode(589), default })
        {
            var expected = status.ToString(format);
            for (var size = 0; size < expected.Length; size++)
            {
                var chars = Enumerable.Repeat('#', size).ToArray();
                Assert.False(status.TryFormat(chars, out var written, format));
                Assert.Equal(0, written);
                Assert.Equal(new string('#', size), new string(chars));
                var bytes = Enumerable.Repeat((byte)'#', size).ToArray();
                Assert.False(status.TryFormat(bytes, out var bytesWritten, format));
                Assert.Equal(0, bytesWritten);
                Assert.All(bytes, value => Assert.Equal((byte)'#', value));
            }

            var exactChars = new char[expected.Length];
            Assert.True(status.TryFormat(exactChars, out var exact, format));
            Assert.Equal(expected, new string(exactChars, 0, exact));
            var exactBytes = new byte[expected.Length];
            Assert.True(status.TryFormat(exactBytes, out var exactByteCount, format));
            Assert.Equal(expected, Encoding.UTF8.GetString(exactBytes, 0, exactByteCount));
        }
    }

    [Theory]
    [InlineData("X")]
    [InlineData("N")]
    [InlineData("GG")]
    [InlineData("D3")]
    public void An_unknown_format_throws_FormatException_as_dotnet_types_do(string format)
    {
        Assert.Throws<FormatException>(() => HttpStatus.NotFound.ToString(format));
        Assert.Throws<FormatException>(() => string.Format(CultureInfo.InvariantCulture, "{0:" + format + "}", HttpStatus.NotFound));
        Assert.Throws<FormatException>(() => HttpStatus.NotFound.TryFormat(new char[64], out _, format));
        Assert.Throws<FormatException>(() => HttpStatus.NotFound.TryFormat(new byte[64], out _, format));
        Assert.Contains("'" + format + "'", Assert.Throws<FormatException>(() => HttpStatus.NotFound.ToString(format)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"404 Not Found\"", 404)]
    [InlineData("\"413 payload too large\"", 413)]
    [InlineData("\"Unprocessable Entity\"", 422)]
    public void The_JSON_reader_accepts_what_TryParse_accepts(string json, int code)
        => Assert.Equal(code, JsonSerializer.Deserialize<HttpStatus>(json).Code);

    [Fact]
    public void The_JSON_reader_names_the_text_it_rejects()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HttpStatus>("\"404 Gone\""));
        Assert.Contains("'404 Gone'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_standard_alias_has_a_source_and_names_one_code()
    {
        var aliases = StandardCatalog.Document.Codes.SelectMany(code => code.Aliases.Select(alias => (alias.Text.Value, alias.Source, Code: code.Code!.Value))).ToList();

        Assert.NotEmpty(aliases);
        Assert.All(aliases, alias => Assert.False(string.IsNullOrWhiteSpace(alias.Source), alias.Value));
        Assert.All(aliases.GroupBy(alias => alias.Value, StringComparer.OrdinalIgnoreCase), group => Assert.Single(group.Select(alias => alias.Code).Distinct()));
        var shown = new List<string>();
        foreach (var alias in aliases)
        {
            Assert.Equal(alias.Code, HttpStatus.Parse(alias.Value).Code);
            shown.Add(alias.Value);
        }

        Assert.Contains("Payload Too Large", shown);
    }
}
