using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using StatusGen.Diagnostics;
using StatusGen.Primitives;

namespace StatusGen.Spec;

/// <summary>
/// Reads typed values out of a <see cref="YamlTreeNode"/> and reports, at the value's position, anything that is
/// not of the expected shape. A wrong value is reported and skipped; it never stops the rest of the file.
/// </summary>
internal sealed class YamlValueReader
{
    private readonly string _path;

    /// <summary>What ends the first word of a line.</summary>
    private static readonly char[] WordEnds = { ' ', '{', '[' };

    public YamlValueReader(string path) => _path = path;

    public DiagnosticList Diagnostics { get; } = new();

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, _path, span, arguments));

    /// <summary>
    /// The entries of a mapping whose keys are known, once each. Reports keys that are not scalars, are unknown
    /// (<paramref name="allowedKeys"/> null allows any key) or appear twice; the diagnostic's location says which
    /// mapping, so the message does not.
    /// </summary>
    public IEnumerable<MappingEntry> ReadMapping(YamlTreeMapping mapping, IReadOnlyCollection<string>? allowedKeys)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlTreeScalar keyScalar || keyScalar.IsNull)
            {
                Report(DiagnosticDescriptors.KeyNotText, entry.Key.Span);
                continue;
            }

            var key = keyScalar.Value;
            if (allowedKeys is not null && !allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                Report(DiagnosticDescriptors.UnknownKey, keyScalar.Span, key, string.Join(", ", allowedKeys));
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateKey, keyScalar.Span, key, LocationInfo.InAdditionalFile(_path, first).Describe());
                continue;
            }

            seen.Add(key, keyScalar.Span);
            yield return new MappingEntry(key, keyScalar, entry.Value);
        }
    }

    public YamlTreeMapping? ExpectMapping(YamlTreeNode node, string key)
    {
        if (node is YamlTreeMapping mapping)
        {
            return mapping;
        }

        Report(DiagnosticDescriptors.MappingExpected, node.Span, key);
        return null;
    }

    public YamlTreeSequence? ExpectSequence(YamlTreeNode node, string key)
    {
        if (node is YamlTreeSequence sequence)
        {
            return sequence;
        }

        Report(DiagnosticDescriptors.ListExpected, node.Span, key);
        return null;
    }

    /// <summary>A text value: any non-null scalar, taken exactly as written.</summary>
    public Located<string>? ReadText(YamlTreeNode node, string key)
    {
        if (node is YamlTreeScalar scalar && !scalar.IsNull)
        {
            return new Located<string>(scalar.Value, scalar.Span);
        }

        Report(DiagnosticDescriptors.TextExpected, node.Span, key);
        return null;
    }

    /// <summary>An integer: a plain scalar of decimal digits (a quoted "404" is text, as in YAML).</summary>
    public Located<int>? ReadInteger(YamlTreeNode node, string key)
    {
        if (node is YamlTreeScalar { IsPlain: true } scalar
            && scalar.Value.Length is > 0 and <= 9
            && scalar.Value.All(c => c is >= '0' and <= '9'))
        {
            return new Located<int>(int.Parse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture), scalar.Span);
        }

        if (node is YamlTreeScalar { Continuation: { } continuation })
        {
            // "code: 404" and a next line without its ':' read as one text: the mistake is on the next line.
            var word = continuation.Value.Split(WordEnds)[0];
            Report(DiagnosticDescriptors.MissingColon, continuation.Span with { Length = word.Length, EndLine = continuation.Span.StartLine, EndColumn = continuation.Span.StartColumn + word.Length }, word);
            return null;
        }

        Report(DiagnosticDescriptors.IntegerExpected, node.Span, key);
        return null;
    }

    /// <summary>A mapping from language tags to texts, e.g. <c>{ en: Not Found, ko: 찾을 수 없음 }</c>.</summary>
    public EquatableArray<LocatedText> ReadLanguageMap(YamlTreeNode node, string key)
    {
        if (ExpectMapping(node, key) is not { } mapping)
        {
            return EquatableArray<LocatedText>.Empty;
        }

        var texts = new List<LocatedText>();
        foreach (var entry in ReadMapping(mapping, allowedKeys: null))
        {
            if (texts.Count == SpecLimits.MaxLanguages)
            {
                Report(DiagnosticDescriptors.TooManyEntries, entry.KeyNode.Span, key, SpecLimits.Text(SpecLimits.MaxLanguages));
                break;
            }

            if (!LanguageTags.IsValid(entry.Key))
            {
                Report(DiagnosticDescriptors.InvalidLanguageTag, entry.KeyNode.Span, entry.Key, key, SpecLimits.Text(LanguageTags.MaxLength));
                continue;
            }

            if (ReadText(entry.Value, key + "." + entry.Key) is { } text)
            {
                texts.Add(new LocatedText(entry.Key, text.Value, text.Span));
            }
        }

        return texts.ToEquatableArray();
    }

    /// <summary>A list of flag names, e.g. <c>[cacheable, retryable]</c>; no longer than there can be flags.</summary>
    public EquatableArray<Located<string>> ReadTextList(YamlTreeNode node, string key)
    {
        if (ExpectSequence(node, key) is not { } sequence)
        {
            return EquatableArray<Located<string>>.Empty;
        }

        var items = new List<Located<string>>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            if (items.Count == SpecLimits.MaxFlags)
            {
                Report(DiagnosticDescriptors.TooManyEntries, item.Span, key, SpecLimits.Text(SpecLimits.MaxFlags));
                break;
            }

            // "flags[2]": the item's place in the list, counted from 0.
            if (ReadText(item, key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") is { } text)
            {
                items.Add(text);
            }
        }

        return items.ToEquatableArray();
    }
}

/// <summary>A key of a mapping with its value.</summary>
internal readonly struct MappingEntry
{
    public MappingEntry(string key, YamlTreeScalar keyNode, YamlTreeNode value)
    {
        Key = key;
        KeyNode = keyNode;
        Value = value;
    }

    public string Key { get; }

    public YamlTreeScalar KeyNode { get; }

    public YamlTreeNode Value { get; }
}
