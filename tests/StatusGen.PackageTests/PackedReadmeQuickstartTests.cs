using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>
/// The quickstart of the README inside the .nupkg (what NuGet shows), done as it says: a new console app named MyApp
/// with the package, Program.cs replaced by its first C# block, built and run, each <c>// comment</c> after a
/// <c>Console.WriteLine(...);</c> compared with what it prints; then its status-codes.yaml added and the C# block
/// after it run the same way. (tests/StatusGen.DocTests compiles every block of the repository's copy in memory; this
/// is the packed copy, built by the dotnet CLI against the packed package.)
/// </summary>
public sealed class PackedReadmeQuickstartTests
{
    private static readonly Regex Fence = new("^```(?<language>[a-z]*)", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _log;

    public PackedReadmeQuickstartTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void The_packed_readme_quickstart_builds_and_prints_what_it_shows()
    {
        string readme;
        using (var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath))
        using (var reader = new StreamReader(package.GetEntry("README.md")!.Open()))
        {
            readme = reader.ReadToEnd();
        }

        var quickstart = Section(readme, "## Quickstart");
        var blocks = Blocks(quickstart);
        var program = blocks.First(block => block.Language == "csharp");
        var yaml = blocks.First(block => block.Language == "yaml");
        var afterYaml = blocks.First(block => block.Language == "csharp" && block.Index > yaml.Index);

        using var workspace = ConsumerWorkspace.Create("packed-readme", _log);
        workspace.WriteFile("MyApp/MyApp.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);

        workspace.WriteFile("MyApp/Program.cs", program.Content);
        workspace.Build("MyApp").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        Assert.Equal(Shown(program.Content), ConsumerWorkspace.Lines(workspace.Run("MyApp").EnsureSuccess()));

        workspace.WriteFile("MyApp/status-codes.yaml", yaml.Content);
        workspace.WriteFile("MyApp/Program.cs", afterYaml.Content);
        workspace.Build("MyApp").EnsureSuccess();
        Assert.Equal(Shown(afterYaml.Content), ConsumerWorkspace.Lines(workspace.Run("MyApp").EnsureSuccess()));
    }

    /// <summary>The text of a section, from its heading to the next heading of the same level.</summary>
    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "The packed README has no " + heading);
        var end = markdown.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }

    private static List<(int Index, string Language, string Content)> Blocks(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<(int, string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence.Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, line => line == "```");
            blocks.Add((i, fence.Groups["language"].Value, string.Join("\n", lines[(i + 1)..end]) + "\n"));
            i = end;
        }

        return blocks;
    }

    /// <summary>The comments after the statements that print, in order: <c>Console.WriteLine(...); // 404 Not Found</c>.</summary>
    private static string[] Shown(string code)
        => code.Split('\n')
            .Select(line => Regex.Match(line, "\\);\\s*//\\s*(.+)$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value.Trim())
            .ToArray();
}
