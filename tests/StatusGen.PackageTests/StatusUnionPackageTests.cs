using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>Endpoint unions from the packed package: a net10.0 web app (closed under preview) and a netstandard2.0 library.</summary>
public sealed class StatusUnionPackageTests
{
    private readonly ITestOutputHelper _log;

    public StatusUnionPackageTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Net10_web_consumer_with_preview_gets_closed_unions_and_exhaustive_switches()
    {
        using var workspace = ConsumerWorkspace.Create("unions-web", _log);
        workspace.WriteFile("UnionWeb/UnionWeb.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>preview</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <StatusGenNamespace>Acme.Http</StatusGenNamespace>
                <StatusGenAccessibility>public</StatusGenAccessibility>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("UnionWeb/Program.cs", """
            using Acme.Http;
            using Microsoft.AspNetCore.Http;

            namespace Acme
            {
                public sealed record Order(int Id, string Item);

                [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
                public partial class GetOrderResult { }

                [StatusUnion(HttpStatusCodes.NoContent, HttpStatusCodes.NotFound)]
                internal partial class DeleteOrderResult { }

                internal static class Program
                {
                    private static string Describe(GetOrderResult result) => result switch
                    {
                        GetOrderResult.Ok { Value: var order } => order.Item,
                        GetOrderResult.NotFound => "no such order",
                        GetOrderResult.Conflict => "changed meanwhile",
                    };

                    private static void Main()
                    {
                        GetOrderResult found = new Order(1, "widget");
                        GetOrderResult missing = StatusResult<Order>.NotFound.Instance;
                        IResult result = DeleteOrderResult.NoContent.Instance;
                        System.Console.WriteLine(Describe(found) + "; " + Describe(missing) + "; " + missing + "; " + (result is IResult));
                    }
                }
            }
            """);

        workspace.Build("UnionWeb").EnsureSuccess();
        var run = workspace.Run("UnionWeb").EnsureSuccess();
        Assert.Equal(new[] { "widget; no such order; 404 Not Found; True" }, ConsumerWorkspace.Lines(run));
    }

    [Fact]
    public void Net10_web_consumer_with_preview_reports_a_missing_arm_as_an_error()
    {
        using var workspace = ConsumerWorkspace.Create("unions-missing-arm", _log);
        workspace.WriteFile("MissingArm/MissingArm.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>preview</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("MissingArm/Use.cs", """
            namespace MissingArm
            {
                [StatusUnion(HttpStatusCodes.NoContent, HttpStatusCodes.NotFound, HttpStatusCodes.Gone)]
                internal partial class DeleteResult { }

                internal static class Use
                {
                    #pragma warning disable STG0101 // listed twice: silenced where it is, as any compiler warning
                    [StatusUnion(HttpStatusCodes.NotFound, 404)]
                    #pragma warning restore STG0101
                    internal partial class Twice { }

                    internal static string Run(DeleteResult result) => result switch
                    {
                        DeleteResult.NoContent => "deleted",
                        DeleteResult.NotFound => "missing",
                    };
                }
            }
            """);

        var build = workspace.Build("MissingArm");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS8509", build.Output, System.StringComparison.Ordinal);
        Assert.Contains("DeleteResult.Gone", build.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("STG0101", build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Netstandard20_library_consumer_builds_unions_with_ReadAsync()
    {
        using var workspace = ConsumerWorkspace.Create("unions-netstandard", _log);
        workspace.WriteFile("Contoso.Client/Contoso.Client.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <StatusGenAccessibility>public</StatusGenAccessibility>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
                <PackageReference Include="System.Text.Json" Version="8.0.5" />
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Contoso.Client/Orders.cs", """
            namespace Contoso.Client
            {
                /// <summary>An order.</summary>
                public sealed class Order
                {
                    /// <summary>What was ordered.</summary>
                    public string Item { get; set; } = "";
                }

                /// <summary>GET /orders/{id}.</summary>
                [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound)]
                public partial class GetOrderResult { }

                /// <summary>Reads orders.</summary>
                public static class OrderClient
                {
                    /// <summary>Reads one.</summary>
                    /// <param name="response">The response.</param>
                    /// <returns>What it said.</returns>
                    public static async System.Threading.Tasks.Task<string> ReadAsync(System.Net.Http.HttpResponseMessage response)
                        => (await GetOrderResult.ReadAsync(response).ConfigureAwait(false)).Match(ok => ok.Value.Item, notFound => "missing");
                }
            }
            """);

        workspace.Build("Contoso.Client").EnsureSuccess();
    }
}
