using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace StatusGen.Benchmarks.EditBuild;

/// <summary>
/// The edit-build ratio (see <see cref="EditBuildRunner"/>): each operation is one round, the app with and without
/// StatusGen edited and built once in each compiler mode, alternately. BenchmarkDotNet's mean is the round's sum, so
/// the numbers that matter are printed at the end, and written to <c>results/EditBuildBenchmarks-ratios.md</c>:
/// the median build per project and mode, and their ratio. <c>STATUSGEN_EDITBUILD_BASELINE=&lt;checkout&gt;</c> adds
/// the package of another checkout to the same run (before and after under the same load).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 12)]
public class EditBuildBenchmarks
{
    private EditBuildRunner _runner = null!;
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        _runner = EditBuildRunner.Create(System.Array.Empty<string>(), Environment.GetEnvironmentVariable("STATUSGEN_EDITBUILD_BASELINE"));
        _runner.Warmup();
    }

    [Benchmark(Description = "edit Program.cs + dotnet build, with and without StatusGen, server on and off")]
    public void Round()
    {
        foreach (var mode in EditBuildRunner.Modes)
        {
            _runner.Round(mode, _round);
        }

        _round++;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var report = _runner.Report();
        Console.WriteLine(report);
        var results = Path.Combine(Program.FindProjectDirectory(), "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "EditBuildBenchmarks-ratios.md"), report);
        _runner.Dispose();
    }
}
