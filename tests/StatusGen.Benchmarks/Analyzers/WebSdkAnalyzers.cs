using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// The analyzers every ASP.NET Core project compiles with whatever else it has: those of the ASP.NET Core targeting
/// pack (<c>analyzers/dotnet/cs</c> beside the reference assemblies <see cref="WebReferences"/> uses). In a real
/// build the host's analyzer machinery therefore already runs; these make the benchmark's "without StatusGen" side
/// a web project as the SDK builds it.
/// </summary>
internal static class WebSdkAnalyzers
{
    private static readonly string[] Assemblies = { "Microsoft.AspNetCore.App.Analyzers.dll", "Microsoft.AspNetCore.Components.Analyzers.dll" };

    private static readonly Lazy<ImmutableArray<AnalyzerFileReference>> References = new(() =>
    {
        var directory = Path.GetFullPath(Path.Combine(WebReferences.AspNetCoreDirectory, "..", "..", "analyzers", "dotnet", "cs"));
        return Assemblies.Select(name => new AnalyzerFileReference(Path.Combine(directory, name), Loader.Instance)).ToImmutableArray();
    });

    /// <summary>New instances, as a host creates them for one compilation.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create()
    {
        var analyzers = References.Value.SelectMany(reference => reference.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        return analyzers.Length > 0 ? analyzers : throw new InvalidOperationException("No ASP.NET Core analyzers were loaded.");
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public static readonly Loader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
