using Microsoft.CodeAnalysis.Text;
using Xunit;
using static StatusGen.Tests.Infrastructure.RobustnessHarness;

namespace StatusGen.Tests;

/// <summary>Inputs FuzzTests found that broke an invariant, minimised, kept so they stay fixed.</summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData(": {\u2028l", 0, 2)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    title: {\u2028l", 3, 11)]
    public void YamlDotNet_throwing_InvalidOperationException_is_a_located_YAML_error(string content, int line, int column)
    {
        // YamlDotNet 16.3 throws InvalidOperationException (not YamlException) for a U+2028 inside a flow mapping: the
        // brace is never closed (U+2028 ends the line), and that is what the user is told, never the exception's type.
        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0067", diagnostic.Id);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.DoesNotContain("Exception", Message(diagnostic), System.StringComparison.Ordinal);
        AssertStillGenerates(output);
    }

    [Theory]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    flags: [ca", 3, 11)]
    [InlineData("version: 1\ncodes:\n  - code: 404\n    title: { en: \"x\"", 3, 11)]
    [InlineData("version: 1\r\ncodes:\r\n  - code: 404\r\n    flags: [ca", 3, 11)]
    public void An_error_at_the_end_of_a_file_without_a_final_line_break_is_on_its_last_line(string content, int line, int column)
    {
        // YamlDotNet puts the end of such a file on a line of its own, which the IDE does not have; the bracket that is
        // never closed is on the last line.
        var output = RunBounded(content);

        AssertWellFormed(output, SpecPath, content);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0067", diagnostic.Id);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
    }
}
