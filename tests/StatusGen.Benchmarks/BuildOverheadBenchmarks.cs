using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace StatusGen.Benchmarks;

/// <summary>
/// What the package costs a developer on every build: a consumer's no-change <c>dotnet build</c>, with and without
/// StatusGen (the packed package from a local feed, as users get it). Each operation is a whole <c>dotnet build</c>,
/// so the job runs few iterations.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class BuildOverheadBenchmarks
{
    private string _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("statusgen-build-overhead-").FullName;
        var feed = Path.Combine(_root, "feed");
        var repository = FindRepositoryRoot();
        Dotnet(repository, "pack", Path.Combine(repository, "src", "StatusGen", "StatusGen.csproj"), "-c", "Release", "-o", feed,
            "--artifacts-path", Path.Combine(_root, "artifacts"), "-nodeReuse:false", "--nologo");
        var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "StatusGen.*.nupkg").Single())["StatusGen.".Length..];

        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_root, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        CreateConsumer("Without", string.Empty);
        CreateConsumer("With", $"""<PackageReference Include="StatusGen" Version="{version}" PrivateAssets="all" />""");
        foreach (var consumer in new[] { "Without", "With" })
        {
            Dotnet(Path.Combine(_root, consumer), "build", "--nologo", "-v", "q");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; best effort.
        }
    }

    [Benchmark(Baseline = true, Description = "no-change dotnet build, without StatusGen")]
    public void Without() => Dotnet(Path.Combine(_root, "Without"), "build", "--no-restore", "--nologo", "-v", "q");

    [Benchmark(Description = "no-change dotnet build, with StatusGen")]
    public void With() => Dotnet(Path.Combine(_root, "With"), "build", "--no-restore", "--nologo", "-v", "q");

    private void CreateConsumer(string name, string packageReference)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>{packageReference}</ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "Console.WriteLine(404);\n");
        File.WriteAllText(Path.Combine(folder, "status-codes.yaml"), "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }\n");
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
}
