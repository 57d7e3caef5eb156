using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace StatusGen.PackageTests.Infrastructure;

/// <summary>Facts about the repository that were baked into this test assembly when it was built.</summary>
internal static class RepositoryInfo
{
    /// <summary>The repository's root folder (Directory.Build.props' RepoRoot).</summary>
    public static string Root { get; } = Path.GetFullPath(Metadata("RepoRoot"));

    /// <summary>The product version (Directory.Build.props' StatusGenVersion): the package must carry it.</summary>
    public static string StatusGenVersion { get; } = Metadata("StatusGenVersion");

    public static string GeneratorProject => Path.Combine(Root, "src", "StatusGen", "StatusGen.csproj");

    public static string GeneratorFolder => Path.Combine(Root, "src", "StatusGen");

    private static string Metadata(string key)
        => typeof(RepositoryInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
               .FirstOrDefault(attribute => attribute.Key == key)?.Value
           ?? throw new InvalidOperationException("AssemblyMetadata '" + key + "' is missing from the test assembly.");
}
