using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Tests.Infrastructure;
using Xunit;
using static StatusGen.Tests.Infrastructure.RobustnessHarness;

namespace StatusGen.Tests;

/// <summary>
/// Conflicts between spec files and within an entry, each a located diagnostic that leaves the rest generating.
/// (DiagnosticTests has the basic case of each id; these are the merge situations around them.)
/// </summary>
public sealed class MergeConflictTests
{
    private const string A = "/project/a.status-codes.yaml";
    private const string B = "/project/b/status-codes.yaml";

    private static GeneratorOutput Run(params (string Path, string Content)[] files)
    {
        var output = Bounded(() => GeneratorHarness.Run(new GeneratorInput { SpecFiles = files.Select(file => (file.Path, (string?)file.Content)).ToList() }));
        AssertWellFormed(output, files.ToDictionary(file => file.Path, file => file.Content, System.StringComparer.Ordinal));

        Assert.Empty(output.CompilationProblems);
        return output;
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string path, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(new LinePosition(line - 1, column - 1), span.StartLinePosition);
    }

    [Fact]
    public void The_same_override_in_two_files_is_reported_at_both_and_the_standard_entry_stays()
    {
        var output = Run(
            (A, "version: 1\ncodes:\n  - code: 404\n    title: { ko: 첫째 덮어쓰기 }\n"),
            (B, "version: 1\ncodes:\n  - code: 404\n    title: { ko: 둘째 덮어쓰기 }\n"));

        Assert.Equal(2, output.GeneratorDiagnostics.Length);
        AssertAt(output.GeneratorDiagnostics.Single(diagnostic => diagnostic.Location.GetLineSpan().Path == A), "STG0004", A, 3, 11);
        AssertAt(output.GeneratorDiagnostics.Single(diagnostic => diagnostic.Location.GetLineSpan().Path == B), "STG0004", B, 3, 11);
        Assert.Contains("찾을 수 없음", output.Sources["HttpStatus.g.cs"]);
        Assert.DoesNotContain("덮어쓰기", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_custom_code_in_one_file_and_an_override_of_it_in_another_are_one_conflict()
    {
        var output = Run(
            (A, "version: 1\ncodes:\n  - code: 499\n    title: { en: Client Closed Request, ko: 닫힘 }\n"),
            (B, "version: 1\ncodes:\n  - code: 499\n    flags: [retryable]\n"));

        Assert.Equal(2, output.GeneratorDiagnostics.Length);
        Assert.All(output.GeneratorDiagnostics, diagnostic => Assert.Equal("STG0004", diagnostic.Id));
        Assert.DoesNotContain("ClientClosedRequest", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void An_override_of_a_code_that_extends_none_dropped_needs_to_be_a_full_entry()
    {
        // a.status-codes.yaml drops the standard catalog; b's entry for 404 gives only a Korean title, which is not
        // enough for a new code.
        var output = Run(
            (A, "version: 1\nextends: none\ncodes:\n  - code: 200\n    name: Ok\n    title: { en: OK, ko: 성공 }\n"),
            (B, "version: 1\ncodes:\n  - code: 404\n    title: { ko: 없음 }\n"));

        AssertAt(Assert.Single(output.GeneratorDiagnostics), "STG0010", B, 3, 11);
        Assert.DoesNotContain("NotFound", output.Sources["HttpStatusCodes.g.cs"]);
        Assert.Contains("public const int Ok = 200;", output.Sources["HttpStatusCodes.g.cs"]);
    }

    [Theory]
    [InlineData(404, "[unused]", "STG0023", "'unused' cannot be combined")]
    [InlineData(200, "[preserves-method]", "STG0052", "3xx codes only")]
    [InlineData(499, "[permanent, location]", "STG0052", "3xx codes only")]
    [InlineData(399, "[permanent]", "STG0053", "needs the flag 'location' too")]
    [InlineData(399, "[preserves-method]", "STG0053", "needs the flag 'location' too")]
    public void Contradictory_flags_on_a_new_or_standard_code(int code, string flags, string id, string reason)
    {
        var content = "version: 1\ncodes:\n  - code: " + code + "\n    title: { en: Some Status, ko: 상태 }\n    flags: " + flags + "\n";

        var output = Run((A, content));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, id, A, 3, 11);
        Assert.Contains(reason, Message(diagnostic));
    }

    [Fact]
    public void Removing_location_from_a_permanent_redirect_is_a_contradiction_and_changes_nothing()
    {
        var output = Run((A, "version: 1\ncodes:\n  - code: 308\n    remove-flags: [location]\n"));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "STG0053", A, 3, 11);
        Assert.Contains("a redirect to the URI in the Location header", Message(diagnostic));
        Assert.Contains("UsesLocation", output.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void A_contradiction_made_by_a_second_file_is_reported_there()
    {
        // 404 carries 'cacheable' in the standard catalog; adding 'unused' from a user file contradicts it.
        var output = Run((B, "version: 1\ncodes:\n  - code: 404\n    flags: [unused]\n"));

        AssertAt(Assert.Single(output.GeneratorDiagnostics), "STG0023", B, 3, 11);
    }

    [Fact]
    public void No_body_with_location_is_allowed()
    {
        // Not a contradiction: a code may forbid content and still point somewhere, like a 201 that never has a body
        // (spec/README.md, "Contradictory flags").
        var output = Run((A, "version: 1\ncodes:\n  - code: 299\n    name: CreatedNoContent\n    title: { en: Created Without Content, ko: 본문 없이 생성됨 }\n    flags: [no-body, location]\n"));

        Assert.Empty(output.GeneratorDiagnostics);
        var status = output.Load().GetType("StatusGen.HttpStatus", throwOnError: true)!;
        var created = status.GetProperty("CreatedNoContent")!.GetValue(null)!;
        Assert.False((bool)status.GetProperty("AllowsContent")!.GetValue(created)!);
        Assert.True((bool)status.GetProperty("UsesLocation")!.GetValue(created)!);
    }

    [Fact]
    public void A_flag_property_named_like_a_status_code()
    {
        // Found by FuzzTests: both are members of HttpStatus, so the output did not compile (CS0102).
        var output = Run((A, "version: 1\nflags:\n  gone-for-good:\n    property: NotFound\n"));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "STG0009", A, 4, 15);
        Assert.Contains("status code 404", Message(diagnostic));
    }

    [Fact]
    public void A_flag_property_may_take_a_name_that_extends_none_freed()
    {
        var output = Run((A, "version: 1\nextends: none\nflags:\n  gone-for-good:\n    property: NotFound\ncodes:\n  - code: 404\n    name: Missing\n    title: { en: Not Found, ko: 없음 }\n"));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains("public bool NotFound =>", output.Sources["HttpStatus.g.cs"]);
    }
}
