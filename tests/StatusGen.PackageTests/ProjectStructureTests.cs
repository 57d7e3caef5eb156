using System;
using System.IO;
using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>Broken specs and multi-project solutions, built as a user builds them.</summary>
public sealed class ProjectStructureTests
{
    private readonly ITestOutputHelper _log;

    public ProjectStructureTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Broken_YAML_fails_the_build_with_STG_errors_at_the_YAML_line_and_column()
    {
        using var workspace = ConsumerWorkspace.Create("broken-yaml", _log);
        workspace.WriteFile("Broken/Broken.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);

        // Valid YAML, wrong content: a code out of range (line 3, the value at column 11) and a title that is not a
        // mapping (line 6, column 12).
        var spec = workspace.WriteFile("Broken/status-codes.yaml", """
            version: 1
            codes:
              - code: 999
                title: { en: Way Out, ko: 범위 밖 }
              - code: 498
                title: [not, a, mapping]
            """);

        // Not YAML at all: the quoted scalar opened at line 4, column 18 never ends.
        var syntax = workspace.WriteFile("Broken/Api/more.status-codes.yaml", """
            version: 1
            codes:
              - code: 497
                title: { en: "Unclosed, ko: x }
            """);
        workspace.WriteFile("Broken/Program.cs", "Console.WriteLine(Broken.HttpStatus.NotFound.Code);\n");

        var build = workspace.Build("Broken").EnsureFailure();
        workspace.AssertRestoredFreshPackage();

        Assert.Contains(spec + "(3,11): error STG0003: Status code 999 is outside the range 100-599", build.Output, StringComparison.Ordinal);
        Assert.Contains(spec + "(6,12): error STG0029: 'title' must be a mapping of keys to values", build.Output, StringComparison.Ordinal);
        Assert.Contains(syntax + "(4,18): error STG0069: This quoted text is never closed: add the closing \"", build.Output, StringComparison.Ordinal);

        // The generator reported problems instead of crashing (CS8785) or failing to load (CS8784), and it still
        // generated the standard catalog, so the program's own code has no errors.
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8784", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_projects_with_default_settings_one_referencing_the_other_build_without_type_conflicts()
    {
        using var workspace = ConsumerWorkspace.Create("solution", _log);

        // The library references the package the short way (as hand-written project files often do), so the
        // package's build files also reach the app transitively.
        workspace.WriteFile("Shop.Orders/Shop.Orders.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StatusGen" Version="{workspace.Version}" />
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Shop.Orders/status-codes.yaml", """
            version: 1
            codes:
              - code: 499
                title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
                description: { en: The client went away., ko: 클라이언트가 떠났다. }
            """);
        workspace.WriteFile("Shop.Orders/OrderApi.cs", """
            namespace Shop.Orders;

            public static class OrderApi
            {
                public static int MissingOrder => HttpStatus.NotFound;

                public static string Cancelled => HttpStatus.ClientClosedRequest.ToString();
            }
            """);
        workspace.WriteFile("Shop.App/Shop.App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
                <ProjectReference Include="../Shop.Orders/Shop.Orders.csproj" />
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Shop.App/Program.cs", """
            using Shop.Orders;

            namespace Shop.App;

            internal static class Program
            {
                private static void Main()
                {
                    Console.WriteLine($"{OrderApi.MissingOrder} {OrderApi.Cancelled}");
                    Console.WriteLine($"{HttpStatus.Conflict} {HttpStatus.TryFromCode(499, out _)} {HttpStatus.All.Count}");
                }
            }
            """);
        workspace.WriteFile("Shop.slnx", """
            <Solution>
              <Project Path="Shop.App/Shop.App.csproj" />
              <Project Path="Shop.Orders/Shop.Orders.csproj" />
            </Solution>
            """);

        workspace.Build(".", "Shop.slnx").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        var run = workspace.Run("Shop.App").EnsureSuccess();

        // Each project has its own internal types in its own namespace: the library's 499 is not the app's.
        Assert.Equal(new[] { "404 499 Client Closed Request", "409 Conflict False 64" }, ConsumerWorkspace.Lines(run));
        Assert.False(File.Exists(workspace.PathOf("Shop.App/bin/Debug/net10.0/YamlDotNet.dll")));
    }
}
