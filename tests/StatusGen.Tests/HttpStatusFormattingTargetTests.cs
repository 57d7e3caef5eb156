using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Spec;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// Parsing and formatting of <c>HttpStatus</c> compiled for each consumer target, warning-free, then run: the
/// interfaces follow what the compilation has (never a version guess), and what each target gets behaves the same.
/// </summary>
public sealed class HttpStatusFormattingTargetTests
{
    private const string Spec = """
        version: 1
        codes:
          - code: 499
            title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
            aliases:
              Client Closed Connection: nginx
          - code: 413
            aliases:
              Upload Too Big: this project
        """;

    /// <summary>What every target can run: Parse, TryParse, ToString(format), string.Format and interpolation.</summary>
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using StatusGen;

        namespace Probe
        {
            /// <summary>Runs what every target has.</summary>
            public static class Everywhere
            {
                /// <summary>The failures, one a line; empty when there are none.</summary>
                public static string Run(string[] aliases, int[] codes)
                {
                    var failures = new List<string>();
                    foreach (var status in HttpStatus.All)
                    {
                        var code = status.Code.ToString(CultureInfo.InvariantCulture);
                        if (!HttpStatus.TryParse(status.ToString(), out var parsed) || parsed != status) failures.Add("G " + status);
                        if (HttpStatus.Parse(status.ToString("D")) != status || status.ToString("d") != code) failures.Add("D " + status);
                        if (string.Format(CultureInfo.InvariantCulture, "{0:D}|{0}|{0:G}", status) != code + "|" + status + "|" + status) failures.Add("Format " + status);
                        if ($"{status:D} {status}" != code + " " + status.ToString()) failures.Add("interpolation " + status);
                    }

                    for (var i = 0; i < aliases.Length; i++)
                    {
                        if (HttpStatus.Parse(aliases[i]).Code != codes[i]) failures.Add("alias " + aliases[i]);
                        if (HttpStatus.Parse(codes[i].ToString(CultureInfo.InvariantCulture) + " " + aliases[i].ToUpperInvariant()).Code != codes[i]) failures.Add("code and alias " + aliases[i]);
                    }

                    if (HttpStatus.TryParse("404 Gone", out _)) failures.Add("404 Gone");
                    try
                    {
                        HttpStatus.NotFound.ToString("X");
                        failures.Add("format X");
                    }
                    catch (FormatException)
                    {
                    }

                    try
                    {
                        HttpStatus.Parse("nope");
                        failures.Add("Parse nope");
                    }
                    catch (FormatException exception) when (exception.Message.Contains("'nope'"))
                    {
                    }

                    return string.Join("\n", failures);
                }
            }
        }
        """;

    /// <summary>What targets with ISpanFormattable, IUtf8SpanFormattable and ISpanParsable can run.</summary>
    private const string SpanProbe = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Text.Unicode;
        using StatusGen;

        namespace Probe
        {
            /// <summary>Runs what targets with spans have.</summary>
            public static class WithSpans
            {
                private static T ParseAny<T>(string text) where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

                /// <summary>The failures, one a line; empty when there are none.</summary>
                public static string Run()
                {
                    var failures = new List<string>();
                    Span<char> small = stackalloc char[12];
                    if (HttpStatus.NotFound.TryFormat(small, out var written) || written != 0) failures.Add("chars too small");
                    if (!HttpStatus.NotFound.TryFormat(small, out written, "D") || small.Slice(0, written).ToString() != "404") failures.Add("chars D");
                    Span<byte> smallBytes = stackalloc byte[12];
                    if (HttpStatus.NotFound.TryFormat(smallBytes, out var bytesWritten) || bytesWritten != 0) failures.Add("bytes too small");
                    Span<byte> bytes = stackalloc byte[64];
                    if (!Utf8.TryWrite(bytes, $"{HttpStatus.NotFound:D}; {HttpStatus.NotFound}", out bytesWritten)
                        || Encoding.UTF8.GetString(bytes.Slice(0, bytesWritten)) != "404; 404 Not Found") failures.Add("Utf8.TryWrite");
                    if (Utf8.TryWrite(smallBytes, $"{HttpStatus.NotFound}", out _)) failures.Add("Utf8.TryWrite too small");
                    Span<char> chars = stackalloc char[64];
                    if (!chars.TryWrite($"[{HttpStatus.FromCode(499)}]", out written) || chars.Slice(0, written).ToString() != "[499 Client Closed Request]") failures.Add("TryWrite");
                    if (ParseAny<HttpStatus>("413 payload too large").Code != 413) failures.Add("ISpanParsable");
                    return string.Join("\n", failures);
                }
            }
        }
        """;

    /// <summary>A custom code whose English title is not ASCII, so its UTF-8 form is longer than its char form.</summary>
    private const string NonAsciiSpec = """
        version: 1
        codes:
          - code: 299
            title: { en: Déjà Vu, ko: 기시감 }
        """;

    /// <summary>
    /// Every destination shorter than the G or D form, filled with a sentinel, for chars and UTF-8 bytes: the
    /// sentinel must survive, which it did not while the digits were written before the title was measured.
    /// </summary>
    private const string TooSmallProbe = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using StatusGen;

