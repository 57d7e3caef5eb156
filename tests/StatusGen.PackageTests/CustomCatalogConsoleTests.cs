using System.IO;
using System.Linq;
using System.Xml.Linq;
using StatusGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests;

/// <summary>
/// The main user story: a net10.0 console with its own status-codes.yaml (new codes, a custom flag, an override of
/// a standard code's Korean title), built with TreatWarningsAsErrors and an XML documentation file.
/// </summary>
public sealed class CustomCatalogConsoleTests
{
    private readonly ITestOutputHelper _log;

    public CustomCatalogConsoleTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Console_with_own_catalog_builds_without_warnings_runs_and_documents_in_Korean()
    {
        using var workspace = ConsumerWorkspace.Create("custom-catalog", _log);
        workspace.WriteFile("Contoso.Api/Contoso.Api.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                {workspace.PackageReference}
              </ItemGroup>
            </Project>
            """);
        workspace.WriteFile("Contoso.Api/status-codes.yaml", """
            version: 1

            flags:
              rate-limited:
                title: { en: Rate limited, ko: 요청 한도 초과 }
                description:
                  en: The client sent too many requests and must slow down.
                  ko: 클라이언트가 너무 많은 요청을 보내 속도를 줄여야 한다.

            codes:
              # New codes.
              - code: 499
                title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
                description:
                  en: The client closed the connection before the response was sent.
                  ko: 응답을 보내기 전에 클라이언트가 연결을 닫았다.
              - code: 420
                title: { en: Enhance Your Calm, ko: 진정하세요 }
                description:
                  en: An older way to say that the client is being rate limited.
                  ko: 클라이언트의 요청 속도가 제한되었음을 알리는 예전 방식이다.
                flags: [rate-limited]
              # Overrides: a flag added to a standard code, and a standard code's Korean title replaced.
              - code: 429
                flags: [rate-limited]
              - code: 503
                title: { ko: 서비스를 잠시 이용할 수 없음 }
            """);
        workspace.WriteFile("Contoso.Api/Program.cs", """
            using System.Text;

            namespace Contoso.Api;

            internal static class Program
            {
                private static int Main()
                {
                    Console.OutputEncoding = Encoding.UTF8;
                    Console.WriteLine($"{HttpStatus.NotFound} | {HttpStatus.NotFound.GetTitle("ko")}");
                    Console.WriteLine($"{HttpStatus.ClientClosedRequest} | {HttpStatus.ClientClosedRequest.GetTitle("ko")}");
                    Console.WriteLine($"{HttpStatus.EnhanceYourCalm} | rate-limited={HttpStatus.EnhanceYourCalm.IsRateLimited}");
                    Console.WriteLine($"429 rate-limited={HttpStatus.TooManyRequests.IsRateLimited}, retryable={HttpStatus.TooManyRequests.IsRetryable}; 200 rate-limited={HttpStatus.Ok.IsRateLimited}");
                    Console.WriteLine($"{HttpStatus.ServiceUnavailable} | {HttpStatus.ServiceUnavailable.GetTitle("ko")}");
                    Console.WriteLine($"{HttpStatusCodes.ClientClosedRequest} {StatusGroup.ClientError} {HttpStatus.All.Count}");
                    Console.WriteLine(Describe(HttpStatus.FromCode(499)));
                    return 0;
                }

                private static string Describe(int code) => code switch
                {
                    HttpStatusCodes.ClientClosedRequest => "switch on a generated constant",
                    _ => "unexpected",
                };
            }
            """);

        workspace.Build("Contoso.Api").EnsureSuccess();
        workspace.AssertRestoredFreshPackage();
        var run = workspace.Run("Contoso.Api").EnsureSuccess();

        Assert.Equal(
            new[]
            {
                "404 Not Found | 찾을 수 없음",
                "499 Client Closed Request | 클라이언트가 요청을 닫음",
                "420 Enhance Your Calm | rate-limited=True",
                "429 rate-limited=True, retryable=True; 200 rate-limited=False",
                "503 Service Unavailable | 서비스를 잠시 이용할 수 없음",
                "499 ClientError 66",
                "switch on a generated constant",
            },
            ConsumerWorkspace.Lines(run));

        // The XML documentation file: Korean first (the default ko;en), the override and the custom flag included.
        var docs = XDocument.Load(workspace.PathOf("Contoso.Api/bin/Debug/net10.0/Contoso.Api.xml"));
        Assert.StartsWith("404 찾을 수 없음 · Not Found", Summary(docs, "P:Contoso.Api.HttpStatus.NotFound"));
        Assert.StartsWith("503 서비스를 잠시 이용할 수 없음 · Service Unavailable", Summary(docs, "P:Contoso.Api.HttpStatus.ServiceUnavailable"));
        // The constant refers to the property's docs, which an IDE resolves in this same file (LibraryHoverTests hovers it).
        Assert.Equal("P:Contoso.Api.HttpStatus.NotFound", (string?)Member(docs, "F:Contoso.Api.HttpStatusCodes.NotFound").Element("inheritdoc")?.Attribute("cref"));
        Assert.Contains("요청 한도 초과", Member(docs, "P:Contoso.Api.HttpStatus.EnhanceYourCalm").Value);
        Assert.Contains("클라이언트가 요청을 닫음", Summary(docs, "P:Contoso.Api.HttpStatus.ClientClosedRequest"));

        // Build-time only: neither the generator nor YamlDotNet reaches the application.
        var output = workspace.PathOf("Contoso.Api/bin/Debug/net10.0");
        Assert.False(File.Exists(Path.Combine(output, "StatusGen.dll")));
        Assert.False(File.Exists(Path.Combine(output, "YamlDotNet.dll")));
        var deps = File.ReadAllText(Path.Combine(output, "Contoso.Api.deps.json"));
        Assert.DoesNotContain("StatusGen", deps, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("YamlDotNet", deps, System.StringComparison.OrdinalIgnoreCase);
    }

    internal static XElement Member(XDocument docs, string name)
        => docs.Descendants("member").SingleOrDefault(member => (string?)member.Attribute("name") == name)
           ?? throw new Xunit.Sdk.XunitException("No documentation for " + name + " in the XML documentation file.");

    /// <summary>The summary's text, white space collapsed to single spaces.</summary>
    internal static string Summary(XDocument docs, string name)
        => string.Join(" ", Member(docs, name).Element("summary")!.Value.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
}
