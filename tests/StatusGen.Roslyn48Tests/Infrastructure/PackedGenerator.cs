using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusGen.PackageTests.Infrastructure;

namespace StatusGen.Roslyn48Tests.Infrastructure;

/// <summary>An analyzer folder loaded into this (Roslyn 4.8) process: its generators and every load failure.</summary>
internal sealed class LoadedAnalyzers
{
    public LoadedAnalyzers(string directory, AnalyzerDirectoryLoader loader, ImmutableArray<ISourceGenerator> generators, ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyList<AnalyzerLoadFailureEventArgs> failures)
    {
        Directory = directory;
        Loader = loader;
        Generators = generators;
        Analyzers = analyzers;
        Failures = failures;
    }

    public string Directory { get; }

    public AnalyzerDirectoryLoader Loader { get; }

    public ImmutableArray<ISourceGenerator> Generators { get; }

    /// <summary>Its diagnostic analyzers and suppressors, as the compiler finds them in the assembly.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>What the compiler turns into CS8784 / CS9057 (<see cref="AnalyzerLoadFailureEventArgs.ErrorCode"/>).</summary>
    public IReadOnlyList<AnalyzerLoadFailureEventArgs> Failures { get; }

    /// <summary>
    /// Loads <paramref name="assemblyPath"/> through <see cref="AnalyzerFileReference"/>, the compiler's own reader
    /// of <c>-analyzer:</c> arguments, which also refuses an assembly built against a newer compiler.
    /// </summary>
    public static LoadedAnalyzers Load(string assemblyPath)
    {
        var loader = new AnalyzerDirectoryLoader(Path.GetDirectoryName(assemblyPath)!);
        var reference = new AnalyzerFileReference(assemblyPath, loader);
        var failures = new List<AnalyzerLoadFailureEventArgs>();
        reference.AnalyzerLoadFailed += (_, failure) => failures.Add(failure);
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        return new LoadedAnalyzers(Path.GetDirectoryName(assemblyPath)!, loader, generators, analyzers, failures);
    }
}

/// <summary>
/// The generator as users get it: analyzers/dotnet/cs/ of the .nupkg the package tests' <see cref="PackageFeed"/>
/// packs from src/StatusGen, extracted once per run and loaded into this process's Roslyn 4.8.
/// </summary>
internal static class PackedGenerator
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    private static readonly Lazy<LoadedAnalyzers> Shared = new(Extract, LazyThreadSafetyMode.ExecutionAndPublication);

    public static LoadedAnalyzers Instance => Shared.Value;

    /// <summary>StatusGen.dll as packed.</summary>
    public static string AssemblyPath => Path.Combine(Instance.Directory, "StatusGen.dll");

    private static LoadedAnalyzers Extract()
    {
        var feed = PackageFeed.Instance;
        var directory = Path.Combine(feed.Root, "analyzers");
        System.IO.Directory.CreateDirectory(directory);
        using (var package = ZipFile.OpenRead(feed.PackagePath))
        {
            foreach (var entry in package.Entries.Where(entry => entry.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && entry.Name.Length > 0))
            {
                entry.ExtractToFile(Path.Combine(directory, entry.Name));
            }
        }

        return LoadedAnalyzers.Load(Path.Combine(directory, "StatusGen.dll"));
    }
}
