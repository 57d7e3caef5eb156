using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace StatusGen.Benchmarks.EditBuild;

/// <summary>
/// What the package costs on the builds a developer actually waits for: a one-line edit of Program.cs, then
/// <c>dotnet build</c> as a new process, so csc (and with the package, the generator) really runs. The same 20-file app
/// with and without the packed package from a local feed, built alternately (the order swaps every round), in both
/// compiler modes: with the compiler server (<c>UseSharedCompilation=true</c>, a developer's default) and without it
/// (every csc a new process, as many CI setups run). The result is the ratio of the medians per mode.
/// </summary>
internal sealed class EditBuildRunner : IDisposable
{
    public const string With = "with StatusGen";
    public const string Without = "without";
    public const string Baseline = "with the baseline package";

    private readonly string _root;
    private readonly List<Variant> _variants = new();
    private readonly Dictionary<(BuildMode Mode, string Variant), List<double>> _samples = new();
    private int _edit;

    private EditBuildRunner(string root) => _root = root;

    public static IReadOnlyList<BuildMode> Modes { get; } = new[] { BuildMode.Server, BuildMode.NoServer };

    public IReadOnlyList<string> VariantNames => _variants.Select(variant => variant.Name).ToList();

    /// <summary>
    /// Packs the generator into a local feed and writes the two consumers (plus, for each folder of
    /// <paramref name="copiedSources"/>, one that compiles its files as plain sources: what some output costs without
    /// the generator), then restores and builds each once.
    /// </summary>
    /// <param name="copiedSources">Folders of C# files, each compiled as plain sources by an app of its own.</param>
    /// <param name="baselineRepository">
    /// Another checkout of this repository (e.g. <c>git archive</c> of an earlier commit): its package is packed as
    /// version 0.0.1 (another assembly identity, so the compiler server loads both) and built by a third app, so one
    /// run compares before and after under the same load.
    /// </param>
    public static EditBuildRunner Create(string[] copiedSources, string? baselineRepository = null)
    {
        var runner = new EditBuildRunner(Directory.CreateTempSubdirectory("statusgen-edit-build-").FullName);
        var feed = Path.Combine(runner._root, "feed");
        var repository = FindRepositoryRoot();
        Dotnet(repository, "pack", Path.Combine(repository, "src", "StatusGen", "StatusGen.csproj"), "-c", "Release", "-o", feed,
            "--artifacts-path", Path.Combine(runner._root, "artifacts"), "-nologo");
        var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "StatusGen.*.nupkg").Single())["StatusGen.".Length..];
        if (baselineRepository is not null)
        {
            Dotnet(baselineRepository, "pack", Path.Combine(baselineRepository, "src", "StatusGen", "StatusGen.csproj"), "-c", "Release", "-o", feed,
                "--artifacts-path", Path.Combine(runner._root, "artifacts-baseline"), "-nologo", "-p:StatusGenVersion=0.0.1");
        }

        File.WriteAllText(Path.Combine(runner._root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(runner._root, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        runner.Add(Without, string.Empty);
        runner.Add(With, $"""<PackageReference Include="StatusGen" Version="{version}" PrivateAssets="all" />""");
        if (baselineRepository is not null)
        {
            runner.Add(Baseline, """<PackageReference Include="StatusGen" Version="0.0.1" PrivateAssets="all" />""");
        }

        foreach (var copied in copiedSources)
        {
            var folder = runner.Add("copied " + Path.GetFileName(Path.GetFullPath(copied)), $"""<Compile Include="{Path.Combine(Path.GetFullPath(copied), "*.cs")}" />""");
            Console.WriteLine("copied sources: " + Directory.GetFiles(copied, "*.cs").Sum(file => new FileInfo(file).Length).ToString("N0", CultureInfo.InvariantCulture) + " bytes in " + folder);
        }

        foreach (var variant in runner._variants)
        {
            Dotnet(variant.Folder, "build", "-nologo", "-v", "q");
        }

        return runner;
    }

    /// <summary>Two rounds per mode that are not counted: the first starts the compiler server and loads the generator into it.</summary>
    public void Warmup()
    {
        foreach (var mode in Modes)
        {
            for (var i = 0; i < 2; i++)
            {
                foreach (var variant in _variants)
                {
                    Build(variant, mode);
                }
            }
        }
    }

    /// <summary>One round: every variant edited and built once in <paramref name="mode"/>, in an order that rotates each round.</summary>
    public void Round(BuildMode mode, int round)
    {
        for (var i = 0; i < _variants.Count; i++)
        {
            var variant = _variants[(i + round) % _variants.Count];
            var elapsed = Build(variant, mode);
            if (!_samples.TryGetValue((mode, variant.Name), out var samples))
            {
                samples = new List<double>();
                _samples.Add((mode, variant.Name), samples);
            }

            samples.Add(elapsed);
        }
    }

    public double Median(BuildMode mode, string variant) => Median(_samples[(mode, variant)]);

    /// <summary>The medians and ratios as a markdown table, with every sample for the record.</summary>
    public string Report()
    {
        var report = new StringBuilder();
        report.Append("| mode | ");
        report.Append(string.Join(" | ", _variants.Select(variant => variant.Name + " (median)")));
        report.Append(" | ratio with/without | rounds |\n|---|");
        report.Append(string.Concat(_variants.Select(_ => "---|")));
        report.Append("---|---|\n");
        foreach (var mode in Modes.Where(mode => _samples.ContainsKey((mode, With))))
        {
            report.Append("| ").Append(Describe(mode)).Append(" | ");
            report.Append(string.Join(" | ", _variants.Select(variant => Median(mode, variant.Name).ToString("N0", CultureInfo.InvariantCulture) + " ms")));
            report.Append(" | ").Append((Median(mode, With) / Median(mode, Without)).ToString("0.00", CultureInfo.InvariantCulture)).Append('×');
            report.Append(" | ").Append(_samples[(mode, With)].Count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        foreach (var variant in _variants.Where(variant => variant.Name is not With and not Without))
        {
            foreach (var mode in Modes.Where(mode => _samples.ContainsKey((mode, variant.Name))))
            {
                report.Append("\nratio ").Append(variant.Name).Append("/without, ").Append(Describe(mode)).Append(": ")
                    .Append((Median(mode, variant.Name) / Median(mode, Without)).ToString("0.00", CultureInfo.InvariantCulture)).Append('×');
            }
        }

        report.Append("\n\n");
        foreach (var ((mode, variant), samples) in _samples)
        {
            report.Append(Describe(mode)).Append(", ").Append(variant).Append(": ")
                .Append(string.Join(", ", samples.Select(sample => sample.ToString("0", CultureInfo.InvariantCulture)))).Append(" ms\n");
        }

        return report.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; best effort.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    public static string Describe(BuildMode mode) => mode == BuildMode.Server
        ? "compiler server on (UseSharedCompilation=true)"
        : "compiler server off (UseSharedCompilation=false)";

    private string Add(string name, string items)
    {
        var folder = Path.Combine(_root, "app-" + _variants.Count.ToString(CultureInfo.InvariantCulture));
        ConsumerApp.Write(folder, "EditBuildApp", items);
        _variants.Add(new Variant(name, folder));
        return folder;
    }

    private double Build(Variant variant, BuildMode mode)
    {
        ConsumerApp.WriteProgram(variant.Folder, ++_edit);
        var stopwatch = Stopwatch.StartNew();
        Dotnet(variant.Folder, "build", "--no-restore", "-nologo", "-v", "q", "-clp:NoSummary",
            "-p:UseSharedCompilation=" + (mode == BuildMode.Server ? "true" : "false"));
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.OrderBy(sample => sample).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {workingDirectory}:\n{output.Result}\n{error.Result}");
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("StatusGen.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record Variant(string Name, string Folder);
}

/// <summary>How csc runs: in the long-lived compiler server, or as a new process per compile.</summary>
public enum BuildMode
{
    Server,
    NoServer,
}
