using System;
using System.Globalization;
using System.Linq;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;

namespace StatusGen.Benchmarks;

/// <summary>
/// Formatting <c>HttpStatus</c> into a caller's buffer (<c>TryFormat</c>, interpolation through
/// <c>MemoryExtensions.TryWrite</c> and <c>Utf8.TryWrite</c>), which should allocate nothing, against
/// <c>ToString("D")</c>, which allocates its string; and parsing the <c>404 Not Found</c> form <c>ToString</c> writes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class FormatBenchmarks
{
    private readonly char[] _chars = new char[64];
    private readonly byte[] _bytes = new byte[64];
    private HttpStatus[] _statuses = null!;
    private string[] _displays = null!;

    [GlobalSetup]
    public void Setup()
    {
        _statuses = Inputs.CatalogCodes().Select(HttpStatus.FromCode).ToArray();
        _displays = _statuses.Select(status => status.ToString()).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count, Description = "ToString(\"D\")")]
    public int ToStringD()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            total += status.ToString("D").Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "TryFormat(Span<char>) G")]
    public int TryFormatChars()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            status.TryFormat(_chars, out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "TryFormat(Span<byte>) G")]
    public int TryFormatUtf8()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            status.TryFormat(_bytes, out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "span.TryWrite($\"{status:D} {status}\")")]
    public int InterpolateChars()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            _chars.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"{status:D} {status}", out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "Utf8.TryWrite($\"{status:D} {status}\")")]
    public int InterpolateUtf8()
    {
        var total = 0;
        foreach (var status in _statuses)
        {
            Utf8.TryWrite(_bytes, CultureInfo.InvariantCulture, $"{status:D} {status}", out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "TryParse(\"404 Not Found\")")]
    public int TryParseDisplay()
    {
        var total = 0;
        foreach (var display in _displays)
        {
            if (HttpStatus.TryParse(display, out var status))
            {
                total += status.Code;
            }
        }

        return total;
    }
}
