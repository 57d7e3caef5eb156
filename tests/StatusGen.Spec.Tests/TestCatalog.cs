using System;

namespace StatusGen.Spec.Tests;

/// <summary>The repository's catalog, loaded once for all tests.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<CatalogFile> LazyFile = new(() => CatalogFile.Load(RepoLayout.CatalogPath));

    public static CatalogFile File => LazyFile.Value;

    /// <summary>The entry for <paramref name="code"/>; fails the calling test when the catalog lacks it.</summary>
    public static CatalogEntry Entry(int code) =>
        File.Find(code) ?? throw new Xunit.Sdk.XunitException(
            $"Status code {code} is missing from {RepoLayout.CatalogPath}, so its rules cannot be checked.");
}
