using System;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StatusGen.PackageTests.Infrastructure;
using Xunit;

namespace StatusGen.PackageTests;

/// <summary>What is inside the packed .nupkg: an analyzer-only development dependency with nothing flowing to consumers.</summary>
public sealed class PackageLayoutTests
{
    [Fact]
    public void Package_holds_the_analyzer_the_build_files_and_the_readme_and_nothing_else()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);

        var files = package.Entries
            .Select(entry => entry.FullName)
            .Where(name => !IsNuGetPackaging(name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[]
            {
                "README.md",
                "StatusGen.nuspec",
                "analyzers/dotnet/cs/StatusGen.CodeFixes.dll",
                "analyzers/dotnet/cs/StatusGen.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/StatusGen.props",
                "build/StatusGen.targets",
                "buildTransitive/StatusGen.props",
                "buildTransitive/StatusGen.targets",
            },
            files);
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_without_dependencies_and_with_its_metadata()
    {
        var metadata = ReadNuspec().Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("StatusGen", Value("id"));
        Assert.Equal(RepositoryInfo.StatusGenVersion, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(element => element.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("source-generator", (Value("tags") ?? string.Empty).Split(' '));
        Assert.Equal("git", metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("type")?.Value);

        // No <dependencies> at all, not even an empty group per framework: nothing may flow to consumers.
        Assert.DoesNotContain(metadata.Elements(), element => element.Name.LocalName is "dependencies" or "frameworkAssemblies" or "frameworkReferences");
    }

    [Fact]
    public void Nuspec_has_the_metadata_users_look_for_from_one_repository_address()
    {
        var metadata = ReadNuspec().Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value ?? string.Empty;

        // What the package generates today, not only HttpStatus and the constants.
        var description = Value("description");
        foreach (var generated in new[] { "HttpStatusCodes", "HttpStatus", "StatusGroup", "StatusResult<T>", "StatusProblem", "System.Text.Json", "HttpClient", "ASP.NET Core", "diagnostics" })
        {
            Assert.Contains(generated, description, StringComparison.Ordinal);
        }

        Assert.Contains("0.1.0", Value("releaseNotes"), StringComparison.Ordinal);
        var tags = Value("tags").Split(' ');
        Assert.Contains("result-type", tags);
        Assert.Contains("problem-details", tags);
        Assert.Contains("aspnetcore", tags);

        // One address, StatusGenRepositoryUrl in Directory.Build.props: the project URL, the repository URL, and the start
        // of every diagnostic's help link (a C# constant, which cannot read MSBuild, so this keeps them together).
        var props = File.ReadAllText(Path.Combine(RepositoryInfo.Root, "Directory.Build.props"));
        var address = Regex.Match(props, "<StatusGenRepositoryUrl>([^<]+)</StatusGenRepositoryUrl>").Groups[1].Value;
        Assert.StartsWith("https://", address, StringComparison.Ordinal);
        Assert.Equal(address, Value("projectUrl"));
        Assert.Equal(address, metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")?.Value);
        var descriptors = File.ReadAllText(Path.Combine(RepositoryInfo.GeneratorFolder, "Diagnostics", "DiagnosticDescriptors.cs"));
        var helpLinkBase = Regex.Match(descriptors, "HelpLinkBase = \"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(address + "/blob/main/docs/diagnostics.md", helpLinkBase);
    }

    [Fact]
    public void Packed_readme_is_the_package_readme_and_describes_what_is_generated()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);
        var readme = ReadText(package, "README.md");

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryInfo.GeneratorFolder, "PACKAGE.md")), readme);
        foreach (var generated in new[] { "`HttpStatusCodes`", "`HttpStatus`", "`StatusGroup`", "`StatusResult<T>`", "`StatusProblem`", "HttpClient", "ASP.NET Core", "## Quickstart", "## Diagnostics" })
        {
            Assert.Contains(generated, readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Packed_build_files_are_the_ones_in_the_repository_and_buildTransitive_imports_them()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);

        foreach (var name in new[] { "StatusGen.props", "StatusGen.targets" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryInfo.GeneratorFolder, "build", name)), ReadText(package, "build/" + name));
            Assert.Contains("<Import Project=\"$(MSBuildThisFileDirectory)../build/" + name + "\" />", ReadText(package, "buildTransitive/" + name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generator_assembly_version_follows_the_product_version()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);
        var generator = ReadAssembly(package, "analyzers/dotnet/cs/StatusGen.dll");

        // The compiler server caches analyzers by identity: the assembly version must rise with every release.
        Assert.Equal(new Version(RepositoryInfo.StatusGenVersion + ".0"), generator.GetAssemblyDefinition().Version);
    }

    [Fact]
    public void Bundled_YamlDotNet_is_exactly_the_one_the_generator_references()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);
        var generator = ReadAssembly(package, "analyzers/dotnet/cs/StatusGen.dll");
        var yaml = ReadAssembly(package, "analyzers/dotnet/cs/YamlDotNet.dll");

        var reference = generator.AssemblyReferences
            .Select(handle => generator.GetAssemblyReference(handle))
            .Single(candidate => generator.GetString(candidate.Name) == "YamlDotNet");
        var definition = yaml.GetAssemblyDefinition();

        Assert.Equal(reference.Version, definition.Version);
        Assert.Equal(reference.GetAssemblyName().GetPublicKeyToken(), definition.GetAssemblyName().GetPublicKeyToken());
    }

    [Fact]
    public void Generator_needs_no_newer_Roslyn_than_the_toolchain_baseline()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);
        var generator = ReadAssembly(package, "analyzers/dotnet/cs/StatusGen.dll");

        // A generator built against a newer Roslyn than the host compiler silently does nothing (CS9057): stay on
        // Roslyn 4.8 (.NET 8 SDK 8.0.100, Visual Studio 2022 17.8), the floor tests/StatusGen.Roslyn48Tests runs it on.
        var roslyn = generator.AssemblyReferences
            .Select(handle => generator.GetAssemblyReference(handle))
            .Where(candidate => generator.GetString(candidate.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, candidate => Assert.True(candidate.Version <= new Version(4, 8, 0, 0), generator.GetString(candidate.Name) + " " + candidate.Version));
    }

    private static bool IsNuGetPackaging(string name)
        => name is "[Content_Types].xml" || name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal);

    private static XDocument ReadNuspec()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath);
        return XDocument.Parse(ReadText(package, "StatusGen.nuspec"));
    }

    private static string ReadText(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static MetadataReader ReadAssembly(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var pe = new PEReader(ImmutableArray.Create(copy.ToArray()));
        return pe.GetMetadataReader();
    }
}
