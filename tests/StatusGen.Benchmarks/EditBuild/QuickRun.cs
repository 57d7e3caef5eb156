using System;
using System.Globalization;

namespace StatusGen.Benchmarks.EditBuild;

/// <summary>
/// <c>edit-build [rounds] [--copied folder]... [--baseline repository]</c>: the rounds of <see cref="EditBuildBenchmarks"/> without
/// BenchmarkDotNet around them, for a quick look while working; <c>--copied</c> adds an app that compiles the files of
/// the folder as plain sources, <c>--baseline</c> one
/// with the package packed from another checkout (see <see cref="EditBuildRunner.Create"/>).
/// </summary>
internal static class QuickRun
{
    public static int Run(string[] args)
    {
        var rounds = 8;
        var copied = new System.Collections.Generic.List<string>();
        string? baseline = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--copied" && i + 1 < args.Length)
            {
                copied.Add(args[++i]);
            }
            else if (args[i] == "--baseline" && i + 1 < args.Length)
            {
                baseline = args[++i];
            }
            else
            {
                rounds = int.Parse(args[i], CultureInfo.InvariantCulture);
            }
        }

        using var runner = EditBuildRunner.Create(copied.ToArray(), baseline);
        runner.Warmup();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var mode in EditBuildRunner.Modes)
            {
                runner.Round(mode, round);
            }
        }

        Console.WriteLine(runner.Report());
        return 0;
    }
}
