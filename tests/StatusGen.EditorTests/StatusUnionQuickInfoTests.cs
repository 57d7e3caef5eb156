using System.Threading.Tasks;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>Hovering an endpoint union's case shows its code's meaning, as hovering the HttpStatus member does.</summary>
public sealed class StatusUnionQuickInfoTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public StatusUnionQuickInfoTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private const string Source = """
        namespace Consumer
        {
            internal sealed record Order(int Id);

            [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound)]
            internal partial class GetOrderResult { }

            internal static class Program
            {
                private static void Main()
                {
                    GetOrderResult missing = new GetOrderResult.NotFound();
                    var text = missing.Match(ok => "ok", notFound => "missing");
                    System.Console.WriteLine(missing + text);
                }
            }
        }
        """;

    [Fact]
    public async Task Hovering_a_case_shows_its_code_in_Korean_and_English()
    {
        using var workspace = GeneratorWorkspace.Create(Source);

        var hover = await Hover.AtAsync(workspace, "GetOrderResult.NotFound()", "GetOrderResult.".Length);
        _output.WriteLine(hover);

        Assert.Contains("404 찾을 수 없음 · Not Found", hover);
        Assert.Contains("서버가", hover);
    }

    [Fact]
    public async Task Hovering_Match_shows_one_callback_per_case()
    {
        using var workspace = GeneratorWorkspace.Create(Source);

        var hover = await Hover.AtAsync(workspace, "Match(", 0);
        _output.WriteLine(hover);

        Assert.Contains("notFound", hover);
        Assert.Contains("case마다", hover);
    }
}
