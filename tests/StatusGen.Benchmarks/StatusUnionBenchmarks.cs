using BenchmarkDotNet.Attributes;

namespace StatusGen.Benchmarks;

/// <summary>An endpoint union with three outcomes, as the GetOrderResult.</summary>
[StatusUnion(typeof(int), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
internal partial class BenchmarkUnion { }

/// <summary>What a user writes by hand for the same three outcomes: a sealed hierarchy with a virtual method.</summary>
internal abstract class HandWrittenUnion
{
    public abstract int Handle();

    public sealed class Ok : HandWrittenUnion
    {
        public Ok(int value) => Value = value;

        public int Value { get; }

        public override int Handle() => Value;
    }

    public sealed class NotFound : HandWrittenUnion
    {
        public override int Handle() => 404;
    }

    public sealed class Conflict : HandWrittenUnion
    {
        public override int Handle() => 409;
    }
}

/// <summary>
/// Creating an endpoint union's case and matching on it, against the hand-written hierarchy (target: within 1.2×), and
/// <c>Match</c> alone on existing cases (target: 0 B).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class StatusUnionBenchmarks
{
    private int[] _outcomes = null!;
    private BenchmarkUnion[] _unions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _outcomes = Inputs.Shuffled(new[] { 200, 404, 409 });
        _unions = new BenchmarkUnion[_outcomes.Length];
        for (var i = 0; i < _outcomes.Length; i++)
        {
            _unions[i] = Create(_outcomes[i]);
        }
    }

    private static BenchmarkUnion Create(int outcome) => outcome switch
    {
        200 => new BenchmarkUnion.Ok(outcome),
        404 => new BenchmarkUnion.NotFound(),
        _ => new BenchmarkUnion.Conflict(),
    };

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count, Description = "hand-written sealed hierarchy: create + virtual call")]
    public int HandWritten()
    {
        var total = 0;
        foreach (var outcome in _outcomes)
        {
            HandWrittenUnion result = outcome switch
            {
                200 => new HandWrittenUnion.Ok(outcome),
                404 => new HandWrittenUnion.NotFound(),
                _ => new HandWrittenUnion.Conflict(),
            };
            total += result.Handle();
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "[StatusUnion]: create + Match")]
    public int Generated()
    {
        var total = 0;
        foreach (var outcome in _outcomes)
        {
            total += Create(outcome).Match(static ok => ok.Value, static notFound => 404, static conflict => 409);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "[StatusUnion]: Match alone")]
    public int MatchOnly()
    {
        var total = 0;
        foreach (var union in _unions)
        {
            total += union.Match(static ok => ok.Value, static notFound => 404, static conflict => 409);
        }

        return total;
    }
}
