using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>Older target frameworks: a net8.0 console and netstandard2.0 libraries.</summary>
public sealed class TargetFrameworkTests
{
    private readonly ITestOutputHelper _log;

    public TargetFrameworkTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Net8_console_builds_and_runs()
    {
        using var workspace = ConsumerWorkspace.Create("net8", _log);
        workspace.WriteFile("Net8App/Net8App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Net8App/Program.cs", """
            using Net8App;

            Console.WriteLine($"{HttpStatus.FromCode(418).Name} {HttpStatus.FromCode(418).IsUnused}");
            Console.WriteLine(HttpStatus.TryParse("too many requests", out var parsed) ? $"{parsed} retryable={parsed.IsRetryable}" : "not parsed");
            Console.WriteLine((System.Net.HttpStatusCode)HttpStatus.NotFound);
            """);

        workspace.Build("Net8App").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();

        // The .NET 8 runtime may not be installed where the tests run; the build is the point, so let the program
        // roll forward to the newest runtime there is.
        var run = workspace.Run("Net8App", new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major" }).EnsureSuccess();
        Assert.Equal(new[] { "ImATeapot True", "429 Too Many Requests retryable=True", "NotFound" }, ConsumerWorkspace.Lines(run));
    }

    [Fact]
    public void Netstandard20_library_with_latest_CSharp_builds_with_public_documented_types_in_its_namespace()
    {
        using var workspace = ConsumerWorkspace.Create("netstandard", _log);
        workspace.WriteFile("Contoso.Http/Contoso.Http.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <StatusGenAccessibility>public</StatusGenAccessibility>
                <StatusGenNamespace>Contoso.Http.Status</StatusGenNamespace>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Contoso.Http/Problem.cs", """
            using Contoso.Http.Status;

            namespace Contoso.Http
            {
                /// <summary>A problem-details title for a status code.</summary>
                public static class Problem
                {
                    /// <summary>The Korean title of <paramref name="code"/>.</summary>
                    public static string KoreanTitle(int code) => HttpStatus.FromCode(code).GetTitle("ko");
                }
            }
            """);

        // Public generated types must be fully documented, or CS1591 (an error here) fails the build.
        workspace.Build("Contoso.Http").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();

        var types = PublicTypes(workspace.PathOf("Contoso.Http/bin/Debug/netstandard2.0/Contoso.Http.dll"));
        Assert.Equal(
            new[]
            {
                "Contoso.Http.Problem", "Contoso.Http.Status.HttpStatus", "Contoso.Http.Status.HttpStatusCodes",
                "Contoso.Http.Status.StatusGroup", "Contoso.Http.Status.StatusProblem", "Contoso.Http.Status.StatusResult`1",
                // With the configured accessibility, as issue 14 specifies; [Conditional], so no usage of it is kept.
                "Contoso.Http.Status.StatusUnionAttribute",
            },
            types);
    }

    [Fact]
    public void Netstandard20_library_on_its_default_CSharp_73_gets_STG0018_instead_of_compiler_errors()
    {
        using var workspace = ConsumerWorkspace.Create("netstandard-cs73", _log);
        workspace.WriteFile("OldLib/OldLib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("OldLib/Class1.cs", "namespace OldLib { public class Class1 { } }\n");

        var build = workspace.Build("OldLib").EnsureFailure();

        Assert.Contains("error STG0018", build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }

    private static string[] PublicTypes(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToArray();
    }
}
