using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StatusGen.Roslyn48Tests.Infrastructure;

/// <summary>Assemblies NuGet downloaded for this project (PackageDownload in the csproj), found through its package root.</summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<MetadataReference[]> NetStandard = new(
        () => Directory.GetFiles(PackageFolder("netstandard.library", "2.0.3", "build", "netstandard2.0", "ref"), "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>netstandard2.0's reference assemblies (NETStandard.Library 2.0.3), what a netstandard2.0 library compiles against.</summary>
    public static MetadataReference[] NetStandard20 => NetStandard.Value;

    /// <summary>Microsoft.CodeAnalysis.dll 4.14.0, the Roslyn the generator was compiled against before 4.8.</summary>
    public static string MicrosoftCodeAnalysis414 => Path.Combine(PackageFolder("microsoft.codeanalysis.common", "4.14.0", "lib", "netstandard2.0"), "Microsoft.CodeAnalysis.dll");

    private static string PackageFolder(params string[] parts)
    {
        var root = typeof(ReferenceAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "NuGetPackageRoot")?.Value;
        if (string.IsNullOrEmpty(root))
        {
            throw new InvalidOperationException("NuGetPackageRoot was not recorded at build time.");
        }

        var folder = Path.Combine(new[] { root }.Concat(parts).ToArray());
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException("Restore did not download " + folder + ".");
    }
}
