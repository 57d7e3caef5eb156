using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// The compilation the analyzer cost benchmark compiles again and again: <see cref="GeneratedWebProject"/>'s files,
/// parsed once, with the generator's output added once (both sides compile exactly the same code; the generator's
/// own cost is <see cref="GeneratorBenchmarks"/>'). Every measured operation starts from <see cref="Fresh"/>, a
/// clone that has bound nothing yet, so nothing one iteration computed is reused by the next. Single-threaded
/// (concurrentBuild off, and the analyzers' concurrent execution off): the ratio is then work added, not how many
/// cores the other processes on the machine left free.
/// </summary>
internal sealed class AnalyzerCost
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private readonly CSharpCompilation _compilation;
    private readonly AnalyzerOptions _analyzerOptions;

    public AnalyzerCost(int files)
    {
        Files = GeneratedWebProject.Create(files);
        var trees = Files.Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path)).ToArray();
        var compilation = CSharpCompilation.Create(
            "Shop",
            trees,
            WebReferences.Net100AspNetCore,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        // Public generated types: the project's services and controllers are public and return them.
        var options = StatusGenAnalyzers.Options(GeneratedWebProject.RootNamespace, publicTypes: true);
        _compilation = StatusGenAnalyzers.Generate(compilation, ParseOptions, options, out _);
        _analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options);
        UserTrees = trees.ToImmutableArray();
    }

    public ImmutableArray<GeneratedFile> Files { get; }

    public ImmutableArray<SyntaxTree> UserTrees { get; }

    public int Lines => Files.Sum(file => file.Text.Count(c => c == '\n') + 1);

    /// <summary>A clone of the prepared compilation: same trees, nothing bound.</summary>
    public CSharpCompilation Fresh() => _compilation.Clone();

    /// <summary>csc's work without analyzers: Emit binds and lowers every method once and reports every compiler diagnostic.</summary>
    public static EmitResult Emit(CSharpCompilation compilation)
    {
        var result = compilation.Emit(Stream.Null);
        return result.Success ? result : throw new InvalidOperationException("The generated project does not compile: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
    }

    /// <summary>The compilation with the StatusGen analyzers and suppressors, created for it as a host does.</summary>
    public CompilationWithAnalyzers WithAnalyzers(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        => compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(_analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));

    /// <summary>
    /// What the benchmark relies on, checked before it measures: the project compiles without errors, the analyzers
    /// report STG1001 exactly at the marked literals and nowhere else, and nothing throws (AD0001). Returns a summary.
    /// </summary>
    public string Check()
    {
        var analyzers = StatusGenAnalyzers.Create();
        var all = WithAnalyzers(Fresh(), analyzers).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(errors.Count + " errors, the first: " + errors[0]);
        }

        var expected = Files.SelectMany(file => file.ExpectedStatusLiterals.Select(position => file.Path + "@" + position)).ToHashSet(StringComparer.Ordinal);
        var reported = all.Where(d => d.Id == "STG1001").Select(d => d.Location.SourceTree!.FilePath + "@" + d.Location.SourceSpan.Start).ToHashSet(StringComparer.Ordinal);
        if (!expected.SetEquals(reported))
        {
            var missing = expected.Except(reported).Take(3);
            var extra = reported.Except(expected).Take(3);
            throw new InvalidOperationException("STG1001 expected " + expected.Count + ", reported " + reported.Count + "; missing " + string.Join(", ", missing) + "; unexpected " + string.Join(", ", extra));
        }

        if (all.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException(crash.ToString());
        }

        var byId = all.Where(d => d.Severity >= DiagnosticSeverity.Info && !d.IsSuppressed).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count());
        var suppressed = all.Where(d => d.IsSuppressed).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count());
        return $"{Files.Length} files, {Lines} lines, analyzers: {string.Join(", ", StatusGenAnalyzers.AnalyzerTypes.Select(t => t.Name))}; "
               + $"diagnostics: {string.Join(", ", byId)}; suppressed: {string.Join(", ", suppressed.DefaultIfEmpty("none"))}";
    }
}
