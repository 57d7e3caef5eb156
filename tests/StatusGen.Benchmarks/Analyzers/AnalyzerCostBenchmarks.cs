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
/// operation. <c>Emit</c> is csc's own work. The baseline is the brief's "GetDiagnostics + Emit"; the measured side
/// is the same with <c>GetDiagnostics</c> replaced by <see cref="CompilationWithAnalyzers.GetAllDiagnosticsAsync(CancellationToken)"/>
/// (the compiler's diagnostics, the analyzers', and the suppressors applied to both — the only public entry point
/// that runs a suppressor over compiler warnings like CS8509). Both sides do the same compiler work, so their
/// difference is the analyzers' and suppressors' time; the README divides it by <c>Emit</c> too, the stricter ratio,
/// since csc binds method bodies once where "GetDiagnostics + Emit" binds them twice.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
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

    [Benchmark(Description = "CompilationWithAnalyzers.GetAllDiagnosticsAsync + Emit")]
    public int WithAnalyzers()
    {
        var compilation = _cost.Fresh();
        var diagnostics = _cost.WithAnalyzers(compilation, StatusGenAnalyzers.Create()).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        AnalyzerCost.Emit(compilation);
        return diagnostics.Length;
    }
}
