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

namespace StatusGen.Tests.Infrastructure;

/// <summary>What a test feeds the generator: user spec files, C# sources, MSBuild properties and the target.</summary>
internal sealed record GeneratorInput
{
    public IReadOnlyList<(string Path, string? Content)> SpecFiles { get; init; } = Array.Empty<(string, string?)>();

    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();

    public IReadOnlyDictionary<string, string> BuildProperties { get; init; } = new Dictionary<string, string>();

    public TargetFramework Framework { get; init; } = TargetFramework.Net100;

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    public bool GenerateDocumentation { get; init; } = true;

    public static GeneratorInput WithSpec(string content, string path = "/project/status-codes.yaml")
        => new() { SpecFiles = new[] { (path, (string?)content) } };
}

/// <summary>What one generator run produced, and the compilation of the project with it.</summary>
internal sealed class GeneratorOutput
{
    public GeneratorOutput(GeneratorDriver driver, GeneratorDriverRunResult runResult, Compilation compilation)
    {
        Driver = driver;
        RunResult = runResult;
        Compilation = compilation;
    }

    public GeneratorDriver Driver { get; }

    public GeneratorDriverRunResult RunResult { get; }

    public Compilation Compilation { get; }

    /// <summary>Diagnostics the generator reported (STG...), and any exception it threw.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => RunResult.Diagnostics;

    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Compiler diagnostics of the project with the generated code: warnings and errors.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems
        => Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Emits the project and loads it in its own collectible context.</summary>
    public Assembly Load()
    {
        using var peStream = new MemoryStream();
        var emitResult = Compilation.Emit(peStream);
        if (!emitResult.Success)
        {
            throw new InvalidOperationException("The generated code did not compile:\n" + string.Join("\n", emitResult.Diagnostics));
        }

        peStream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(peStream);
    }
}

/// <summary>Runs the real generator through <see cref="CSharpGeneratorDriver"/>, as the compiler does.</summary>
internal static class GeneratorHarness
{
    public static GeneratorOutput Run(GeneratorInput input)
    {
        var compilation = CreateCompilation(input);
        var driver = CreateDriver(input);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorOutput(driver, driver.GetRunResult(), output);
    }

    /// <summary>Runs an existing driver again on a changed compilation, as the IDE does after an edit.</summary>
    public static GeneratorOutput Rerun(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorOutput(driver, driver.GetRunResult(), output);
    }

    public static CSharpCompilation CreateCompilation(GeneratorInput input)
    {
        var parseOptions = ParseOptions(input);
        var sources = input.Sources.Count == 0 ? new[] { "namespace Consumer { internal static class Placeholder { } }" } : input.Sources;
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: "/project/Source" + i + ".cs", encoding: Encoding.UTF8));
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            TargetFrameworkReferences.For(input.Framework),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    public static GeneratorDriver CreateDriver(GeneratorInput input) => CreateDriver(input, out _);

    /// <summary>A driver for <paramref name="input"/>, and the additional texts it holds (to replace them in edits).</summary>
    public static GeneratorDriver CreateDriver(GeneratorInput input, out ImmutableArray<AdditionalText> additionalTexts)
    {
        additionalTexts = input.SpecFiles.Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Content)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new StatusGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions(input),
            new TestAnalyzerConfigOptionsProvider(input.BuildProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static CSharpParseOptions ParseOptions(GeneratorInput input)
        => new(input.LanguageVersion, input.GenerateDocumentation ? DocumentationMode.Diagnose : DocumentationMode.Parse);
}
