using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// A project without a spec file of its own costs no YAML: the generator, loaded as the compiler loads an analyzer
/// (StatusGen.dll and YamlDotNet.dll in a load context of their own, Roslyn and the framework shared), generates
/// everything without ever loading YamlDotNet. With a status-codes.yaml it does load it, which shows the check sees
/// a load when there is one.
/// </summary>
public sealed class ColdPathTests
{
    [Fact]
    public void Without_a_spec_file_the_generator_never_loads_YamlDotNet()
    {
        var (sources, loaded) = RunIsolated(ImmutableArray<AdditionalText>.Empty);

        Assert.Contains("HttpStatus.g.cs", sources);
        Assert.Contains("StatusResult.g.cs", sources);
        Assert.Contains("StatusGen", loaded);
        Assert.DoesNotContain("YamlDotNet", loaded);
    }

    [Fact]
    public void With_a_spec_file_the_generator_loads_YamlDotNet_to_read_it()
    {
        var spec = new TestAdditionalText("/project/status-codes.yaml", "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }\n");

        var (_, loaded) = RunIsolated(ImmutableArray.Create<AdditionalText>(spec));

        Assert.Contains("YamlDotNet", loaded);
    }

    /// <summary>Runs a fresh copy of the generator in its own load context; returns the hint names and the assemblies that context loaded.</summary>
    private static (IReadOnlyList<string> HintNames, IReadOnlyList<string> Loaded) RunIsolated(ImmutableArray<AdditionalText> specs)
    {
        var context = new AnalyzerLikeLoadContext(Path.GetDirectoryName(typeof(StatusGenerator).Assembly.Location)!);
        try
        {
            var assembly = context.LoadFromAssemblyName(new AssemblyName("StatusGen"));
            var generator = (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("StatusGen.StatusGenerator", throwOnError: true)!)!;
            var input = new GeneratorInput();
            var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                new[] { generator.AsSourceGenerator() },
                specs,
                GeneratorHarness.ParseOptions(input),
                new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>()));
            var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(input)).GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            return (result.GeneratedSources.Select(source => source.HintName).ToList(), context.Assemblies.Select(loaded => loaded.GetName().Name!).ToList());
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// What the compiler's analyzer loader does: the analyzer's folder in a context of its own, the compiler and the
    /// framework from the default context.
    /// </summary>
    private sealed class AnalyzerLikeLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public AnalyzerLikeLoadContext(string directory)
            : base("analyzer-" + Guid.NewGuid().ToString("N"), isCollectible: true)
            => _directory = directory;

        protected override Assembly? Load(AssemblyName assemblyName)
            => assemblyName.Name is "StatusGen" or "YamlDotNet"
                ? LoadFromAssemblyPath(Path.Combine(_directory, assemblyName.Name + ".dll"))
                : null;
    }
}
