using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Tests.Infrastructure;

namespace StatusGen.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it: a cold run, a run after an unrelated C# edit (what happens on
/// most keystrokes), and a run after a YAML edit.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class GeneratorBenchmarks
{
    private const string UserSpec = """
        version: 1
        flags:
          client-abort: { title: { en: Client aborted, ko: 클라이언트가 중단함 } }
        codes:
          - code: 499
            title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
            flags: [client-abort]
          - code: 404
            title: { ko: 페이지 없음 }
        """;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private AdditionalText _spec = null!;
    private AdditionalText _editedSpec = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorRuns.Compilation("namespace Consumer { internal static class Program { } }");
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Added { public static int Answer() => 42; } }",
            GeneratorRuns.ParseOptions));
        _spec = new TestAdditionalText("/project/status-codes.yaml", UserSpec);
        _editedSpec = new TestAdditionalText("/project/status-codes.yaml", UserSpec.Replace("페이지 없음", "페이지를 찾을 수 없음", System.StringComparison.Ordinal));
        _warmDriver = GeneratorRuns.Driver(ImmutableArray.Create(_spec)).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "cold run, standard catalog + user file")]
    public GeneratorDriver ColdRun() => GeneratorRuns.Driver(ImmutableArray.Create(_spec)).RunGenerators(_compilation);

    [Benchmark(Description = "run after an unrelated C# edit")]
    public GeneratorDriver AfterUnrelatedEdit() => _warmDriver.RunGenerators(_editedCompilation);

    [Benchmark(Description = "run after a YAML edit")]
    public GeneratorDriver AfterYamlEdit() => _warmDriver.ReplaceAdditionalText(_spec, _editedSpec).RunGenerators(_compilation);
}

/// <summary>Cold runs on synthetic catalogs, to show that the cost grows linearly with the number of codes.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class CatalogSizeBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _specs;

    /// <summary>0 is the standard catalog alone; the others replace it (<c>extends: none</c>) with this many codes.</summary>
    [Params(0, 64, 250, 500)]
    public int Codes { get; set; }

    /// <summary>How many user files the codes are spread over.</summary>
    [Params(1, 10)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorRuns.Compilation("namespace Consumer { internal static class Program { } }");
        _specs = Codes == 0
            ? ImmutableArray<AdditionalText>.Empty
            : SyntheticCatalog.Files(Codes, Files).Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Content)).ToImmutableArray();
    }

    [Benchmark(Description = "cold run")]
    public GeneratorDriver ColdRun() => GeneratorRuns.Driver(_specs).RunGenerators(_compilation);
}

/// <summary>The driver and compilation the benchmarks share.</summary>
internal static class GeneratorRuns
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(string source)
        => CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> specs)
        => CSharpGeneratorDriver.Create(
            new[] { new StatusGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}

/// <summary>Synthetic catalogs: <c>extends: none</c>, codes spread over groups, each with en/ko texts and a flag.</summary>
internal static class SyntheticCatalog
{
    public static IEnumerable<(string Path, string Content)> Files(int codes, int files)
    {
        var all = Enumerable.Range(0, codes).Select(i => 100 + (i * 500 / codes)).ToArray();
        for (var file = 0; file < files; file++)
        {
            var builder = new StringBuilder("version: 1\nextends: none\ncodes:\n");
            for (var i = file; i < all.Length; i += files)
            {
                var code = all[i].ToString(CultureInfo.InvariantCulture);
                builder.Append("  - code: ").Append(code).Append('\n')
                    .Append("    title: { en: Synthetic Status ").Append(code).Append(", ko: 합성 상태 ").Append(code).Append(" }\n")
                    .Append("    description:\n      en: A synthetic status code used to measure how the generator scales.\n")
                    .Append("      ko: 생성기가 코드 수에 따라 어떻게 늘어나는지 재기 위한 합성 상태 코드이다.\n")
                    .Append("    reference: { document: Benchmark, url: \"https://example.com/").Append(code).Append("\" }\n")
                    .Append(i % 3 == 0 ? "    flags: [cacheable]\n" : string.Empty);
            }

            yield return ("/project/part" + file.ToString(CultureInfo.InvariantCulture) + ".status-codes.yaml", builder.ToString());
        }
    }
}
