using System;
using System.Linq;
using System.Xml.Linq;
using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>
/// The package with no YAML at all (added with <c>dotnet add package</c>, as the quickstart says), and the MSBuild
/// properties that change which files are read and how the docs are written.
/// </summary>
public sealed class SettingsTests
{
    private readonly ITestOutputHelper _log;

    public SettingsTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Added_with_dotnet_add_package_and_no_YAML_gives_the_standard_catalog()
    {
        using var workspace = ConsumerWorkspace.Create("no-yaml", _log);
        workspace.WriteFile("Plain/Plain.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            </Project>
            """);
        workspace.WriteFile("Plain/Program.cs", """
            using Plain;

            Console.WriteLine($"{HttpStatus.All.Count} {HttpStatus.All[0]} {HttpStatus.All[^1]}");
            Console.WriteLine($"{HttpStatus.NotFound} cacheable={HttpStatus.NotFound.IsCacheableByDefault}");
            Console.WriteLine(HttpStatus.TryFromCode(499, out _));
            """);

        workspace.DotNet("Plain", "add", "package", "StatusGen").EnsureSuccess();
        var project = workspace.ReadFile("Plain/Plain.csproj");
        Assert.Contains("Include=\"StatusGen\" Version=\"" + workspace.Version + "\"", project, StringComparison.Ordinal);
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", project, StringComparison.Ordinal);

        workspace.Build("Plain").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        var run = workspace.Run("Plain").EnsureSuccess();

        Assert.Equal(
            new[] { "64 100 Continue 511 Network Authentication Required", "404 Not Found cacheable=True", "False" },
            ConsumerWorkspace.Lines(run));
    }

    [Fact]
    public void AutoInclude_false_reads_only_the_listed_AdditionalFiles()
    {
        using var workspace = ConsumerWorkspace.Create("auto-include-off", _log);
        workspace.WriteFile("Explicit/Explicit.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <StatusGenAutoInclude>false</StatusGenAutoInclude>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
              <ItemGroup>
                <AdditionalFiles Include="Catalog/api.status-codes.yaml" />
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Explicit/Catalog/api.status-codes.yaml", """
            version: 1
            codes:
              - code: 499
                title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
                description: { en: The client went away., ko: 클라이언트가 떠났다. }
            """);

        // Would be picked up by default: a new code, and an error that would fail the build if it were read.
        workspace.WriteFile("Explicit/status-codes.yaml", """
            version: 1
            codes:
              - code: 598
                title: { en: Should Not Exist, ko: 있으면 안 됨 }
              - code: 999
                title: { en: Out Of Range, ko: 범위 밖 }
            """);
        workspace.WriteFile("Explicit/Program.cs", """
            using Explicit;

            Console.WriteLine(HttpStatus.ClientClosedRequest);
            Console.WriteLine(HttpStatus.TryFromCode(598, out _));
            """);

        var build = workspace.Build("Explicit").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        Assert.DoesNotContain("STG", build.Output, StringComparison.Ordinal);

        var run = workspace.Run("Explicit").EnsureSuccess();
        Assert.Equal(new[] { "499", "False" }, ConsumerWorkspace.Lines(run));
    }

    [Fact]
    public void DocLanguages_en_ko_reaches_the_generator_with_both_languages_in_that_order()
    {
        using var workspace = ConsumerWorkspace.Create("doc-languages", _log);
        workspace.WriteFile("Docs/Docs.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <StatusGenDocLanguages>en;ko</StatusGenDocLanguages>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Docs/Uses.cs", "namespace Docs { internal static class Uses { internal static int Code => HttpStatus.NotFound.Code; } }\n");

        var build = workspace.Build("Docs").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        Assert.DoesNotContain("STG0055", build.Output, StringComparison.Ordinal);

        // ';' would end the value in the analyzer config file: "en;ko" arriving as "en" would drop the Korean.
        var docs = XDocument.Load(workspace.PathOf("Docs/bin/Debug/net10.0/Docs.xml"));
        var summary = CustomCatalogConsoleTests.Summary(docs, "P:Docs.HttpStatus.NotFound");
        Assert.StartsWith("404 Not Found · 찾을 수 없음", summary, StringComparison.Ordinal);
        var english = summary.IndexOf("The server cannot find the requested resource", StringComparison.Ordinal);
        var korean = summary.IndexOf("지정한 리소스를 서버에서 찾을 수 없거나", StringComparison.Ordinal);
        Assert.True(english >= 0 && korean > english, "English description first, then Korean: " + summary);

        var remarks = CustomCatalogConsoleTests.Member(docs, "P:Docs.HttpStatus.NotFound").Element("remarks")!.Elements("para").Select(para => para.Value).ToArray();
        Assert.Equal(2, remarks.Length);
        Assert.StartsWith("Group: Client Error", remarks[0], StringComparison.Ordinal);
        Assert.StartsWith("그룹: 클라이언트 오류", remarks[1], StringComparison.Ordinal);
    }

    [Fact]
    public void DocLanguages_given_on_the_command_line_keep_both_languages()
    {
        using var workspace = ConsumerWorkspace.Create("doc-languages-cli", _log);
        workspace.WriteFile("Cli/Cli.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Cli/Uses.cs", "namespace Cli { internal static class Uses { internal static int Code => HttpStatus.NotFound.Code; } }\n");

        // A global property cannot be rewritten by the package's targets; its ';' must still not cut the list.
        var build = workspace.Build("Cli", "-p:StatusGenDocLanguages=en%3Bko").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        Assert.DoesNotContain("STG0055", build.Output, StringComparison.Ordinal);

        var docs = XDocument.Load(workspace.PathOf("Cli/bin/Debug/net10.0/Cli.xml"));
        Assert.StartsWith("404 Not Found · 찾을 수 없음", CustomCatalogConsoleTests.Summary(docs, "P:Cli.HttpStatus.NotFound"), StringComparison.Ordinal);
    }
}
