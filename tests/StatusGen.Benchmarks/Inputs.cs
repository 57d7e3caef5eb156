using System;
using System.Linq;

namespace StatusGen.Benchmarks;

/// <summary>
/// Benchmark inputs: many values in a fixed pseudo-random order, so the JIT cannot fold a constant and the branch
/// predictor cannot learn one path. The seed is fixed so runs compare.
/// </summary>
internal static class Inputs
{
    public const int Count = 1024;

    public static T[] Shuffled<T>(T[] values)
    {
        var random = new Random(20261126);
        return Enumerable.Range(0, Count).Select(_ => values[random.Next(values.Length)]).ToArray();
    }

    public static int[] CatalogCodes() => Shuffled(HttpStatus.All.Select(status => status.Code).ToArray());
}
