using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>
/// Hovering a generated member shows what the status means — Korean and English title and description, the group
/// and the flags — computed by Roslyn's own QuickInfo service with the generator running in the workspace.
/// </summary>
public sealed class QuickInfoTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public QuickInfoTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private const string Spec = """
        version: 1
        flags:
          client-abort:
            title: { en: Client aborted, ko: 클라이언트가 중단함 }
        codes:
          - code: 499
            title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
            description:
              en: The client closed the connection while the server was still processing the request.
              ko: 서버가 요청을 처리하는 동안 클라이언트가 연결을 닫았다.
            flags: [client-abort]
        """;

    private const string Source = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    var status = HttpStatus.NotFound;
                    var code = HttpStatusCodes.NotFound;
                    var custom = HttpStatus.ClientClosedRequest;
                    var retry = HttpStatus.ServiceUnavailable;
                    StatusResult<string> missing = new StatusResult<string>.NotFound();
                    StatusResult<string> closed = new StatusResult<string>.ClientClosedRequest();
                    System.Console.WriteLine($"{status} {code} {custom} {retry} {missing} {closed}");
                }
            }
        }
        """;

    [Fact]
    public async Task Hovering_HttpStatus_NotFound_shows_Korean_and_English()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);

        var hover = await Hover.AtAsync(workspace, "HttpStatus.NotFound", "HttpStatus.".Length);
        _output.WriteLine(hover);

        Assert.Contains("HttpStatus HttpStatus.NotFound", hover);
        Assert.Contains("404 찾을 수 없음 · Not Found", hover);
        Assert.Contains("서버가", hover);
        Assert.Contains("The server cannot find the requested resource", hover);
        Assert.Contains("그룹: 클라이언트 오류 (4xx)", hover);
        Assert.Contains("Group: Client Error (4xx)", hover);
        Assert.Contains("기본적으로 캐시 가능", hover);
        Assert.Contains("Cacheable by default", hover);
        Assert.Contains("RFC 9110 §15.5.5", hover);
    }

    [Fact]
    public async Task Hovering_HttpStatusCodes_NotFound_shows_the_same_docs()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);

        var hover = await Hover.AtAsync(workspace, "HttpStatusCodes.NotFound", "HttpStatusCodes.".Length);

        Assert.Contains("(constant) int HttpStatusCodes.NotFound = 404", hover);
        Assert.Contains("404 찾을 수 없음 · Not Found", hover);
        Assert.Contains("Group: Client Error (4xx)", hover);
    }

    [Fact]
    public async Task Hovering_a_custom_code_shows_its_texts_and_custom_flag()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);

        var hover = await Hover.AtAsync(workspace, "HttpStatus.ClientClosedRequest", "HttpStatus.".Length);
        _output.WriteLine(hover);

        Assert.Contains("499 클라이언트가 요청을 닫음 · Client Closed Request", hover);
        Assert.Contains("서버가 요청을 처리하는 동안", hover);
        Assert.Contains("The client closed the connection", hover);
        Assert.Contains("플래그: 클라이언트가 중단함", hover);
        Assert.Contains("Flags: Client aborted", hover);
    }

    [Fact]
    public async Task Hovering_a_StatusResult_case_shows_the_code_docs()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);

        var hover = await Hover.AtAsync(workspace, "new StatusResult<string>.NotFound", "new StatusResult<string>.".Length);
        _output.WriteLine(hover);

        Assert.Contains("404 찾을 수 없음 · Not Found", hover);
        Assert.Contains("The server cannot find the requested resource", hover);
        Assert.Contains("Group: Client Error (4xx)", hover);
        Assert.Contains("그룹: 클라이언트 오류 (4xx)", hover);
    }

    [Fact]
    public async Task Hovering_a_custom_StatusResult_case_shows_its_texts()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);

        var hover = await Hover.AtAsync(workspace, "new StatusResult<string>.ClientClosedRequest", "new StatusResult<string>.".Length);

        Assert.Contains("499 클라이언트가 요청을 닫음 · Client Closed Request", hover);
        Assert.Contains("Flags: Client aborted", hover);
    }

    [Fact]
    public async Task Flags_are_listed_in_each_language()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec);

        var hover = await Hover.AtAsync(workspace, "HttpStatus.ServiceUnavailable", "HttpStatus.".Length);

        Assert.Contains("Retry-After 적용", hover);
        Assert.Contains("일시적 (재시도 가능)", hover);
        Assert.Contains("Transient (retryable)", hover);
    }

    [Fact]
    public async Task English_only_docs()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec, new Dictionary<string, string> { ["StatusGenDocLanguages"] = "en" });

        var hover = await Hover.AtAsync(workspace, "HttpStatus.NotFound", "HttpStatus.".Length);

        Assert.Contains("404 Not Found", hover);
        Assert.DoesNotContain("찾을 수 없음", hover);
        Assert.DoesNotContain("그룹", hover);
    }

    [Fact]
    public async Task English_first_docs()
    {
        using var workspace = GeneratorWorkspace.Create(Source, Spec, new Dictionary<string, string> { ["StatusGenDocLanguages"] = "en,ko" });

        var hover = await Hover.AtAsync(workspace, "HttpStatus.NotFound", "HttpStatus.".Length);

        Assert.Contains("404 Not Found · 찾을 수 없음", hover);
        Assert.True(hover.IndexOf("Group:", System.StringComparison.Ordinal) < hover.IndexOf("그룹:", System.StringComparison.Ordinal), hover);
    }
}
