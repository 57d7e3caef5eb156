using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Completion;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>Completion after <c>HttpStatus.</c> lists the catalog, custom codes included, with the docs.</summary>
public sealed class CompletionTests
{
    private const string Spec = """
        version: 1
        codes:
          - code: 499
            title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
        """;

    private const string Source = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    var status = HttpStatus.;
                }
            }
        }
        """;

    [Fact]
    public async Task Lists_catalog_members_and_custom_codes_with_descriptions()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);
        var position = await workspace.PositionOfAsync("HttpStatus.;", "HttpStatus.".Length);
        var service = CompletionService.GetService(workspace.Document)!;

        var completions = await service.GetCompletionsAsync(workspace.Document, position);
        var names = completions.ItemsList.Select(item => item.DisplayText).ToHashSet();

        foreach (var expected in new[] { "NotFound", "Ok", "TooManyRequests", "ImATeapot", "ClientClosedRequest", "FromCode", "TryParse", "All" })
        {
            Assert.Contains(expected, names);
        }

        var notFound = completions.ItemsList.Single(item => item.DisplayText == "NotFound");
        var description = await service.GetDescriptionAsync(workspace.Document, notFound);
        Assert.NotNull(description);
        Assert.Contains("404 찾을 수 없음 · Not Found", description!.Text);

        var custom = completions.ItemsList.Single(item => item.DisplayText == "ClientClosedRequest");
        var customDescription = await service.GetDescriptionAsync(workspace.Document, custom);
        Assert.Contains("499 클라이언트가 요청을 닫음 · Client Closed Request", customDescription!.Text);
    }
}
