using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Running;

namespace StatusGen.Benchmarks;

/// <summary>
/// Runs the benchmarks and copies BenchmarkDotNet's GitHub markdown summaries to <c>results/</c>, where they are
/// committed. Run from the repository root:
/// <code>dotnet run -c Release --project tests/StatusGen.Benchmarks -- --filter '*'</code>
/// <c>-- edit-build [rounds] [--copied folder]</c> runs the edit-build rounds without BenchmarkDotNet, for a quick look;
/// <c>-- real-code folder [--out report.md]</c> runs the analyzers over a codebase (see <see cref="RealCode.RealCodeRun"/>);
/// <c>-- analyzer-cost [files] [rounds]</c> interleaves the analyzer cost benchmark's operations, with CPU time;
/// <c>-- analyzer-cost-check [files]</c> only checks the generated project (no errors, STG1001 where marked).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "edit-build")
        {
            return EditBuild.QuickRun.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "analyzer-cost-check")
        {
            var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
            Console.WriteLine(new Analyzers.AnalyzerCost(files).Check());
            return 0;
        }

        if (args.Length > 0 && args[0] == "analyzer-cost")
        {
            return Analyzers.AnalyzerCostQuickRun.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "real-code")
        {
            return RealCode.RealCodeRun.Run(args[1..]);
        }

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        var results = Path.Combine(FindProjectDirectory(), "results");
        Directory.CreateDirectory(results);
        foreach (var summary in summaries)
        {
            // Only this run's report: the artifacts folder keeps the reports of earlier runs too.
            // A run of one class is titled with a time stamp its report's name lacks: look for the class's name too.
            var report = new[] { summary.Title }
                .Concat(summary.BenchmarksCases.Select(benchmark => benchmark.Descriptor.Type.FullName ?? string.Empty))
                .Select(name => Path.Combine(summary.ResultsDirectoryPath, name + "-report-github.md"))
                .FirstOrDefault(File.Exists);
            if (report is not null)
            {
                var name = Path.GetFileName(report).Replace("StatusGen.Benchmarks.", string.Empty, StringComparison.Ordinal).Replace("Analyzers.", string.Empty, StringComparison.Ordinal);
                var target = Path.Combine(results, name);
                File.Copy(report, target, overwrite: true);
                Console.WriteLine("Summary copied to " + target);
            }
        }

        return summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
    }

    internal static string FindProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusGen.Benchmarks.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
