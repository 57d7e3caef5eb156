using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Diagnostics;
using StatusGen.Spec;
using StatusGen.Validation;
using Xunit;

namespace StatusGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item with a given <see cref="SourceText"/>, e.g. one decoded from bytes as the compiler does.</summary>
internal sealed class SourceTextAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public SourceTextAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Runs for the robustness tests: the real driver on given texts, and the parse and merge stages alone.</summary>
internal static class RobustnessHarness
{
    public const string SpecPath = "/project/status-codes.yaml";

    /// <summary>The id of an unexpected exception caught while reading a file: a bug in StatusGen, never the file's fault.</summary>
    public const string InternalErrorId = "STG0025";

    /// <summary>Longest a single test may take before it counts as hung; far above what any of them needs.</summary>
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The real generator through <see cref="CSharpGeneratorDriver"/>, on additional texts the test built itself.</summary>
    public static GeneratorOutput Run(params AdditionalText[] texts)
    {
        var input = new GeneratorInput();
        var compilation = GeneratorHarness.CreateCompilation(input);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new StatusGenerator().AsSourceGenerator() },
            texts,
            GeneratorHarness.ParseOptions(input),
            new TestAnalyzerConfigOptionsProvider(input.BuildProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorOutput(driver, driver.GetRunResult(), output);
    }

    /// <summary>The driver on one spec file given as text, failing the test if it does not return within <see cref="HangTimeout"/>.</summary>
    public static GeneratorOutput RunBounded(string content, string path = SpecPath)
        => Bounded(() => Run(new TestAdditionalText(path, content)));

    /// <summary>The parse and merge stages alone, as the pipeline runs them, without emitting or compiling.</summary>
    public static ValidatedCatalog ParseAndValidate(string content, string path = SpecPath)
    {
        var document = SpecParser.Parse(path, content, CancellationToken.None);
        return CatalogBuilder.Build(StandardCatalog.Document, new[] { document }, CancellationToken.None);
    }

    /// <summary>Runs <paramref name="work"/> and fails the test if it does not finish within <see cref="HangTimeout"/>.</summary>
    public static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(HangTimeout), "did not finish within " + HangTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The generator ran to completion (no exception, so no CS8785: the run's diagnostics would hold it, and no
    /// exception caught and reported as <see cref="InternalErrorId"/>) and every diagnostic it reported is an STG one
    /// located inside the spec file: an external-file location with the file's path, a span within the text, and the
    /// line and column the compiler itself gives that offset.
    /// </summary>
    public static void AssertWellFormed(GeneratorOutput output, string path, string text)
        => AssertWellFormed(output, new Dictionary<string, string>(StringComparer.Ordinal) { [path] = text });

    /// <summary>As <see cref="AssertWellFormed(GeneratorOutput, string, string)"/>, with several spec files by path.</summary>
    public static void AssertWellFormed(GeneratorOutput output, IReadOnlyDictionary<string, string> files)
    {
        var result = output.Result;
        Assert.True(result.Exception is null, "the generator threw: " + result.Exception);
        foreach (var diagnostic in output.GeneratorDiagnostics)
        {
            Assert.StartsWith("STG", diagnostic.Id, StringComparison.Ordinal);
            Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
            var span = diagnostic.Location.GetLineSpan();
            Assert.True(files.TryGetValue(span.Path, out var text), "not in a spec file: " + diagnostic);
            AssertSpanInside(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length, span.StartLinePosition, text!, SourceText.From(text!).Lines, diagnostic.ToString());
            Assert.False(diagnostic.Id == InternalErrorId, "StatusGen failed on the input: " + diagnostic);
        }
    }

    /// <summary>As <see cref="AssertWellFormed(GeneratorOutput, string, string)"/>, for the diagnostics of the stages run alone.</summary>
    public static void AssertWellFormed(IEnumerable<DiagnosticInfo> diagnostics, string path, string text)
    {
        var lines = SourceText.From(text).Lines;
        foreach (var diagnostic in diagnostics)
        {
            Assert.StartsWith("STG", diagnostic.Descriptor.Id, StringComparison.Ordinal);
            Assert.NotNull(diagnostic.Location);
            Assert.Equal(path, diagnostic.Location!.FilePath);
            var span = diagnostic.Location.Span;
            AssertSpanInside(span.Start, span.Length, new LinePosition(span.StartLine, span.StartColumn), text, lines, diagnostic.ToDiagnostic().ToString());
            Assert.False(diagnostic.Descriptor.Id == InternalErrorId, "StatusGen failed on the input: " + diagnostic.ToDiagnostic());
        }
    }

    /// <summary>Only STG diagnostics with these ids, in any number.</summary>
    public static void AssertOnly(GeneratorOutput output, params string[] ids)
        => Assert.All(output.GeneratorDiagnostics, diagnostic => Assert.Contains(diagnostic.Id, ids));

    /// <summary>The project compiles with the generated code and has the standard catalog (404 at least).</summary>
    public static void AssertStillGenerates(GeneratorOutput output)
    {
        Assert.Empty(output.CompilationProblems);
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus")!.GetMembers("NotFound").SingleOrDefault());
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static void AssertSpanInside(int start, int length, LinePosition reported, string text, TextLineCollection lines, string what)
    {
        Assert.True(start >= 0 && length >= 0 && start + length <= text.Length, "span outside the text: " + what);
        Assert.True(lines.GetLinePosition(start) == reported, "line and column differ from the compiler's (" + lines.GetLinePosition(start) + "): " + what);
    }
}

/// <summary>Decodes file bytes the way the C# compiler decodes an AdditionalFiles item (Roslyn's EncodedStringText).</summary>
internal static class CompilerDecoding
{
    static CompilerDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What the compiler falls back to on Linux and macOS: lenient UTF-8 (invalid bytes become U+FFFD).</summary>
    public static Encoding UnixFallback => Encoding.UTF8;

    /// <summary>What it falls back to on a Windows machine with a Western European system locale.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>What it falls back to on a Windows machine with a Korean system locale.</summary>
    public static Encoding KoreanWindows => Encoding.GetEncoding(949);

    /// <summary>
    /// Without a project CodePage: strict UTF-8 (a byte order mark picks UTF-16/32 or UTF-8 instead), and when that
    /// fails, <paramref name="fallback"/> (the system's ANSI code page). With one (<c>&lt;CodePage&gt;</c>, csc
    /// <c>/codepage</c>): that encoding unless a byte order mark says otherwise. Checked against a real
    /// <c>dotnet build</c> on Linux, which reports the same <c>SourceText.Encoding</c> and text.
    /// </summary>
    public static SourceText Decode(byte[] bytes, Encoding fallback, Encoding? codePage = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        if (codePage is null)
        {
            try
            {
                return SourceText.From(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), throwIfBinaryDetected: false);
            }
            catch (DecoderFallbackException)
            {
                stream.Position = 0;
            }
        }

        return SourceText.From(stream, codePage ?? fallback, throwIfBinaryDetected: false);
    }

    public static byte[] Bytes(string text, Encoding encoding) => encoding.GetBytes(text);

    public static byte[] WithUtf8Bom(byte[] bytes) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
}
