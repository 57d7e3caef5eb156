using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace StatusGen.DocTests;

/// <summary>A fenced code block of a Markdown file, with the HTML comment right before it, if any.</summary>
internal sealed record DocBlock(string File, int Line, string Language, string Info, string Content, BlockMarker Marker)
{
    /// <summary>"README.md:128": what a failing test names.</summary>
    public string Id => File + ":" + Line;
}

/// <summary>
/// What the HTML comment before a ```csharp block says about it. Without one, the block is the whole Program.cs of
/// <c>dotnet new console -n MyApp</c>. Otherwise:
/// <list type="bullet">
/// <item><c>&lt;!-- doctest: context=console|webapi|library|client [name=N] [with=N,M] [yaml=above] [before=LINE] [StatusGenX=value] --&gt;</c>:
/// a whole file of a project made with <c>dotnet new console -n MyApp</c>, <c>webapi -n MyApi</c> or
/// <c>classlib -n MyLib</c> (a <c>client</c> is a console app run against the web API it is <c>with</c>);
/// <c>name</c> names it for later blocks; <c>with</c> compiles it together with the named blocks (files of the same
/// project); <c>yaml=above</c> adds the nearest ```yaml block above as status-codes.yaml; <c>before=LINE</c> inserts
/// the block into the one it is <c>with</c>, before its line LINE; other keys are MSBuild properties.</item>
/// <item><c>&lt;!-- fragment: members of TYPE --&gt;</c>: declarations of TYPE's members, checked against the generated TYPE.</item>
/// <item><c>&lt;!-- fragment: WHAT IT NEEDS --&gt;</c>, or a fence <c>```csharp fragment</c>: a piece of code that is
/// not a file of its own and is not compiled; the comment must say what it needs.</item>
/// </list>
/// </summary>
internal sealed record BlockMarker(
    string Context,
    string? Name,
    IReadOnlyList<string> With,
    bool YamlAbove,
    string? Before,
    IReadOnlyDictionary<string, string> Properties,
    string? Fragment,
    string? MembersOf)
{
    public static readonly BlockMarker Default = new("console", null, Array.Empty<string>(), false, null, new Dictionary<string, string>(), null, null);

    public bool IsFragment => Fragment is not null;

    public static BlockMarker Parse(string? comment, string info)
    {
        if (info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("fragment", StringComparer.Ordinal))
        {
            return Default with { Fragment = comment ?? "(fence marked fragment)" };
        }

        if (comment is null)
        {
            return Default;
        }

        if (comment.StartsWith("fragment:", StringComparison.Ordinal))
        {
            var what = comment.Substring("fragment:".Length).Trim();
            var members = Regex.Match(what, "^members of (.+)$");
            return Default with { Fragment = what, MembersOf = members.Success ? members.Groups[1].Value.Trim() : null };
        }

        if (!comment.StartsWith("doctest:", StringComparison.Ordinal))
        {
            return Default;
        }

        var marker = Default;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in comment.Substring("doctest:".Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException("doctest marker '" + comment + "': '" + token + "' is not key=value");
            }

            var (key, value) = (token.Substring(0, equals), token.Substring(equals + 1));
            marker = key switch
            {
                "context" when value is "console" or "webapi" or "library" or "client" => marker with { Context = value },
                "name" => marker with { Name = value },
                "with" => marker with { With = value.Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "yaml" when value == "above" => marker with { YamlAbove = true },
                "before" => marker with { Before = value },
                _ when key.StartsWith("StatusGen", StringComparison.Ordinal) => marker,
                _ => throw new FormatException("doctest marker '" + comment + "': unknown '" + token + "'"),
            };
            if (key.StartsWith("StatusGen", StringComparison.Ordinal))
            {
                properties[key] = value;
            }
        }

        return marker with { Properties = properties };
    }
}

internal static class Markdown
{
    private static readonly Regex Fence = new("^(?<indent> *)```(?<language>[A-Za-z0-9_+-]*)(?<info>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Comment = new("^ *<!--(?<text>.*)-->\\s*$", RegexOptions.CultureInvariant);

    /// <summary>Every fenced block of <paramref name="path"/>, in order; <paramref name="name"/> is how tests name the file.</summary>
    public static List<DocBlock> Blocks(string path, string name)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<DocBlock>();
        string? comment = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence.Match(lines[i]);
            if (!fence.Success)
            {
                if (lines[i].Trim().Length > 0)
                {
                    var match = Comment.Match(lines[i]);
                    comment = match.Success ? match.Groups["text"].Value.Trim() : null;
                }

                continue;
            }

            var indent = fence.Groups["indent"].Value.Length;
            var content = new List<string>();
            var end = i + 1;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                var line = lines[end];
                content.Add(line.Length >= indent && line.Substring(0, indent).Trim().Length == 0 ? line.Substring(indent) : line.TrimStart());
                end++;
            }

            var language = fence.Groups["language"].Value;
            var info = fence.Groups["info"].Value.Trim();
            blocks.Add(new DocBlock(name, i + 1, language, info, string.Join("\n", content) + "\n", language == "csharp" ? BlockMarker.Parse(comment, info) : BlockMarker.Default));
            comment = null;
            i = end;
        }

        return blocks;
    }
}
