using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StatusGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public TestAdditionalText(string path, string? content)
    {
        Path = path;
        _text = content is null ? null : SourceText.From(content, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