        namespace Probe
        {
            /// <summary>Formats into destinations that are too small.</summary>
            public static class TooSmall
            {
                /// <summary>The failures, one a line; empty when there are none.</summary>
                public static string Run()
                {
                    var failures = new List<string>();
                    foreach (var status in new[] { HttpStatus.FromCode(299), HttpStatus.NotFound })
                    {
                        foreach (var format in new[] { "G", "D" })
                        {
                            var text = status.ToString(format);
                            var utf8 = Encoding.UTF8.GetBytes(text);
                            for (var size = 0; size < text.Length; size++)
                            {
                                var chars = new string('#', size).ToCharArray();
                                if (status.TryFormat(chars, out var written, format) || written != 0 || new string(chars) != new string('#', size)) failures.Add("chars " + format + " " + size + " " + status.Code);
                            }

                            for (var size = 0; size < utf8.Length; size++)
                            {
                                var bytes = Encoding.ASCII.GetBytes(new string('#', size));
                                if (status.TryFormat(bytes, out var written, format) || written != 0 || Encoding.ASCII.GetString(bytes) != new string('#', size)) failures.Add("bytes " + format + " " + size + " " + status.Code);
                            }

                            var exact = new byte[utf8.Length];
                            if (!status.TryFormat(exact, out var exactWritten, format) || exactWritten != utf8.Length || Encoding.UTF8.GetString(exact) != text) failures.Add("exact bytes " + format + " " + status.Code);
                        }
                    }

                    return string.Join("\n", failures);
                }
            }
        }
        """;

    [Theory]
    [InlineData(TargetFramework.Net80)]
    [InlineData(TargetFramework.Net100)]
    public void TryFormat_leaves_a_destination_that_is_too_small_untouched_even_for_a_non_ASCII_title(TargetFramework framework)
    {
        var input = GeneratorInput.WithSpec(NonAsciiSpec) with { Framework = framework, Sources = new[] { TooSmallProbe } };

        var output = GeneratorHarness.Run(input);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        var assembly = output.Load();
        Assert.Equal("299 Déjà Vu", assembly.GetType("StatusGen.HttpStatus", throwOnError: true)!.GetMethod("FromCode")!.Invoke(null, [299])!.ToString());
        Assert.Equal(string.Empty, (string)assembly.GetType("Probe.TooSmall", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!);
    }

    [Theory]
    [InlineData(TargetFramework.NetStandard20, LanguageVersion.CSharp8, "IEquatable`1 IComparable`1 IFormattable")]
    [InlineData(TargetFramework.NetStandard20, LanguageVersion.Latest, "IEquatable`1 IComparable`1 IFormattable")]
    [InlineData(TargetFramework.NetStandard20SystemTextJson, LanguageVersion.Latest, "IEquatable`1 IComparable`1 IFormattable")]
    [InlineData(TargetFramework.Net80, LanguageVersion.Latest, "IEquatable`1 IComparable`1 ISpanFormattable IFormattable IUtf8SpanFormattable ISpanParsable`1 IParsable`1")]
    [InlineData(TargetFramework.Net100, LanguageVersion.CSharp10, "IEquatable`1 IComparable`1 ISpanFormattable IFormattable IUtf8SpanFormattable")]
    [InlineData(TargetFramework.Net100, LanguageVersion.Latest, "IEquatable`1 IComparable`1 ISpanFormattable IFormattable IUtf8SpanFormattable ISpanParsable`1 IParsable`1")]
    public void Compiles_without_warnings_and_parses_and_formats_alike(TargetFramework framework, LanguageVersion version, string interfaces)
    {
        var withSpans = interfaces.Contains("ISpanParsable", StringComparison.Ordinal);
        var input = GeneratorInput.WithSpec(Spec) with
        {
            Framework = framework,
            LanguageVersion = version,
            Sources = withSpans ? new[] { Probe, SpanProbe } : new[] { Probe },
        };

        var output = GeneratorHarness.Run(input);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        var assembly = output.Load();
        var status = assembly.GetType("StatusGen.HttpStatus", throwOnError: true)!;
        Assert.Equal(
            interfaces.Split(' ').Order(StringComparer.Ordinal),
            status.GetInterfaces().Select(type => type.Name).Order(StringComparer.Ordinal));

        // A span overload wherever the compilation has spans (netstandard2.0 gets them from the System.Memory package).
        var spanOverload = status.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(ReadOnlySpan<char>), status.MakeByRefType()]);
        Assert.Equal(framework != TargetFramework.NetStandard20, spanOverload is not null);

        var aliases = StandardCatalog.Document.Codes.SelectMany(code => code.Aliases.Select(alias => (alias.Text.Value, Code: code.Code!.Value)))
            .Append(("Client Closed Connection", 499))
            .Append(("Upload Too Big", 413))
            .ToList();
        var failures = (string)assembly.GetType("Probe.Everywhere", throwOnError: true)!.GetMethod("Run")!
            .Invoke(null, [aliases.Select(alias => alias.Item1).ToArray(), aliases.Select(alias => alias.Item2).ToArray()])!;
        Assert.Equal(string.Empty, failures);
        if (withSpans)
        {
            Assert.Equal(string.Empty, (string)assembly.GetType("Probe.WithSpans", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!);
        }
    }
}
