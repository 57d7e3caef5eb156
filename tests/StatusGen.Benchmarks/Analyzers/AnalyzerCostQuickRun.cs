using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// <c>analyzer-cost [files] [rounds]</c>: the three operations of <see cref="AnalyzerCostBenchmarks"/>, interleaved
/// round by round (so a change in the machine's load hits all three alike), with the process's CPU time beside the
/// wall-clock time: on a machine other processes load, CPU time is the steadier measure of the work added.
/// Prints the medians and the ratios. <c>--breakdown</c> adds the same compile with analyzers that do nothing
/// (<see cref="ProbeAnalyzers"/>), to tell the host's cost from StatusGen's.
/// </summary>
internal static class AnalyzerCostQuickRun
{
    public static int Run(string[] args)
    {
        var breakdown = args.Contains("--breakdown");
        args = args.Where(arg => arg != "--breakdown").ToArray();
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var benchmarks = new AnalyzerCostBenchmarks { Files = files };
        benchmarks.Setup();

        var operations = new List<(string Name, Func<object> Run)>
        {
            ("Emit", () => benchmarks.Emit()),
            ("GetDiagnostics + Emit", () => benchmarks.DiagnosticsAndEmit()),
            ("StatusGen's analyzers + Emit", () => benchmarks.WithAnalyzers()),
            ("ASP.NET Core's analyzers + Emit", () => benchmarks.WithWebSdkAnalyzers()),
            ("ASP.NET Core's and StatusGen's analyzers + Emit", () => benchmarks.WithWebSdkAndStatusGenAnalyzers()),
        };
        if (breakdown)
        {
            operations.Add(("an analyzer that only starts + Emit", () => benchmarks.With(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeAnalyzers.StartOnly()))));
            operations.Add(("a no-op action on every numeric literal + Emit", () => benchmarks.With(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeAnalyzers.EveryNumericLiteral()))));
        }

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

        var builder = new StringBuilder("| Operation | Wall (median) | CPU (median) | CPU over GetDiagnostics + Emit, per Emit |\n| --- | --- | --- | --- |\n");
        foreach (var name in names)
        {
            var added = (Median(cpu[name]) - Median(cpu[names[1]])) / Median(cpu[names[0]]);
            builder.Append(CultureInfo.InvariantCulture, $"| {name} | {Median(wall[name]):F0} ms | {Median(cpu[name]):F0} ms | {added:P1} |\n");
        }

        foreach (var (label, values) in new[] { ("wall", wall), ("CPU", cpu) })
        {
            double M(int index) => Median(values[names[index]]);
            builder.Append(CultureInfo.InvariantCulture, $"{label}: StatusGen/baseline {M(2) / M(1):F3}, ASP.NET Core's + StatusGen's / ASP.NET Core's {M(4) / M(3):F3}, (that difference)/Emit {(M(4) - M(3)) / M(0):P1}\n");
        }

        return builder.ToString();
    }
}
