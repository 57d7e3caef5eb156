using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// net10.0 and the ASP.NET Core shared framework as reference assemblies, as a <c>Microsoft.NET.Sdk.Web</c> project
/// compiles against: Basic.Reference.Assemblies for the runtime, and the ASP.NET Core targeting pack the SDK resolved
/// for this project (recorded in the assembly by the csproj), so nothing is downloaded at run time.
/// </summary>
internal static class WebReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> Net100AspNetCore => All.Value;

    /// <summary>The folder of the ASP.NET Core reference assemblies (the targeting pack's <c>ref/net10.0</c>).</summary>
    public static string AspNetCoreDirectory
    {
        get
        {
            var directory = typeof(WebReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(attribute => attribute.Key == "AspNetCoreReferenceDirectory")?.Value;
            return !string.IsNullOrEmpty(directory) && Directory.Exists(directory)
                ? directory
                : throw new InvalidOperationException("The ASP.NET Core reference assemblies were not recorded at build time (AspNetCoreReferenceDirectory: '" + directory + "').");
        }
    }

    private static ImmutableArray<MetadataReference> Load()
    {
        var directory = AspNetCoreDirectory;
        return Basic.Reference.Assemblies.Net100.References.All
            .Concat(Directory.GetFiles(directory, "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
            .ToImmutableArray();
    }
}
