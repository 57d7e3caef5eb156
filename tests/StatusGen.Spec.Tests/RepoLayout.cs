using System;
using System.IO;

namespace StatusGen.Spec.Tests;

/// <summary>Where the files under test live, found from the test assembly's folder.</summary>
internal static class RepoLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the folder with StatusGen.sln, or with Directory.Build.props beside spec/.</summary>
    public static string Root => LazyRoot.Value;

    public static string SpecDirectory => Path.Combine(Root, "spec");

    public static string CatalogPath => Path.Combine(SpecDirectory, "status-codes.yaml");

    public static string SchemaPath => Path.Combine(SpecDirectory, "status-codes.schema.json");

    /// <summary>
    /// The shared IANA reference table. CI places shared/ beside the clone; a plain clone elsewhere has none,
    /// so callers must treat a missing file as "nothing to cross-check", never as a failure.
    /// </summary>
    public static string IanaReferencePath =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "iana-status-codes.tsv"));

    private static string FindRoot()
    {
        // The solution file may not exist yet, so Directory.Build.props next to spec/ is accepted as the marker too.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StatusGen.sln"))
                || (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))
                    && Directory.Exists(Path.Combine(dir.FullName, "spec"))))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No repository root (StatusGen.sln, or Directory.Build.props beside spec/) above '{AppContext.BaseDirectory}'.");
    }
}
