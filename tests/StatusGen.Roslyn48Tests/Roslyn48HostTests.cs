using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusGen.Roslyn48Tests.Infrastructure;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Roslyn48Tests;

/// <summary>
/// The packed generator in the oldest compiler it supports: Roslyn 4.8 (.NET 8 SDK 8.0.100, Visual Studio 2022 17.8).
/// It loads, generates the standard catalog plus a custom code, and the output compiles and runs.
/// </summary>
public sealed class Roslyn48HostTests
{
    /// <summary>The floor the README and PACKAGE.md state.</summary>
    private static readonly Version MinimumRoslyn = new(4, 8, 0, 0);

    private const string ConsumerNamespace = "Legacy.Consumer";

    /// <summary>A user's status-codes.yaml: a custom code with a custom flag, and an override of a standard title.</summary>
    private const string Spec = """
        version: 1
        flags:
          client-abort:
            title: { en: "Client aborted", ko: "클라이언트가 중단함" }
        codes:
          - code: 499
            title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
            description:
              en: "The client closed the connection while the server was still processing the request."
              ko: "서버가 요청을 처리하는 동안 클라이언트가 연결을 닫았다."
            flags: [client-abort]
          - code: 404
            title: { ko: 페이지를 찾을 수 없음 }
        """;

    /// <summary>A consumer that uses the standard and the custom code the way users do.</summary>
    private const string Consumer = """
        namespace Legacy.Consumer
        {
            internal static class Probe
            {
                public static string Describe(int code)
                {
                    switch (code)
                    {
                        case HttpStatusCodes.ClientClosedRequest:
                            return HttpStatus.ClientClosedRequest.ToString() + " | " + HttpStatus.ClientClosedRequest.GetTitle("ko")
                                + " | " + HttpStatus.FromCode(code).IsClientAbort;
                        case HttpStatusCodes.NotFound:
                            return HttpStatus.NotFound.ToString() + " | " + HttpStatus.NotFound.GetTitle("ko");
                        default:
                            return HttpStatus.FromCode(code).ToString();
                    }
                }
            }
        }
        """;

    private static readonly Lazy<Run> Generated = new(RunGenerator);

    [Fact]
    public void Host_is_Roslyn_4_8()
    {
        // Everything below is only a proof while this process really runs the old compiler.
        Assert.Equal(MinimumRoslyn, typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(MinimumRoslyn, typeof(CSharpCompilation).Assembly.GetName().Version);
    }

    [Fact]
    public void Packed_generator_loads_without_failures_and_binds_to_the_host_Roslyn_and_its_bundled_YamlDotNet()
    {
        var loaded = PackedGenerator.Instance;

        Assert.Empty(loaded.Failures.Select(Describe));
        var generator = Assert.Single(loaded.Generators);
        var generatorType = generator.GetGeneratorType();
        Assert.Equal("StatusGen.StatusGenerator", generatorType.FullName);

        // Loaded from the package's analyzer folder into a context of its own, not from this test's output.
        var assembly = generatorType.Assembly;
        Assert.Same(loaded.Loader.Context, AssemblyLoadContext.GetLoadContext(assembly));
        Assert.Equal(Path.Combine(loaded.Directory, "StatusGen.dll"), assembly.Location);
        Assert.True(typeof(IIncrementalGenerator).IsAssignableFrom(generatorType), "StatusGenerator does not implement the host's IIncrementalGenerator.");
        Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, candidate => candidate.GetName().Name == "YamlDotNet");
    }

