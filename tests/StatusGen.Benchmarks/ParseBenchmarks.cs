using System;
using System.Linq;
using System.Net;
using BenchmarkDotNet.Attributes;

namespace StatusGen.Benchmarks;

/// <summary>Name → status, against <c>Enum.TryParse&lt;HttpStatusCode&gt;</c>; both case-insensitive.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class ParseBenchmarks
{
    private string[] _names = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Names both parsers know, so both do the same job.
        var enumNames = Enum.GetNames<HttpStatusCode>();
        var shared = HttpStatus.All
            .Select(status => status.Name)
            .Where(name => enumNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        _names = Inputs.Shuffled(shared);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count, Description = "Enum.TryParse<HttpStatusCode>")]
    public int EnumTryParse()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (Enum.TryParse<HttpStatusCode>(name, ignoreCase: true, out var code))
            {
                total += (int)code;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "HttpStatus.TryParse")]
    public int StatusGenTryParse()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (HttpStatus.TryParse(name, out var status))
            {
                total += status.Code;
            }
        }

        return total;
    }
}
