using System;
using System.Collections.Immutable;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// What the StatusGen analyzers and suppressors add to compiling a large web project (issue 15: at most 3%): a
/// generated 2,000-file ASP.NET Core API (<see cref="GeneratedWebProject"/>), compiled from a fresh clone in every
/// operation. <c>Emit</c> is csc's own work (it binds and lowers every method once and reports every compiler
/// diagnostic). The baseline is "GetDiagnostics + Emit"; the analyzer rows replace its <c>GetDiagnostics</c> by
/// <see cref="CompilationWithAnalyzers.GetAllDiagnosticsAsync(CancellationToken)"/> — the compiler's diagnostics, the
/// analyzers', and the suppressors applied to both, the only public entry point that runs a suppressor over a
/// compiler warning like CS8509 — so each row does the same compiler work and differs by the analyzers alone.
/// A web project never compiles without analyzers: the ASP.NET Core targeting pack's run in every one
/// (<see cref="WebSdkAnalyzers"/>), so "with them, plus StatusGen's" over "with them" is what adding the package costs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class AnalyzerCostBenchmarks
{
    private AnalyzerCost _cost = null!;

    [Params(2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cost = new AnalyzerCost(Files);
        Console.WriteLine("// " + _cost.Check());
    }

    [Benchmark(Description = "Emit (csc without analyzers)")]
    public bool Emit() => AnalyzerCost.Emit(_cost.Fresh()).Success;

    [Benchmark(Baseline = true, Description = "GetDiagnostics + Emit")]
    public int DiagnosticsAndEmit()
    {
        var compilation = _cost.Fresh();
        var diagnostics = compilation.GetDiagnostics();
        AnalyzerCost.Emit(compilation);
        return diagnostics.Length;
    }

    [Benchmark(Description = "StatusGen's analyzers + Emit")]
    public int WithAnalyzers() => With(StatusGenAnalyzers.Create());

    [Benchmark(Description = "ASP.NET Core's analyzers + Emit")]
    public int WithWebSdkAnalyzers() => With(WebSdkAnalyzers.Create());

    [Benchmark(Description = "ASP.NET Core's and StatusGen's analyzers + Emit")]
    public int WithWebSdkAndStatusGenAnalyzers() => With(WebSdkAnalyzers.Create().AddRange(StatusGenAnalyzers.Create()));

    /// <summary>A fresh compilation's diagnostics through CompilationWithAnalyzers with <paramref name="analyzers"/>, then Emit.</summary>
    internal int With(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = _cost.Fresh();
        var diagnostics = _cost.WithAnalyzers(compilation, analyzers).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        AnalyzerCost.Emit(compilation);
        return diagnostics.Length;
    }
}
