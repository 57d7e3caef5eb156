using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StatusGen.Primitives;

namespace StatusGen.Emit.Docs;

/// <summary>
/// Makes text from YAML safe inside <c>///</c> XML doc comments. Markup characters become entities, so a title
/// such as "&lt;/summary&gt;" is shown, not obeyed. Characters XML cannot hold at all (NUL and most C0 controls)
/// and invisible ones are written as "\uXXXX" text: the doc shows that something is there without breaking the XML.
/// </summary>
internal static class XmlDocText
{
    /// <summary>The text as lines of escaped XML; a line break in the text starts a new doc line.</summary>
    public static IReadOnlyList<string> Lines(string value)
    {
        var lines = new List<string>();
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (character == '\r')
            {
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(builder.ToString());
                builder.Clear();
                continue;
            }

            if (character == '\n')
            {
                lines.Add(builder.ToString());
                builder.Clear();
                continue;
            }

            AppendEscaped(builder, value, ref i);
        }

        lines.Add(builder.ToString());
        return lines;
    }

    /// <summary>The text on one line, for attributes and short labels.</summary>
    public static string Inline(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            AppendEscaped(builder, value, ref i);
        }

        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string value, ref int i)
    {
        var character = value[i];
        switch (character)
        {
            case '&':
                builder.Append("&amp;");
                return;
            case '<':
                builder.Append("&lt;");
                return;
            case '>':
                builder.Append("&gt;");
                return;
            case '"':
                builder.Append("&quot;");
                return;
            case '\t':
                builder.Append(' ');
                return;
        }

        if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            builder.Append(character).Append(value[i + 1]);
            i++;
            return;
        }

        if (TextSafety.NeedsEscape(character))
        {
            builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            return;
        }

        builder.Append(character);
    }
}
