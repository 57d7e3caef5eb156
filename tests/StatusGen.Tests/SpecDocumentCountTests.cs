using System.Linq;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// A spec file is one YAML document. Codes written after a second <c>---</c> used to vanish without a word; now the
/// second document is reported where it starts, and the first one still generates.
/// </summary>
public sealed class SpecDocumentCountTests
{
    private static GeneratorOutput Run(string spec) => GeneratorHarness.Run(GeneratorInput.WithSpec(spec));

    [Fact]
    public void A_second_document_is_reported_at_its_marker_and_the_first_still_generates()
    {
        var output = Run("version: 1\ncodes:\n  - { code: 299, title: { en: First Doc, ko: 첫 문서 } }\n---\ncodes:\n  - { code: 298, title: { en: Second Doc, ko: 둘째 문서 } }\n");

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0056", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/status-codes.yaml", span.Path);
        Assert.Equal((3, 0), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains("second", diagnostic.GetMessage(), System.StringComparison.Ordinal);

        Assert.Contains("FirstDoc", output.Sources["HttpStatusCodes.g.cs"]);
        Assert.DoesNotContain("SecondDoc", output.Sources["HttpStatusCodes.g.cs"]);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void A_broken_second_document_does_not_cost_the_first()
    {
        var output = Run("version: 1\ncodes:\n  - { code: 299, title: { en: First Doc, ko: 첫 문서 } }\n---\ncodes: [ { code: 298\n");

        Assert.Equal("STG0056", Assert.Single(output.GeneratorDiagnostics).Id);
        Assert.Contains("FirstDoc", output.Sources["HttpStatusCodes.g.cs"]);
    }

    [Theory]
    [InlineData("version: 1\ncodes:\n  - { code: 299, title: { en: First Doc, ko: 첫 문서 } }\n---\n")]
    [InlineData("---\nversion: 1\ncodes:\n  - { code: 299, title: { en: First Doc, ko: 첫 문서 } }\n...\n")]
    [InlineData("version: 1\ncodes:\n  - { code: 299, title: { en: First Doc, ko: 첫 문서 } }\n---\n# only a comment\n")]
    public void Document_markers_with_nothing_after_them_lose_nothing_and_are_not_reported(string spec)
    {
        var output = Run(spec);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains("FirstDoc", output.Sources["HttpStatusCodes.g.cs"]);
    }
}
