using System.Linq;
using System.Text.RegularExpressions;
using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>
/// The analyzers as a user gets them from the packed package: STG1001 is a suggestion by default, and an
/// <c>.editorconfig</c> that raises it to a warning gets exactly the literals that are statuses, custom codes included;
/// STG1002 names the case a switch forgets, and STG1100 keeps the compiler quiet about the switch that forgets none.
/// </summary>
public sealed class AnalyzerPackageTests
{
    private readonly ITestOutputHelper _log;

    public AnalyzerPackageTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void An_editorconfig_raises_STG1001_to_warnings_at_exactly_the_status_literals()
    {
        using var workspace = ConsumerWorkspace.Create("analyzers", _log);
        workspace.WriteFile("Shop.Api/Shop.Api.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Shop.Api/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.STG1001.severity = warning
            """);
        workspace.WriteFile("Shop.Api/status-codes.yaml", """
            version: 1
            codes:
              - { code: 499, title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 } }
            """);
        workspace.WriteFile("Shop.Api/Program.cs", """
            var app = WebApplication.Create(args);
            app.MapGet("/missing", () => Results.StatusCode(404));
            app.MapGet("/closed", () => Results.Problem(statusCode: 499));
            app.MapGet("/wait", () => { Thread.Sleep(1); return Results.Ok(new byte[404].Length); });
            app.Run();

            static bool Retry(HttpResponseMessage response) => (int)response.StatusCode == 503;
            """);

        var build = workspace.Build("Shop.Api").EnsureSuccess();

        var warnings = ConsumerWorkspace.Lines(build)
            .Select(line => Regex.Match(line, "Program\\.cs\\((\\d+),(\\d+)\\): warning (STG1001): (.*?) \\(https://"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value + "," + match.Groups[2].Value + " " + match.Groups[4].Value)
            .Distinct()
            .ToList();
        Assert.Equal(
            new[]
            {
                "2,49 Use HttpStatusCodes.NotFound instead of 404",
                "3,57 Use HttpStatusCodes.ClientClosedRequest instead of 499",
                "7,80 Use HttpStatusCodes.ServiceUnavailable instead of 503",
            },
            warnings);
    }

    [Fact]
    public void A_switch_over_every_case_builds_quietly_and_one_that_forgets_a_case_is_STG1002_and_CS8509()
    {
        using var workspace = ConsumerWorkspace.Create("switches", _log);
        workspace.WriteFile("Shop.App/Shop.App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Shop.App/Program.cs", """
            using Shop.App;

            Console.WriteLine(Every(GetOrderResult.Conflict.Instance));
            Console.WriteLine(Forgets(GetOrderResult.Conflict.Instance));

            static string Every(GetOrderResult result) => result switch
            {
                GetOrderResult.Ok ok => ok.Value.Item,
                GetOrderResult.NotFound => "no such order",
                GetOrderResult.Conflict => "changed meanwhile",
            };

            static string Forgets(GetOrderResult result) => result switch
            {
                GetOrderResult.Ok ok => ok.Value.Item,
                GetOrderResult.NotFound => "no such order",
            };

            [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
            partial class GetOrderResult { }

            record Order(int Id, string Item);
            """);

        var build = workspace.Build("Shop.App").EnsureSuccess();

        // The compiler's own message is its business: its id and place are what this test is about.
        var warnings = ConsumerWorkspace.Lines(build)
            .Select(line => Regex.Match(line, "Program\\.cs\\((\\d+),(\\d+)\\): warning (\\w+): (.*?)( \\(https://[^)]*\\))? \\["))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value + "," + match.Groups[2].Value + " " + match.Groups[3].Value
                             + (match.Groups[3].Value.StartsWith("STG", System.StringComparison.Ordinal) ? ": " + match.Groups[4].Value : string.Empty))
            .Distinct()
            .OrderBy(line => line, System.StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[]
            {
                "13,56 CS8509",
                "13,56 STG1002: The switch over 'GetOrderResult' does not handle GetOrderResult.Conflict",
            },
            warnings);
    }
}
