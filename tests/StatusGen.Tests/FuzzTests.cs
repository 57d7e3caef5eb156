using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;
using CsCheck;
using StatusGen.Emit;
using StatusGen.Model;
using StatusGen.Primitives;
using StatusGen.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit;
using static StatusGen.Tests.Infrastructure.RobustnessHarness;

namespace StatusGen.Tests;

/// <summary>
/// Fuzzing with CsCheck: the standard catalog with lines deleted, duplicated, swapped, re-indented, truncated and
/// laced with hostile Unicode; generated spec files full of hostile values and wrong types; and soups of random
/// YAML-ish lines. For every case the parse and merge stages run directly and the emitters run on their result:
/// no exception, and every diagnostic an STG one located inside the file (the compiler's own line and column for
/// its offset). One case in <see cref="DriverEvery"/> also runs through the real <c>CSharpGeneratorDriver</c>
/// (no exception, no CS8785, the same diagnostics and source as the direct run) and, when its generated source
/// differs from every source compiled before, is compiled against the net10.0 reference assemblies: no error, no
/// warning. Compiling is the slow part (about 0.3 s), hence the sample.
/// </summary>
/// <remarks>
/// <c>STATUSGEN_FUZZ_CASES</c> sets the number of cases: 500 by default, 10,000 in <c>.ci/run</c>.
/// <c>STATUSGEN_FUZZ_SEED</c> replays a run from the seed CsCheck prints when a case fails.
/// </remarks>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests
{
    private const int DefaultCases = 500;

    /// <summary>One case in this many runs through the real driver and, when its output is new, the compiler.</summary>
    private const int DriverEvery = 20;

    private static readonly GeneratorOptions Options = new("StatusGen", IsPublic: false, new[] { "ko", "en" }.ToEquatableArray());

    /// <summary>The catalog with no user file, to count the cases whose file changed it (so reached the emitters with something new).</summary>
    /// <summary>What the driver runs below detect in their compilation: HttpStatus's interfaces follow it.</summary>
    private static readonly Lazy<InteropCapabilities> DriverCapabilities = new(() => StatusGen.Configuration.InteropDetection.Detect(GeneratorHarness.CreateCompilation(new GeneratorInput())));

    private static readonly Lazy<StatusCatalog> StandardOnly = new(() => ParseAndValidate(string.Empty).Catalog);

    private static readonly Lazy<string[]> StandardLines = new(
        () => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "spec", "status-codes.yaml")).Split('\n'));

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>Pieces of hostile text: YAML syntax, escapes, terminators of C# and XML, invisible and broken characters.</summary>
    private static readonly string[] Fragments =
    {
        "\"", "\\", "{0}", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "*/", "/*", "</summary>", "]]>", "<script>",
        "&", "&amp;", "\u202E", "\u2066", "\0", "\uD800", "\uDC00", "\uFEFF", "\t", ": ", "- ", "#", "[", "]", "{", "}",
        ",", "'", "!", "!!str ", "!!int ", "%", "@", "`", "|", ">", "? ", "*a", "&a ", "---", "...", "😀", "한글",
        "\u0301", "\u200B", "\uFFFD", "\uFFFF", "\u0001", "\u007F", "\u00A0", "~", "null", "true", "0x1F", "1e3", ".inf",
        "-1", "99999999999", "404", "499", "cacheable", "no-body", "en", "ko", "version: 1", "codes:", "  - code: 404",
        "Not Found", "NotFound", " ", "  ", "\\u0041", "\\x41", "\\L", "\\0",
    };

    /// <summary>Values of the wrong type, or of the right type and doubtful content, for "key: value" lines.</summary>
    private static readonly string[] Values =
    {
        "[1, 2]", "{a: b}", "~", "\"404\"", "-1", "99999999999", "", "&x y", "*x", "!!binary aGVsbG8=", "|", ">-",
        "'quoted'", "[", "{", "}", "]", "\"unterminated", "? k", "- item", "0x1F", "1e3", "true", ".inf", "1", "2",
        "[cacheable, unused, permanent, location, no-body]", "{ en: \"</summary>\", ko: \"\\u202E\" }", "none",
        "standard", "NotFound", "Ok", "Code", "class", "404", "499", "99", "600", "client-error", "5xx", "teapots",
        "temporary", "{ document: RFC 9110, url: \"javascript:alert(1)\" }", "[retryabel]", "{ en: X }",
    };

    private static readonly string[] Keys =
    {
        "version", "extends", "groups", "flags", "codes", "code", "name", "group", "registration", "title", "description",
        "reference", "remove-flags", "document", "section", "url", "property", "source", "en", "ko", "zh-Hant", "EN",
        "cacheable", "no-body", "my-flag", "client-error", "success", "x", "Bad_Flag", "\"quoted key\"", "? explicit",
        "- code", "<<",
    };

    private static readonly string[] FlagNames =
    {
        "cacheable", "no-body", "location", "retry-after", "retryable", "permanent", "preserves-method", "unused",
        "custom-a", "custom-b", "retryabel", "Bad_Flag",
    };

    private static readonly string[] Names = { "Foo", "NotFound", "Ok", "Code", "class", "Foo1", "_x", "Fo\u200Bo", "F\u00F6o", "Status", "IsCustomA", "" };

    private static readonly string[] Words = { "Token Expired", "Not Found", "OK", "Some Status", "Status", "123 Go", "I'm Here", "제목", "x" };

    [Fact]
    public async Task Hostile_and_broken_specs_never_crash_hang_or_generate_code_that_does_not_compile()
    {
        var cases = ReadCases();
        var seed = Environment.GetEnvironmentVariable("STATUSGEN_FUZZ_SEED");
        var stats = new FuzzStats();
        var compiled = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        try
        {
            // A hang shows as a timeout here rather than a test run that never ends.
            await Task.Run(() => AnyCase.Sample(
                    fuzzCase => Check(fuzzCase, stats, compiled),
                    writeLine: stats.CsCheckLines.Enqueue,
                    seed: string.IsNullOrEmpty(seed) ? null : seed,
                    iter: cases,
                    threads: Environment.ProcessorCount,
                    print: fuzzCase => fuzzCase.ToString()))
                .WaitAsync(TimeSpan.FromMinutes(30));
        }
        finally
        {
            total.Stop();
            stats.Report(_output, total.Elapsed);
        }

        Assert.Equal(0, stats.Exceptions);
    }

    private static long ReadCases()
        => long.TryParse(Environment.GetEnvironmentVariable("STATUSGEN_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : DefaultCases;

    private static void Check(FuzzCase fuzzCase, FuzzStats stats, ConcurrentDictionary<string, bool> compiled)
    {
        var number = stats.Started();
        var text = fuzzCase.Text;
        try
        {
            var watch = Stopwatch.StartNew();
            var validated = ParseAndValidate(text);
            if (!validated.Catalog.Equals(StandardOnly.Value))
            {
                stats.ChangedCatalog();
            }

            var model = new EmitModel(new GenerationModel(validated.Catalog, Options), DriverCapabilities.Value, NeedsMaybeNullWhen: false);
            var httpStatus = HttpStatusEmitter.Emit(model);
            HttpStatusCodesEmitter.Emit(model);
            StatusGroupEmitter.Emit(model);
            watch.Stop();
            // What the generator reports: the catalog's problems and the translations missing in the options' languages.
            var diagnostics = validated.Diagnostics.Concat(StatusGen.Validation.TranslationCheck.Report(validated, Options)).ToEquatableArray();
            stats.Finished(fuzzCase, watch.Elapsed, diagnostics.Count);
            AssertWellFormed(diagnostics, SpecPath, text);

            if (number % DriverEvery != 0)
            {
                return;
            }

            watch.Restart();
            var output = RobustnessHarness.Run(new TestAdditionalText(SpecPath, text));
            AssertWellFormed(output, SpecPath, text);
            Assert.Equal(diagnostics.Count, output.GeneratorDiagnostics.Length);
            Assert.Equal(httpStatus, output.Sources[HttpStatusEmitter.HintName]);
            stats.DriverRun();

            var hash = Hash(output.Sources.OrderBy(source => source.Key, StringComparer.Ordinal).Select(source => source.Value));
            if (compiled.TryAdd(hash, true))
            {
                Assert.Empty(output.CompilationProblems);
                stats.Compiled();
            }

            watch.Stop();
            stats.FinishedDriver(fuzzCase, watch.Elapsed);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref stats.Exceptions);
            Dump(fuzzCase, number);
            throw;
        }
    }

    /// <summary>
    /// With <c>STATUSGEN_FUZZ_DUMP</c> set to a folder, a failing case's text is written there as raw UTF-16 code units
    /// (<c>case-N.utf16</c>), lone surrogates included, to replay it outside CsCheck.
    /// </summary>
    private static void Dump(FuzzCase fuzzCase, long number)
    {
        var folder = Environment.GetEnvironmentVariable("STATUSGEN_FUZZ_DUMP");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            var bytes = fuzzCase.Text.SelectMany(character => new[] { (byte)character, (byte)(character >> 8) }).ToArray();
            File.WriteAllBytes(Path.Combine(folder, "case-" + number.ToString(CultureInfo.InvariantCulture) + ".utf16"), bytes);
        }
    }

    private static string Hash(IEnumerable<string> sources)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0001", sources))));

    // ---- Generators ----------------------------------------------------------------------------------------------

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (5, Gen.OneOf(Fragments)),
        (1, Gen.Char.Select(character => character.ToString())));

    private static readonly Gen<string> Hostile = Fragment.Array[1, 6].Select(parts => string.Concat(parts));

    /// <summary>A text: mostly ordinary words, often with hostile pieces around or inside them.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOf(Words)),
        (3, Gen.Select(Gen.OneOf(Words), Hostile, Gen.OneOf(Words), (left, middle, right) => left + middle + right)),
        (2, Hostile));

    /// <summary>A scalar as written in YAML: double-quoted with escapes (reads back as the text), or raw.</summary>
    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Text.Select(InjectionTests.Quote)),
        (1, Text.Select(text => text.Replace("\n", " ", StringComparison.Ordinal))),
        (1, Gen.OneOf(Values)));

    /// <summary>
    /// A scalar that keeps the YAML around it valid (quoted text, or a value of any type that is well-formed), so
    /// structured specs mostly reach validation and generation; the mutations break the YAML itself.
    /// </summary>
    private static readonly Gen<string> WellFormedScalar = Gen.Frequency(
        (6, Text.Select(InjectionTests.Quote)),
        (1, Gen.OneOf("[1, 2]", "{a: b}", "~", "\"404\"", "-1", "99999999999", "''", "true", "NotFound", "Ok", "class", "none", "1e3")));

    private static readonly Gen<Op> MutationOp = Gen.Select(
        Gen.Int[0, 9], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Hostile, Gen.OneOf(Values),
        (kind, a, b, payload, value) => new Op(kind, a, b, payload, value));

    /// <summary>The standard catalog, mutated one to six times.</summary>
    private static readonly Gen<FuzzCase> MutatedStandard = MutationOp.Array[1, 6]
        .Select(ops => new FuzzCase("standard catalog mutated", Mutate(StandardLines.Value, ops), ops.Length));

    private static readonly Gen<string> Language = Gen.Frequency(
        (8, Gen.OneOf("en", "ko")),
        (2, Gen.OneOf("ja", "zh-Hant", "de", "EN", "ko-KR")),
        (1, Gen.OneOf("english", "e", "x-klingon", "en\n", "ko\u202E", "12").Select(InjectionTests.Quote)));

    private static readonly Gen<string> LanguageMap = Gen.Select(Language, WellFormedScalar).Array[0, 4]
        .Select(texts => "{ " + string.Join(", ", texts.Select(text => text.Item1 + ": " + text.Item2)) + " }");

    private static readonly Gen<string> FlagList = Gen.OneOf(FlagNames).Array[0, 5].Select(flags => "[" + string.Join(", ", flags) + "]");

    private static readonly Gen<int> Code = Gen.Frequency(
        (6, Gen.Int[100, 599]),
        (2, Gen.OneOf(404, 200, 301, 304, 308, 418, 499, 500, 204)),
        (1, Gen.OneOf(99, 600, 0, 1000, -1)));

    /// <summary>One entry under <c>codes:</c>, each field present or not.</summary>
    private static readonly Gen<string> CodeEntry = Gen.Select(
        Code,
        Gen.Frequency((3, Gen.Const((string?)null)), (2, Gen.OneOf(Names).Select(name => (string?)InjectionTests.Quote(name))), (1, WellFormedScalar.Select(value => (string?)value))),
        Gen.Frequency((1, Gen.Const((string?)null)), (4, LanguageMap.Select(map => (string?)map))),
        Gen.Frequency((2, Gen.Const((string?)null)), (2, LanguageMap.Select(map => (string?)map))),
        Gen.Frequency((3, Gen.Const((string?)null)), (2, FlagList.Select(list => (string?)list))),
        Gen.Frequency((5, Gen.Const((string?)null)), (1, FlagList.Select(list => (string?)list))),
        Gen.Frequency((4, Gen.Const((string?)null)), (1, WellFormedScalar.Select(url => (string?)("{ document: " + url + ", url: " + url + " }"))), (1, Gen.OneOf("https://example.com/a?b=1&c=2", "javascript:alert(1)", "http://x/\"").Select(url => (string?)("{ document: X, url: " + InjectionTests.Quote(url) + " }")))),
        Gen.Frequency((5, Gen.Const((string?)null)), (1, Gen.OneOf("client-error", "5xx", "success", "teapots", "Redirection").Select(group => (string?)group))),
        (code, name, title, description, flags, removeFlags, reference, group) =>
        {
            var entry = new StringBuilder("  - code: ").Append(code.ToString(CultureInfo.InvariantCulture)).Append('\n');
            AppendField(entry, "name", name);
            AppendField(entry, "title", title);
            AppendField(entry, "description", description);
            AppendField(entry, "flags", flags);
            AppendField(entry, "remove-flags", removeFlags);
            AppendField(entry, "reference", reference);
            AppendField(entry, "group", group);
            return entry.ToString();
        });

    /// <summary>A declared flag: a valid or invalid name, texts, maybe a property.</summary>
    private static readonly Gen<string> FlagDeclaration = Gen.Select(
        Gen.Frequency((4, Gen.OneOf("custom-a", "custom-b", "retryable")), (1, Gen.OneOf("Bad_Flag", "\"x\\n\"", "\"a b\""))),
        Gen.Frequency((1, Gen.Const((string?)null)), (2, LanguageMap.Select(map => (string?)map))),
        Gen.Frequency((3, Gen.Const((string?)null)), (1, Gen.OneOf(Names).Select(name => (string?)InjectionTests.Quote(name))), (1, WellFormedScalar.Select(value => (string?)value))),
        Gen.Frequency((2, Gen.Const((string?)null)), (1, WellFormedScalar.Select(value => (string?)value))),
        (name, title, property, source) =>
        {
            var flag = new StringBuilder("  ").Append(name).Append(":\n");
            AppendField(flag, "title", title, "    ");
            AppendField(flag, "property", property, "    ");
            AppendField(flag, "source", source, "    ");
            return flag.ToString();
        });

    /// <summary>A whole user file built from spec structures, then mutated up to twice.</summary>
    private static readonly Gen<FuzzCase> StructuredSpec = Gen.Select(
        Gen.Frequency((6, Gen.Const("version: 1\n")), (1, Gen.OneOf("", "version: 2\n", "version: \"1\"\n"))),
        Gen.Frequency((6, Gen.Const(string.Empty)), (1, Gen.OneOf("extends: none\n", "extends: standard\n", "extends: partial\n"))),
        Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Select(Gen.OneOf("informational", "client-error", "teapot"), LanguageMap, (group, title) => "groups:\n  " + group + ":\n    title: " + title + "\n"))),
        FlagDeclaration.Array[0, 3].Select(flags => flags.Length == 0 ? string.Empty : "flags:\n" + string.Concat(flags)),
        CodeEntry.Array[0, 8].Select(entries => entries.Length == 0 ? string.Empty : "codes:\n" + string.Concat(entries)),
        MutationOp.Array[0, 2],
        (version, extends, groups, flags, codes, ops) =>
        {
            var text = version + extends + groups + flags + codes;
            return new FuzzCase("structured spec", ops.Length == 0 ? text : Mutate(text.Split('\n'), ops), ops.Length);
        });

    /// <summary>Random YAML-ish lines: keys, dashes, values and hostile text at random indentation.</summary>
    private static readonly Gen<FuzzCase> LineSoup = Gen.Select(
            Gen.Int[0, 6],
            Gen.Bool,
            Gen.OneOf(Keys),
            Gen.Frequency((3, Gen.OneOf(Values)), (2, Scalar), (1, Hostile)),
            (indent, dash, key, value) => new string(' ', indent) + (dash ? "- " : string.Empty) + key + ": " + value)
        .Array[0, 24]
        .Select(lines => new FuzzCase("random lines", string.Join("\n", lines) + "\n", 0));

    private static readonly Gen<FuzzCase> AnyCase = Gen.Frequency((4, MutatedStandard), (4, StructuredSpec), (2, LineSoup));

    private static void AppendField(StringBuilder builder, string key, string? value, string indent = "    ")
    {
        if (value is not null)
        {
            builder.Append(indent).Append(key).Append(": ").Append(value).Append('\n');
        }
    }

    /// <summary>Applies the operations to the lines of a file, then joins them with the line ending the last one chose.</summary>
    private static string Mutate(IReadOnlyList<string> original, Op[] ops)
    {
        var lines = original.ToList();
        var lineEnding = "\n";
        int? truncateAt = null;
        foreach (var op in ops)
        {
            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }

            var i = op.A % lines.Count;
            var line = lines[i];
            switch (op.Kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, line);
                    break;
                case 2:
                    var j = op.B % lines.Count;
                    (lines[i], lines[j]) = (lines[j], line);
                    break;
                case 3:
                    var indentation = line.Length - line.TrimStart(' ').Length;
                    lines[i] = (op.B % 4) switch
                    {
                        0 => new string(' ', (op.B % 3) + 1) + line,
                        1 => line.Substring(Math.Min(indentation, (op.B % 2) + 1)),
                        2 => "\t" + line.TrimStart(' '),
                        _ => line.TrimStart(' '),
                    };
                    break;
                case 4:
                    var column = op.B % (line.Length + 1);
                    lines[i] = line.Insert(column, op.Payload);
                    break;
                case 5:
                    var colon = line.IndexOf(": ", StringComparison.Ordinal);
                    lines[i] = colon >= 0 ? string.Concat(line.AsSpan(0, colon + 2), op.Value) : line + ": " + op.Value;
                    break;
                case 6:
                    lines.Insert(i, new string(' ', op.B % 7) + op.Payload);
                    break;
                case 7:
                    if (line.Length > 0)
                    {
                        var at = op.B % line.Length;
                        lines[i] = string.Concat(line.AsSpan(0, at), op.Payload.AsSpan(0, 1), line.AsSpan(at + 1));
                    }

                    break;
                case 8:
                    truncateAt = op.B;
                    break;
                default:
                    lineEnding = (op.B % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
                    break;
            }
        }

        var text = string.Join(lineEnding, lines);
        return truncateAt is { } cut && text.Length > 0 ? text.Substring(0, cut % text.Length) : text;
    }

    /// <param name="Kind">Which mutation: delete, duplicate, swap, re-indent, insert text, replace a value, insert a line, replace a character, truncate, change line endings.</param>
    private sealed record Op(int Kind, int A, int B, string Payload, string Value);

    private sealed record FuzzCase(string Family, string Text, int Mutations)
    {
        public override string ToString()
            => Family + " (" + Mutations.ToString(CultureInfo.InvariantCulture) + " mutations, " + Text.Length.ToString(CultureInfo.InvariantCulture)
               + " characters):\n" + Escape(Text.Length > 4_000 ? string.Concat(Text.AsSpan(0, 4_000), "...") : Text);

        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var character in text)
            {
                builder.Append(character is '\n' || (!char.IsControl(character) && !char.IsSurrogate(character) && CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
                    ? character.ToString()
                    : "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }

    /// <summary>Counts and extremes, updated from CsCheck's threads.</summary>
    private sealed class FuzzStats
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, int> _byFamily = new(StringComparer.Ordinal);
        private long _started;
        private long _diagnostics;
        private int _driverRuns;
        private int _compiled;
        private int _changedCatalog;
        private TimeSpan _slowest;
        private string _slowestCase = string.Empty;
        private TimeSpan _slowestDriver;
        private string _slowestDriverCase = string.Empty;

        public int Exceptions;

        public ConcurrentQueue<string> CsCheckLines { get; } = new();

        public long Started() => Interlocked.Increment(ref _started);

        public void Finished(FuzzCase fuzzCase, TimeSpan elapsed, int diagnostics)
        {
            Interlocked.Add(ref _diagnostics, diagnostics);
            lock (_gate)
            {
                _byFamily[fuzzCase.Family] = _byFamily.GetValueOrDefault(fuzzCase.Family) + 1;
                if (elapsed > _slowest)
                {
                    _slowest = elapsed;
                    _slowestCase = Describe(fuzzCase);
                }
            }
        }

        public void FinishedDriver(FuzzCase fuzzCase, TimeSpan elapsed)
        {
            lock (_gate)
            {
                if (elapsed > _slowestDriver)
                {
                    _slowestDriver = elapsed;
                    _slowestDriverCase = Describe(fuzzCase);
                }
            }
        }

        public void DriverRun() => Interlocked.Increment(ref _driverRuns);

        public void Compiled() => Interlocked.Increment(ref _compiled);

        public void ChangedCatalog() => Interlocked.Increment(ref _changedCatalog);

        public void Report(ITestOutputHelper output, TimeSpan total)
        {
            lock (_gate)
            {
                output.WriteLine($"cases run: {_started:N0} ({string.Join(", ", _byFamily.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value.ToString("N0", CultureInfo.InvariantCulture)))})");
                output.WriteLine($"exceptions: {Exceptions}");
                output.WriteLine($"diagnostics checked: {_diagnostics:N0} (all STG, located inside the spec file); cases that changed the catalog: {_changedCatalog:N0}");
                output.WriteLine($"driver runs: {_driverRuns:N0} (1 case in {DriverEvery}); compiled: {_compiled:N0} distinct outputs (the others matched one already compiled)");
                output.WriteLine($"slowest case (parse, validate, emit): {_slowest.TotalMilliseconds:F1} ms, {_slowestCase}");
                output.WriteLine($"slowest driver run with compilation: {_slowestDriver.TotalMilliseconds:F1} ms, {_slowestDriverCase}");
                output.WriteLine($"total: {total.TotalSeconds:F1} s on {Environment.ProcessorCount} threads");
                foreach (var line in CsCheckLines)
                {
                    output.WriteLine("CsCheck: " + line);
                }
            }
        }

        private static string Describe(FuzzCase fuzzCase)
            => fuzzCase.Family + ", " + fuzzCase.Mutations.ToString(CultureInfo.InvariantCulture) + " mutations, " + fuzzCase.Text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters";
    }
}
