using BenchmarkDotNet.Attributes;

namespace StatusGen.Benchmarks;

/// <summary>The other everyday lookups: localized titles, flags, enumerating the catalog.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class LookupBenchmarks
{
    private HttpStatus[] _statuses = null!;

    [GlobalSetup]
    public void Setup()
    {
        var codes = Inputs.CatalogCodes();
        _statuses = new HttpStatus[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            _statuses[i] = HttpStatus.FromCode(codes[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "GetTitle(\"ko\")")]
    public int GetKoreanTitle()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            total += status.GetTitle("ko").Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "IsRetryable")]
    public int FlagProperty()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            total += status.IsRetryable ? 1 : 0;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "HasFlag(\"retryable\")")]
    public int FlagByName()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            total += status.HasFlag("retryable") ? 1 : 0;
        }

        return total;
    }

    [Benchmark(Description = "foreach over All")]
    public int EnumerateAll()
    {
        var total = 0;
        var all = HttpStatus.All;
        for (var i = 0; i < all.Count; i++)
        {
            total += all[i].Code;
        }

        return total;
    }
}