    [Fact]
    public void Packed_generator_references_no_newer_Roslyn_than_4_8()
    {
        // The same question the compiler asks before it runs an analyzer (CS9057), answered from metadata: a
        // generator project moved to a newer Microsoft.CodeAnalysis fails here even before it fails to load.
        var references = ReferencedAssemblies(PackedGenerator.AssemblyPath);
        var roslyn = references.Where(reference => reference.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();

        Assert.Contains(roslyn, reference => reference.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, reference => Assert.True(reference.Version! <= MinimumRoslyn, reference.FullName));

        // Roslyn 4.8 itself depends on System.Collections.Immutable and System.Reflection.Metadata 7.0: a generator
        // built against later ones could fail to load where the compiler brings only those (.NET Framework hosts).
        Assert.All(
            references.Where(reference => reference.Name is "System.Collections.Immutable" or "System.Reflection.Metadata"),
            reference => Assert.True(reference.Version! <= new Version(7, 0, 0, 0), reference.FullName));
    }

    [Fact]
    public void Host_refuses_a_generator_built_against_Roslyn_4_14_and_runs_the_same_one_built_against_4_8()
    {
        // The negative proof: the loading above would fail for a generator on a newer Roslyn. The same tiny
        // generator, compiled once against 4.14 and once against this host's 4.8, goes through the same loader.
        using var folder = new TemporaryFolder();

        var tooNew = LoadedAnalyzers.Load(CompileTinyGenerator(folder.Create("roslyn-4.14"), ReferenceAssemblies.MicrosoftCodeAnalysis414));
        Assert.Empty(tooNew.Generators);
        var failure = Assert.Single(tooNew.Failures);
        Assert.Equal(AnalyzerLoadFailureEventArgs.FailureErrorCode.ReferencesNewerCompiler, failure.ErrorCode);
        Assert.Equal(new Version(4, 14, 0, 0), failure.ReferencedCompilerVersion);

        var fitting = LoadedAnalyzers.Load(CompileTinyGenerator(folder.Create("roslyn-4.8"), typeof(Compilation).Assembly.Location));
        Assert.Empty(fitting.Failures.Select(Describe));
        Assert.Single(fitting.Generators);
    }

    [Fact]
    public void Standard_catalog_and_a_custom_code_are_generated_without_generator_diagnostics()
    {
        var run = Generated.Value;

        // No CS8785 (the generator threw), no STG diagnostics: the spec above is valid.
        Assert.Empty(run.Result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.OutputDiagnostics, diagnostic => diagnostic.Id is "CS8785" or "CS8784" or "CS9057");

        var hintNames = run.Result.Results.Single().GeneratedSources.Select(source => source.HintName).ToList();
        Assert.Contains("HttpStatusCodes.g.cs", hintNames);
        Assert.Contains("HttpStatus.g.cs", hintNames);
        Assert.Contains("StatusGroup.g.cs", hintNames);
        Assert.Contains("StatusResult.g.cs", hintNames);

        var codes = run.Compilation.GetTypeByMetadataName(ConsumerNamespace + ".HttpStatusCodes");
        Assert.NotNull(codes);
        var constants = codes!.GetMembers().OfType<IFieldSymbol>().Where(field => field.IsConst).ToDictionary(field => field.Name, field => (int)field.ConstantValue!);

        // All 64 codes of the standard catalog, and the custom one.
        Assert.Equal(65, constants.Count);
        Assert.Equal(404, constants["NotFound"]);
        Assert.Equal(503, constants["ServiceUnavailable"]);
        Assert.Equal(499, constants["ClientClosedRequest"]);

        var status = run.Compilation.GetTypeByMetadataName(ConsumerNamespace + ".HttpStatus");
        Assert.NotNull(status);
        Assert.Single(status!.GetMembers("ClientClosedRequest").OfType<IPropertySymbol>(), property => property.IsStatic);
        Assert.Single(status.GetMembers("IsClientAbort").OfType<IPropertySymbol>());
    }

    [Fact]
    public void Output_compiles_for_netstandard2_0_with_no_errors_or_warnings_and_runs()
    {
        var run = Generated.Value;

        Assert.Empty(run.OutputDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));

        using var image = new MemoryStream();
        var emit = run.Compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        image.Position = 0;
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            var probe = context.LoadFromStream(image).GetType(ConsumerNamespace + ".Probe", throwOnError: true)!;
            string Describe(int code) => (string)probe.GetMethod("Describe")!.Invoke(null, new object[] { code })!;

            Assert.Equal("499 Client Closed Request | 클라이언트가 요청을 닫음 | True", Describe(499));
            Assert.Equal("404 Not Found | 페이지를 찾을 수 없음", Describe(404));
            Assert.Equal("503 Service Unavailable", Describe(503));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Packed_analyzers_run_in_Roslyn_4_8_STG1002_names_the_missing_case_and_STG1100_suppresses_CS8509()
    {
        // The analyzers compile against Roslyn 4.8 too: under its binder and IOperation tree, at C# 8 (no type
        // patterns: a declaration with a discard handles a case), a forgotten case is STG1002 and the switch over
        // every case has its CS8509 suppressed.
        const string Switches = """
            namespace Legacy.Consumer
            {
                [StatusUnion(HttpStatusCodes.NoContent, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
                internal partial class DeleteOrderResult { }

                internal static class Switches
                {
                    public static int Every(DeleteOrderResult result) => result switch
                    {
                        DeleteOrderResult.NoContent _ => 204,
                        DeleteOrderResult.NotFound _ => 404,
                        DeleteOrderResult.Conflict _ => 409,
                    };

                    public static int Forgets(DeleteOrderResult result) => result switch
                    {
                        DeleteOrderResult.NoContent _ => 204,
                    };
                }
            }
            """;
        var loaded = PackedGenerator.Instance;
        Assert.Contains(loaded.Analyzers, analyzer => analyzer.GetType().FullName == "StatusGen.Analyzers.MissingSwitchCasesAnalyzer");
        Assert.Contains(loaded.Analyzers, analyzer => analyzer is DiagnosticSuppressor);

        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Legacy.Consumer",
            new[] { CSharpSyntaxTree.ParseText(Switches, parseOptions, path: "/project/Switches.cs", encoding: Encoding.UTF8) },
            ReferenceAssemblies.NetStandard20,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = ConsumerNamespace });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { Assert.Single(loaded.Generators) }, Array.Empty<AdditionalText>(), parseOptions, options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);

        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var all = await output.WithAnalyzers(loaded.Analyzers, analyzerOptions).GetAllDiagnosticsAsync();
        var diagnostics = all
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Select(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 + " " + diagnostic.Id + (diagnostic.IsSuppressed ? " suppressed" : string.Empty))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(new[] { "15 CS8509", "15 STG1002", "8 CS8509 suppressed" }, diagnostics);
    }

    private static Run RunGenerator()
    {
        var generator = Assert.Single(PackedGenerator.Instance.Generators);

        // A netstandard2.0 library with C# 8, the oldest language the generated code supports, nullable on and docs
        // checked, as the README promises; Roslyn 4.8's parser and binder, not the SDK's.
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Legacy.Consumer",
            new[] { CSharpSyntaxTree.ParseText(Consumer, parseOptions, path: "/project/Probe.cs", encoding: Encoding.UTF8) },
            ReferenceAssemblies.NetStandard20,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator },
            new AdditionalText[] { new TestAdditionalText("/project/status-codes.yaml", Spec) },
            parseOptions,
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = ConsumerNamespace }));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var outputDiagnostics);
        return new Run(driver.GetRunResult(), output, outputDiagnostics.Concat(output.GetDiagnostics()).ToList());
    }

    /// <summary>
    /// A minimal incremental generator compiled against <paramref name="microsoftCodeAnalysis"/>, written to
    /// <paramref name="directory"/>/TinyGenerator.dll.
    /// </summary>
    private static string CompileTinyGenerator(string directory, string microsoftCodeAnalysis)
    {
        const string source = """
            using Microsoft.CodeAnalysis;

            [Generator(LanguageNames.CSharp)]
            public sealed class TinyGenerator : IIncrementalGenerator
            {
                public void Initialize(IncrementalGeneratorInitializationContext context)
                    => context.RegisterPostInitializationOutput(static output => output.AddSource("Tiny.g.cs", "internal static class Tiny { }"));
            }
            """;
        var compilation = CSharpCompilation.Create(
            "TinyGenerator",
            new[] { CSharpSyntaxTree.ParseText(source) },
            ReferenceAssemblies.NetStandard20.Append(MetadataReference.CreateFromFile(microsoftCodeAnalysis)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(directory, "TinyGenerator.dll");
        var emit = compilation.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return path;
    }

    private static List<AssemblyName> ReferencedAssemblies(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }

    private static string Describe(AnalyzerLoadFailureEventArgs failure)
        => failure.ErrorCode
           + (failure.ReferencedCompilerVersion is { } version ? " (built against Roslyn " + version + ")" : string.Empty)
           + " " + failure.TypeName + ": " + failure.Message + " " + failure.Exception;

    private sealed record Run(GeneratorDriverRunResult Result, Compilation Compilation, IReadOnlyList<Diagnostic> OutputDiagnostics);

    private sealed class TemporaryFolder : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("statusgen-roslyn48-").FullName;

        public string Create(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the loaded assemblies may still be mapped; the folder is under the temp folder.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
