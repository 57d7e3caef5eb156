using System.Globalization;
using System.Text;
using StatusGen.Primitives;

namespace StatusGen.Emit;

/// <summary>
/// Writes text from YAML as a C# string literal that reads back exactly as written. Besides quotes and
/// backslashes it escapes every character that could change how the source reads or compiles: control and
/// formatting characters (including right-to-left overrides), the characters C# treats as line breaks
/// (U+0085, U+2028, U+2029) and lone surrogates.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\r':
                    builder.Append("\\r");
                    continue;
                case '\t':
                    builder.Append("\\t");
                    continue;
                case '\0':
                    builder.Append("\\0");
                    continue;
            }

            if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(character).Append(value[i + 1]);
                i++;
                continue;
            }

            if (TextSafety.NeedsEscape(character))
            {
                builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }

            builder.Append(character);
        }

        builder.Append('"');
        return builder.ToString();
    }
}
