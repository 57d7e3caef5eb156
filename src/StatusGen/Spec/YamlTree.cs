using System.Collections.Generic;
using StatusGen.Primitives;

namespace StatusGen.Spec;

/// <summary>
/// A minimal YAML tree with positions, built from parser events. It lives only inside the reading stage and is
/// turned into <see cref="SpecDocument"/> records before anything reaches the incremental pipeline.
/// </summary>
internal abstract class YamlTreeNode
{
    protected YamlTreeNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }
}

/// <summary>A scalar; <see cref="IsPlain"/> distinguishes <c>404</c> from <c>"404"</c>.</summary>
internal sealed class YamlTreeScalar : YamlTreeNode
{
    public YamlTreeScalar(string value, bool isPlain, SourceSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>
    /// For a plain scalar that spans lines, its second line: YAML folds a line without ':' into the value above it,
    /// so <c>code: 404</c> followed by <c>title { en: X }</c> is the text "404 title { en: X }".
    /// </summary>
    public Located<string>? Continuation { get; init; }

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar is YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

/// <summary>A mapping; keys keep their order and positions.</summary>
internal sealed class YamlTreeMapping : YamlTreeNode
{
    public YamlTreeMapping(List<KeyValuePair<YamlTreeNode, YamlTreeNode>> entries, SourceSpan span)
        : base(span)
        => Entries = entries;

    public List<KeyValuePair<YamlTreeNode, YamlTreeNode>> Entries { get; }
}

/// <summary>A sequence.</summary>
internal sealed class YamlTreeSequence : YamlTreeNode
{
    public YamlTreeSequence(List<YamlTreeNode> items, SourceSpan span)
        : base(span)
        => Items = items;

    public List<YamlTreeNode> Items { get; }
}
