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

    public YamlValueReader(string path) => _path = path;

    public DiagnosticList Diagnostics { get; } = new();

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, _path, span, arguments));

    /// <summary>
    /// The entries of a mapping whose keys are known, once each. Reports keys that are not scalars, are unknown
    /// (<paramref name="allowedKeys"/> null allows any key) or appear twice.
    /// </summary>
    public IEnumerable<MappingEntry> ReadMapping(YamlTreeMapping mapping, string where, IReadOnlyCollection<string>? allowedKeys)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlTreeScalar keyScalar || keyScalar.IsNull)
            {
                Report(DiagnosticDescriptors.WrongType, entry.Key.Span, "key in " + where, "a plain text key");
                continue;
            }

            var key = keyScalar.Value;
            if (allowedKeys is not null && !allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                Report(DiagnosticDescriptors.UnknownKey, keyScalar.Span, key, where, string.Join(", ", allowedKeys));
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                Report(
                    DiagnosticDescriptors.DuplicateDefinition,
                    keyScalar.Span,
                    "Key '" + key + "' in " + where,
                    new LocationInfo(_path, first).Describe());
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

        Report(DiagnosticDescriptors.WrongType, node.Span, key, "a mapping of keys to values");
        return null;
    }

    public YamlTreeSequence? ExpectSequence(YamlTreeNode node, string key)
    {
        if (node is YamlTreeSequence sequence)
        {
            return sequence;
        }

        Report(DiagnosticDescriptors.WrongType, node.Span, key, "a list");
        return null;
    }

    /// <summary>A text value: any non-null scalar, taken exactly as written.</summary>
    public Located<string>? ReadText(YamlTreeNode node, string key)
    {
        if (node is YamlTreeScalar scalar && !scalar.IsNull)
        {
            return new Located<string>(scalar.Value, scalar.Span);
        }

        Report(DiagnosticDescriptors.WrongType, node.Span, key, "a text");
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

        Report(DiagnosticDescriptors.WrongType, node.Span, key, "an integer");
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
        foreach (var entry in ReadMapping(mapping, "'" + key + "'", allowedKeys: null))
        {
            if (texts.Count == SpecLimits.MaxLanguages)
            {
                Report(DiagnosticDescriptors.LimitExceeded, entry.KeyNode.Span, "The number of languages in '" + key + "'", SpecLimits.Text(SpecLimits.MaxLanguages), "the rest are ignored");
                break;
            }

            if (!LanguageTags.IsValid(entry.Key))
            {
                Report(DiagnosticDescriptors.InvalidValue, entry.KeyNode.Span, key, entry.Key, "language keys are tags such as 'en', 'ko' or 'zh-Hant'");
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
        foreach (var item in sequence.Items)
        {
            if (items.Count == SpecLimits.MaxFlags)
            {
                Report(DiagnosticDescriptors.LimitExceeded, item.Span, "The number of items in '" + key + "'", SpecLimits.Text(SpecLimits.MaxFlags), "the rest are ignored");
                break;
            }

            if (ReadText(item, key + " item") is { } text)
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
