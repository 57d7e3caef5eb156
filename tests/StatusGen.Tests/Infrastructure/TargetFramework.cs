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

    /// <summary>netstandard2.0 with the System.Text.Json 8 package and its dependencies.</summary>
    NetStandard20SystemTextJson,
}

internal static class TargetFrameworkReferences
{
    private static readonly Lazy<MetadataReference[]> AspNetCore = new(LoadAspNetCore);

    private static readonly Lazy<MetadataReference[]> SystemTextJsonPackage = new(LoadSystemTextJsonPackage);

    public static IEnumerable<MetadataReference> For(TargetFramework framework) => framework switch
    {
        TargetFramework.Net80 => Basic.Reference.Assemblies.Net80.References.All,
        TargetFramework.NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All,
        TargetFramework.Net100AspNetCore => Basic.Reference.Assemblies.Net100.References.All.Concat(AspNetCore.Value),
        TargetFramework.NetStandard20SystemTextJson => Basic.Reference.Assemblies.NetStandard20.References.All.Concat(SystemTextJsonPackage.Value),
        _ => Basic.Reference.Assemblies.Net100.References.All,
    };

    /// <summary>The ASP.NET Core reference assemblies the SDK resolved for this project (see its csproj).</summary>
    private static MetadataReference[] LoadAspNetCore()
    {
        var directory = BuildMetadata("AspNetCoreReferenceDirectory");
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException("The ASP.NET Core reference assemblies were not recorded at build time (AspNetCoreReferenceDirectory: '" + directory + "').");
        }

        return Directory.GetFiles(directory, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }

    /// <summary>The netstandard2.0 assemblies of the packages the csproj downloads (PackageDownload).</summary>
    private static MetadataReference[] LoadSystemTextJsonPackage()
    {
        var root = BuildMetadata("NuGetPackageRoot");
        var packages = BuildMetadata("NetStandardSystemTextJsonPackages");
        if (string.IsNullOrEmpty(root) || string.IsNullOrEmpty(packages))
        {
            throw new InvalidOperationException("The downloaded System.Text.Json packages were not recorded at build time.");
        }

        return packages.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(package => package.Split('/'))
            .Select(parts => Path.Combine(root, parts[0].ToLowerInvariant(), parts[1].Trim('[', ']'), "lib", "netstandard2.0"))
            .SelectMany(directory => Directory.GetFiles(directory, "*.dll"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }

    private static string? BuildMetadata(string key)
        => typeof(TargetFrameworkReferences).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
}
