using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// <c>analyzer-cost [files] [rounds]</c>: the three operations of <see cref="AnalyzerCostBenchmarks"/>, interleaved
/// round by round (so a change in the machine's load hits all three alike), with the process's CPU time beside the
/// wall-clock time: on a machine other processes load, CPU time is the steadier measure of the work added.
/// Prints the medians and both ratios.
/// </summary>
internal static class AnalyzerCostQuickRun
{
    public static int Run(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var benchmarks = new AnalyzerCostBenchmarks { Files = files };
        benchmarks.Setup();

        var operations = new (string Name, Func<object> Run)[]
        {
            ("Emit", () => benchmarks.Emit()),
            ("GetDiagnostics + Emit", () => benchmarks.DiagnosticsAndEmit()),
            ("with analyzers + Emit", () => benchmarks.WithAnalyzers()),
        };
        var wall = operations.ToDictionary(o => o.Name, _ => new List<double>());
        var cpu = operations.ToDictionary(o => o.Name, _ => new List<double>());

        // One warm-up round (JIT, reference metadata), not counted.
        for (var round = -1; round < rounds; round++)
        {
            foreach (var (name, run) in operations)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                run();
                clock.Stop();
                process.Refresh();
                if (round >= 0)
                {
                    wall[name].Add(clock.Elapsed.TotalMilliseconds);
                    cpu[name].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            Console.WriteLine(round < 0 ? "warm-up done" : "round " + (round + 1).ToString(CultureInfo.InvariantCulture) + " done");
        }

        Console.WriteLine(Report(operations.Select(o => o.Name).ToArray(), wall, cpu));
        return 0;
    }

    private static string Report(string[] names, Dictionary<string, List<double>> wall, Dictionary<string, List<double>> cpu)
    {
        static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var builder = new StringBuilder("| Operation | Wall (median) | CPU (median) |\n| --- | --- | --- |\n");
        foreach (var name in names)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {name} | {Median(wall[name]):F0} ms | {Median(cpu[name]):F0} ms |\n");
        }

        foreach (var (label, values) in new[] { ("wall", wall), ("CPU", cpu) })
        {
            var emit = Median(values[names[0]]);
            var baseline = Median(values[names[1]]);
            var with = Median(values[names[2]]);
            builder.Append(CultureInfo.InvariantCulture, $"{label}: with/baseline {with / baseline:F3}, (with - baseline)/Emit {(with - baseline) / emit:P1}\n");
        }

        return builder.ToString();
    }
}
