using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace StatusGen.DocTests;

/// <summary>
/// A project as <c>dotnet new</c> makes it (SDK, implicit usings, nullable on, the project name as root namespace),
/// with StatusGen added: its files are compiled in memory with the generator and the package's analyzers, as the compiler would in a build.
/// </summary>
internal sealed class DocProject
{
    private static readonly string[] ConsoleUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly string[] WebUsings = ConsoleUsings.Concat(new[]
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    }).ToArray();

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetCore = new(() => ReferencesIn(Metadata("NetCoreReferenceDirectory")));

    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCore = new(() => NetCore.Value
        .AddRange(ReferencesIn(Metadata("AspNetCoreReferenceDirectory")))
        .Add(MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Builder.OpenApiEndpointRouteBuilderExtensions).Assembly.Location))
        .Add(MetadataReference.CreateFromFile(typeof(Microsoft.OpenApi.OpenApiDocument).Assembly.Location)));

    private static readonly ImmutableArray<DiagnosticAnalyzer> PackageAnalyzers = typeof(StatusGenerator).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private static int _count;

    private DocProject(string context)
    {
        Context = context;
        (Name, IsWeb, Kind) = context switch
        {
            "webapi" => ("MyApi", true, OutputKind.ConsoleApplication),
            "library" => ("MyLib", false, OutputKind.DynamicallyLinkedLibrary),
            _ => ("MyApp", false, OutputKind.ConsoleApplication),
        };
    }

    public string Context { get; }

    /// <summary>The project's name, which is its root namespace: the generated types are there.</summary>
    public string Name { get; }

    public bool IsWeb { get; }

    public OutputKind Kind { get; }

    public List<(string Path, string Text)> Files { get; } = new();

    public string? StatusCodesYaml { get; set; }

    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public static DocProject For(string context) => new(context);

    public static string RepositoryRoot => Path.GetFullPath(Metadata("RepoRoot"));

    /// <summary>Runs the generator and compiles; the result holds every diagnostic of either.</summary>
    public Compiled Compile()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var usings = string.Concat((IsWeb ? WebUsings : ConsoleUsings).Select(name => "global using global::" + name + ";\n"));
        var trees = new[] { CSharpSyntaxTree.ParseText(usings, parseOptions, "/" + Name + "/obj/" + Name + ".GlobalUsings.g.cs", Encoding.UTF8) }
            .Concat(Files.Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, "/" + Name + "/" + file.Path, Encoding.UTF8)))
            .ToList();

        // A new assembly name each time: web APIs are loaded into the default context, where names must differ.
        var assemblyName = Name + ".Doc" + Interlocked.Increment(ref _count);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            IsWeb ? AspNetCore.Value : NetCore.Value,
            new CSharpCompilationOptions(Kind, nullableContextOptions: NullableContextOptions.Enable));

        var properties = new Dictionary<string, string>(Properties, StringComparer.Ordinal)
        {
            ["RootNamespace"] = Name,
            ["ProjectDir"] = "/" + Name + "/",
        };
        var additional = StatusCodesYaml is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryText("/" + Name + "/status-codes.yaml", StatusCodesYaml));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new StatusGenerator().AsSourceGenerator() },
            additional,
            parseOptions,
            new BuildProperties(properties));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        // The package's analyzers run too, as in a build: a block must not warn with them (STG1002), and what their
        // suppressor suppresses (CS8509 on a switch over every case) is no problem.
        var analyzed = output.WithAnalyzers(
            PackageAnalyzers,
            new AnalyzerOptions(additional, new BuildProperties(properties)));
        var problems = generatorDiagnostics
            .Concat(analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult())
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning && !diagnostic.IsSuppressed)
            .ToList();
        return new Compiled(this, output, problems);
    }

    private static ImmutableArray<MetadataReference> ReferencesIn(string directory)
        => Directory.GetFiles(directory, "*.dll").Order(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();

    private static string Metadata(string key)
        => typeof(DocProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == key)?.Value
           ?? throw new InvalidOperationException("AssemblyMetadata '" + key + "' is missing");

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public BuildProperties(IReadOnlyDictionary<string, string> properties)
            => _global = new Options(properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value, StringComparer.Ordinal));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}

/// <summary>A compiled doc project: its compilation with the generated code, and what the compiler and generator said.</summary>
internal sealed class Compiled
{
    public Compiled(DocProject project, Compilation compilation, IReadOnlyList<Diagnostic> problems)
    {
        Project = project;
        Compilation = compilation;
        Problems = problems;
    }

    public DocProject Project { get; }

    public Compilation Compilation { get; }

    /// <summary>Warnings and errors, of the compiler and of the generator: a pasted block must have none.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    public string Describe()
        => string.Join("\n", Problems.Select(problem => problem.ToString()))
           + "\n--- files ---\n" + string.Join("\n", Project.Files.Select(file => "// " + file.Path + "\n" + file.Text));

    /// <summary>Emits the assembly and loads it: into the default context for web APIs (MVC finds controllers by name there).</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var result = Compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", result.Diagnostics));
        }

        stream.Position = 0;
        var context = Project.IsWeb ? AssemblyLoadContext.Default : new AssemblyLoadContext(Compilation.AssemblyName, isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
