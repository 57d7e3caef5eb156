using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Spec.Tests;

/// <summary>spec/status-codes.yaml, read once: its raw bytes (for hygiene checks), its YAML tree (for the schema
/// check) and a typed view of groups, flags and codes (for the rule checks).</summary>
internal sealed class CatalogFile
{
    private CatalogFile(
        string path,
        byte[] bytes,
        string text,
        YamlMappingNode root,
        IReadOnlyList<CatalogDefinition> groups,
        IReadOnlyList<CatalogDefinition> flags,
        IReadOnlyList<CatalogEntry> codes)
    {
        Path = path;
        Bytes = bytes;
        Text = text;
        Root = root;
        Groups = groups;
        Flags = flags;
        Codes = codes;
    }

    public string Path { get; }

    /// <summary>The file exactly as stored, for the hygiene checks.</summary>
    public byte[] Bytes { get; }

    /// <summary>The decoded text; a byte order mark, if any, is dropped here and reported by the hygiene checks.</summary>
    public string Text { get; }

    public YamlMappingNode Root { get; }

    /// <summary>The <c>groups:</c> map in file order.</summary>
    public IReadOnlyList<CatalogDefinition> Groups { get; }

    /// <summary>The <c>flags:</c> map in file order.</summary>
    public IReadOnlyList<CatalogDefinition> Flags { get; }

    /// <summary>The <c>codes:</c> list in file order (duplicates kept, so tests can find them).</summary>
    public IReadOnlyList<CatalogEntry> Codes { get; }

    public string? Version => Root.GetString("version");

    public CatalogEntry? Find(int code) => Codes.FirstOrDefault(entry => entry.Code == code);

    public static CatalogFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The catalog '{path}' does not exist.", path);
        }

        var bytes = File.ReadAllBytes(path);
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"'{path}' must hold exactly one YAML document whose root is a mapping.");
        }

        return new CatalogFile(
            path,
            bytes,
            text,
            root,
            ReadDefinitions(root.GetMapping("groups")),
            ReadDefinitions(root.GetMapping("flags")),
            ReadCodes(path, root.Get("codes") as YamlSequenceNode));
    }

    private static List<CatalogDefinition> ReadDefinitions(YamlMappingNode? map) =>
        (map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            .Select(pair => (Key: (pair.Key as YamlScalarNode)?.Value ?? "", Body: pair.Value as YamlMappingNode))
            .Select(item => new CatalogDefinition(
                item.Key,
                item.Body?.GetLocalized("title") ?? LocalizedText.Missing,
                item.Body?.GetLocalized("description") ?? LocalizedText.Missing,
                item.Body?.GetString("source")))
            .ToList();

    private static List<CatalogEntry> ReadCodes(string path, YamlSequenceNode? codes)
    {
        var entries = new List<CatalogEntry>();
        foreach (var item in codes?.Children ?? [])
        {
            // A code that is not an integer makes every per-code rule meaningless, so it stops the load with
            // the line to look at; everything else is read leniently and judged by the tests.
            if (item is not YamlMappingNode body
                || !int.TryParse(body.GetString("code"), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                throw new InvalidDataException(
                    $"{path}:{item.Start.Line}: a codes entry must be a mapping with an integer 'code'.");
            }

            var reference = body.GetMapping("reference") is { } r
                ? new CatalogReference(r.GetString("document"), r.GetString("section"), r.GetString("url"))
                : null;
            var flags = (body.Get("flags") as YamlSequenceNode)?.Children
                .Select(flag => (flag as YamlScalarNode)?.Value ?? "")
                .ToList() ?? [];

            entries.Add(new CatalogEntry(
                code,
                body.GetString("name"),
                body.GetString("registration"),
                body.GetLocalized("title"),
                body.GetLocalized("description"),
                reference,
                flags,
                item.Start.Line,
                (body.GetMapping("aliases")?.Children.AsEnumerable() ?? [])
                    .Select(alias => (((YamlScalarNode)alias.Key).Value ?? "", (alias.Value as YamlScalarNode)?.Value ?? ""))
                    .ToList()));
        }

        return entries;
    }
}
