using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>
/// Hovers show exactly the text they showed before the generated source was made smaller (issue 17): the whole
/// QuickInfo of some forty members, for each doc-language setting, compared with transcripts recorded from the
/// generator as it was. The transcripts are never re-recorded: a difference is a change users would see.
/// </summary>
public sealed class HoverTextTests
{
    [Theory]
    [InlineData("ko-en", null)]
    [InlineData("en", "en")]
    [InlineData("en-ko", "en,ko")]
    [InlineData("public", null)]
    public async Task Hovers_show_the_recorded_text(string name, string? languages)
    {
        var properties = new Dictionary<string, string>();
        if (languages is not null)
        {
            properties["StatusGenDocLanguages"] = languages;
        }

        if (name == "public")
        {
            properties["StatusGenAccessibility"] = "public";
        }

        using var workspace = GeneratorWorkspace.Create(HoverTranscript.Source, HoverTranscript.Spec, properties);

        var received = await HoverTranscript.RecordAsync(workspace);

        Assert.True(HoverTranscript.Compare(name, received) is not null, "The hovers differ from Hovers/" + name + ".verified.txt; see the .received.txt beside it.");
    }
}
