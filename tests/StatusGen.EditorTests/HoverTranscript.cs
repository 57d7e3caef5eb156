using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;

namespace StatusGen.EditorTests;

/// <summary>
/// Every hover of a list of generated members, as one text: what <see cref="HoverTextTests"/> and
/// <see cref="LibraryHoverTests"/> compare with the transcripts in <c>Hovers/</c>, which were recorded before the
/// generated source was made smaller. A mismatch writes <c>*.received.txt</c> beside the transcript.
/// </summary>
internal static class HoverTranscript
{
    /// <summary>Code that names every member hovered, each marker at the start of the member's name.</summary>
    public const string Source = """
        namespace Consumer
        {
            internal static class Program
            {
                private static async System.Threading.Tasks.Task Main()
                {
                    var status = HttpStatus.NotFound;
                    var code = HttpStatusCodes.NotFound;
                    var custom = HttpStatus.ClientClosedRequest;
                    var customCode = HttpStatusCodes.ClientClosedRequest;
                    var retry = HttpStatus.ServiceUnavailable;
                    var moved = HttpStatusCodes.MovedPermanently;
                    var title = status.GetTitle("ko") + status.IsRetryable + status.IsClientAbort + status.AllowsContent;
                    var parsed = HttpStatus.FromCode(404).Group == StatusGroup.ClientError;
                    StatusResult<string> missing = new StatusResult<string>.NotFound();
                    StatusResult<string> closed = new StatusResult<string>.ClientClosedRequest();
                    StatusResult<string> ok = new StatusResult<string>.Ok("x");
                    StatusResult<string> created = new StatusResult<string>.Created("x", "/x");
                    StatusResult<string> choices = new StatusResult<string>.MultipleChoices();
                    StatusResult<string> busy = new StatusResult<string>.ServiceUnavailable(null, null);
                    StatusResult<string> empty = new StatusResult<string>.NoContent();
                    StatusResult<string>.NotFound typed = StatusResult<string>.NotFound.Instance;
                    var problem = typed.Problem;
                    var value = new StatusResult<string>.Ok("x").Value;
                    var location = new StatusResult<string>.Created("x", "/x").Location;
                    var after = new StatusResult<string>.ServiceUnavailable().RetryAfter;
                    var same = typed.Equals(missing) && typed.GetHashCode() == 404 && typed.Status.IsError && typed.IsSuccess;
                    var got = typed.TryGetValue(out var content);
                    var text = missing.Match(s => "s", (r, l) => "r", (c, p) => "c", (e, p) => "e");
                    var forStatus = StatusProblem.For(HttpStatus.NotFound);
                    using var response = new System.Net.Http.HttpResponseMessage();
                    var fromResponse = response.GetStatus();
                    System.Console.WriteLine($"{status} {code} {custom} {customCode} {retry} {moved} {title} {parsed} {closed} {ok} {created} {choices} {busy} {empty} {problem} {value} {location} {after} {same} {got} {content} {text} {forStatus} {fromResponse}");
                    await System.Threading.Tasks.Task.CompletedTask;
                }
            }
        }
        """;

    /// <summary>The project's own status-codes.yaml: a custom code and a custom flag.</summary>
    public const string Spec = """
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

    /// <summary>Each hover: the text before the member and the member's name (the hover is at the name's start).</summary>
    public static readonly IReadOnlyList<(string Before, string Member)> Targets = new[]
    {
        ("var status = HttpStatus.", "NotFound"),
        ("var code = HttpStatusCodes.", "NotFound"),
        ("var custom = HttpStatus.", "ClientClosedRequest"),
        ("var customCode = HttpStatusCodes.", "ClientClosedRequest"),
        ("var retry = HttpStatus.", "ServiceUnavailable"),
        ("var moved = HttpStatusCodes.", "MovedPermanently"),
        ("var title = status.", "GetTitle"),
        ("status.GetTitle(\"ko\") + status.", "IsRetryable"),
        ("status.IsRetryable + status.", "IsClientAbort"),
        ("status.IsClientAbort + status.", "AllowsContent"),
        ("var parsed = HttpStatus.", "FromCode"),
        ("HttpStatus.FromCode(404).", "Group"),
        ("== StatusGroup.", "ClientError"),
        ("StatusResult<string> missing = new StatusResult<string>.", "NotFound"),
        ("StatusResult<string> closed = new StatusResult<string>.", "ClientClosedRequest"),
        ("StatusResult<string> ok = new StatusResult<string>.", "Ok"),
        ("StatusResult<string> created = new StatusResult<string>.", "Created"),
        ("StatusResult<string> choices = new StatusResult<string>.", "MultipleChoices"),
        ("StatusResult<string> busy = new StatusResult<string>.", "ServiceUnavailable"),
        ("StatusResult<string> empty = new StatusResult<string>.", "NoContent"),
        ("StatusResult<string>.", "NotFound typed"),
        ("typed = StatusResult<string>.NotFound.", "Instance"),
        ("var problem = typed.", "Problem"),
        ("var value = new StatusResult<string>.Ok(\"x\").", "Value"),
        ("var location = new StatusResult<string>.Created(\"x\", \"/x\").", "Location"),
        ("var after = new StatusResult<string>.ServiceUnavailable().", "RetryAfter"),
        ("var same = typed.", "Equals"),
        ("typed.Equals(missing) && typed.", "GetHashCode"),
        ("typed.GetHashCode() == 404 && typed.", "Status"),
        ("typed.Status.IsError && typed.", "IsSuccess"),
        ("var got = typed.", "TryGetValue"),
        ("var text = missing.", "Match"),
        ("var forStatus = StatusProblem.", "For"),
        ("var fromResponse = response.", "GetStatus"),
        ("StatusResult<", "string> missing"),
    };

    /// <summary>The hovers of every target, each headed by the member hovered.</summary>
    public static async Task<string> RecordAsync(GeneratorWorkspace workspace)
    {
        var transcript = new StringBuilder();
        foreach (var (before, member) in Targets)
        {
            var hover = await Hover.AtAsync(workspace, before + member, before.Length).ConfigureAwait(false);
            transcript.Append("## ").Append(before).Append('|').Append(member).Append('\n').Append(hover).Append("\n\n");
        }

        return transcript.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The transcript recorded as <paramref name="name"/>, or null when <paramref name="received"/> differs; then it
    /// is written beside it as <paramref name="receivedName"/> (default <paramref name="name"/>).received.txt.
    /// </summary>
    public static string? Compare(string name, string received, string? receivedName = null, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Hovers");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var receivedPath = Path.Combine(folder, (receivedName ?? name) + ".received.txt");
        if (!File.Exists(verified) && Environment.GetEnvironmentVariable("STATUSGEN_RECORD_HOVERS") == "1")
        {
            File.WriteAllText(verified, received);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == received)
        {
            File.Delete(receivedPath);
            return expected;
        }

        File.WriteAllText(receivedPath, received);
        return null;
    }
}
