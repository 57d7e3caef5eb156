using System;
using BenchmarkDotNet.Attributes;

namespace StatusGen.Benchmarks;

/// <summary>
/// Creating a result and matching on it: the generated <c>StatusResult&lt;T&gt;</c> against the class hierarchy a
/// user would write by hand for the same four outcomes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class StatusResultBenchmarks
{
    private int[] _outcomes = null!;

    [GlobalSetup]
    public void Setup() => _outcomes = Inputs.Shuffled(new[] { 200, 301, 404, 503 });

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count, Description = "hand-written hierarchy: create + match")]
    public int HandWritten()
    {
        var total = 0;
        foreach (var outcome in _outcomes)
        {
            HandWrittenResult result = outcome switch
            {
                200 => new HandWrittenResult.Ok(outcome),
                301 => new HandWrittenResult.Moved("/new"),
                404 => new HandWrittenResult.NotFound(),
                _ => new HandWrittenResult.Unavailable(TimeSpan.FromSeconds(30)),
            };
            total += result.Match(
                static value => value,
                static location => location.Length,
                static () => 404,
                static retryAfter => (int)retryAfter.TotalSeconds);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "StatusResult<int>: create + Match")]
    public int Generated()
    {
        var total = 0;
        foreach (var outcome in _outcomes)
        {
            StatusResult<int> result = outcome switch
            {
                200 => new StatusResult<int>.Ok(outcome),
                301 => new StatusResult<int>.MovedPermanently("/new"),
                404 => new StatusResult<int>.NotFound(),
                _ => new StatusResult<int>.ServiceUnavailable(TimeSpan.FromSeconds(30)),
            };
            total += result.Match(
                static success => success.TryGetValue(out var value) ? value : 0,
                static (redirect, location) => location?.Length ?? 0,
                static (error, problem) => error.Status.Code,
                static (error, problem) => error is StatusResult<int>.ServiceUnavailable { RetryAfter: { } wait } ? (int)wait.TotalSeconds : 0);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count, Description = "StatusResult<int>: cached NotFound.Instance + Match")]
    public int GeneratedCachedError()
    {
        var total = 0;
        foreach (var outcome in _outcomes)
        {
            StatusResult<int> result = outcome == 404 ? StatusResult<int>.NotFound.Instance : new StatusResult<int>.Ok(outcome);
            total += result.Match(
                static success => success.TryGetValue(out var value) ? value : 0,
                static (redirect, location) => 0,
                static (error, problem) => error.Status.Code,
                static (error, problem) => 0);
        }

        return total;
    }

    /// <summary>What a user writes without StatusGen: four outcomes, a virtual Match.</summary>
    private abstract class HandWrittenResult
    {
        public abstract TResult Match<TResult>(Func<int, TResult> ok, Func<string, TResult> moved, Func<TResult> notFound, Func<TimeSpan, TResult> unavailable);

        public sealed class Ok : HandWrittenResult
        {
            private readonly int _value;

            public Ok(int value) => _value = value;

            public override TResult Match<TResult>(Func<int, TResult> ok, Func<string, TResult> moved, Func<TResult> notFound, Func<TimeSpan, TResult> unavailable) => ok(_value);
        }

        public sealed class Moved : HandWrittenResult
        {
            private readonly string _location;

            public Moved(string location) => _location = location;

            public override TResult Match<TResult>(Func<int, TResult> ok, Func<string, TResult> moved, Func<TResult> notFound, Func<TimeSpan, TResult> unavailable) => moved(_location);
        }

        public sealed class NotFound : HandWrittenResult
        {
            public override TResult Match<TResult>(Func<int, TResult> ok, Func<string, TResult> moved, Func<TResult> notFound, Func<TimeSpan, TResult> unavailable) => notFound();
        }

        public sealed class Unavailable : HandWrittenResult
        {
            private readonly TimeSpan _retryAfter;

            public Unavailable(TimeSpan retryAfter) => _retryAfter = retryAfter;

            public override TResult Match<TResult>(Func<int, TResult> ok, Func<string, TResult> moved, Func<TResult> notFound, Func<TimeSpan, TResult> unavailable) => unavailable(_retryAfter);
        }
    }
}
