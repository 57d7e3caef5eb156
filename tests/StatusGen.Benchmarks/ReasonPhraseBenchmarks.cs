using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;

namespace StatusGen.Benchmarks;

/// <summary>Status code → reason phrase, against what a user would otherwise write.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class ReasonPhraseBenchmarks
{
    private int[] _codes = null!;

    [GlobalSetup]
    public void Setup() => _codes = Inputs.CatalogCodes();

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count, Description = "((HttpStatusCode)c).ToString()")]
    public int EnumToString()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += ((HttpStatusCode)code).ToString().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "ReasonPhrases.GetReasonPhrase(c)")]
    public int AspNetCoreReasonPhrases()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += ReasonPhrases.GetReasonPhrase(code).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "HttpStatus.FromCode(c).ReasonPhrase")]
    public int StatusGenReasonPhrase()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += HttpStatus.FromCode(code).ReasonPhrase.Length;
        }

        return total;
    }
}
