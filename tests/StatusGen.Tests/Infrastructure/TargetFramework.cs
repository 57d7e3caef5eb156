using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StatusGen.Tests.Infrastructure;

/// <summary>The consumer frameworks the generated code must compile for, with their reference assemblies.</summary>
public enum TargetFramework
{
    Net100,
    Net80,
    NetStandard20,

    /// <summary>net10.0 with the ASP.NET Core shared framework (<c>Microsoft.NET.Sdk.Web</c>).</summary>
    Net100AspNetCore,
}

internal static class TargetFrameworkReferences
{
    private static readonly Lazy<MetadataReference[]> AspNetCore = new(LoadAspNetCore);

    public static IEnumerable<MetadataReference> For(TargetFramework framework) => framework switch
    {
        TargetFramework.Net80 => Basic.Reference.Assemblies.Net80.References.All,
        TargetFramework.NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All,
        TargetFramework.Net100AspNetCore => Basic.Reference.Assemblies.Net100.References.All.Concat(AspNetCore.Value),
        _ => Basic.Reference.Assemblies.Net100.References.All,
    };

    /// <summary>The ASP.NET Core reference assemblies the SDK resolved for this project (see its csproj).</summary>
    private static MetadataReference[] LoadAspNetCore()
    {
        var directory = typeof(TargetFrameworkReferences).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "AspNetCoreReferenceDirectory")?.Value;
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException("The ASP.NET Core reference assemblies were not recorded at build time (AspNetCoreReferenceDirectory: '" + directory + "').");
        }

        return Directory.GetFiles(directory, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
