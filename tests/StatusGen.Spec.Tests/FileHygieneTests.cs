using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatusGen.Spec.Tests;

/// <summary>The spec files are plain, predictable text: the generator, editors and diffs all rely on it.</summary>
public sealed class FileHygieneTests
{
    public static TheoryData<string> SpecFiles => new("status-codes.yaml", "status-codes.schema.json");

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void IsUtf8WithoutByteOrderMark(string file)
    {
        var bytes = ReadSpec(file);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{file} starts with a UTF-8 byte order mark; save it without one.");
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var exception = Record.Exception(() => strict.GetString(bytes));
        Assert.True(exception is null, $"{file} is not valid UTF-8: {exception?.Message}");
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void UsesLfLineEndingsOnly(string file)
    {
        var lines = LinesWhere(file, line => line.Contains('\r', StringComparison.Ordinal));

        Assert.True(lines.Count == 0, $"{file} has carriage returns (use LF only) on lines {string.Join(", ", lines)}.");
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void HasNoTabs(string file)
    {
        // YAML forbids tabs for indentation, and the repository indents with spaces everywhere.
        var lines = LinesWhere(file, line => line.Contains('\t', StringComparison.Ordinal));

        Assert.True(lines.Count == 0, $"{file} has tab characters on lines {string.Join(", ", lines)}.");
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void EndsWithANewline(string file)
    {
        var bytes = ReadSpec(file);

        Assert.True(bytes.Length > 0 && bytes[^1] == (byte)'\n', $"{file} does not end with a newline.");
    }

    [Fact]
    public void CatalogUsesNoAnchorsOrAliases()
    {
        // Anchors and aliases make an entry's content depend on another entry, which the generator's error
        // locations and human reviewers both handle badly. The parser's events see them whatever the spelling;
        // a text search would be fooled by '&' or '*' in descriptions.
        var parser = new Parser(new StringReader(TestCatalog.File.Text));
        var found = new List<string>();
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    found.Add($"alias *{alias.Value} at line {alias.Start.Line}");
                    break;
                case NodeEvent { Anchor.IsEmpty: false } node:
                    found.Add($"anchor &{node.Anchor} at line {node.Start.Line}");
                    break;
            }
        }

        Assert.True(found.Count == 0, $"The catalog uses anchors or aliases: {string.Join("; ", found)}.");
    }

    private static byte[] ReadSpec(string file) => File.ReadAllBytes(Path.Combine(RepoLayout.SpecDirectory, file));

    private static List<int> LinesWhere(string file, Func<string, bool> predicate) =>
        Encoding.UTF8.GetString(ReadSpec(file))
            .Split('\n')
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(pair => predicate(pair.Line))
            .Select(pair => pair.Number)
            .ToList();
}
