using System.Globalization;
using System.Text;
using StatusGen.Primitives;

namespace StatusGen.Emit;

/// <summary>
/// Writes values from the model as C# literals. A string from YAML reads back exactly as written: besides quotes
/// and backslashes it escapes every character that could change how the source reads or compiles: control and
/// formatting characters (including right-to-left overrides), the characters C# treats as line breaks
/// (U+0085, U+2028, U+2029) and lone surrogates.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>An <c>int</c> as C# source, whatever the generator's culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (ShortEscape(character) is { } escape)
            {
                builder.Append(escape);
            }
            else if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(character).Append(value[i + 1]);
                i++;
            }
            else if (TextSafety.NeedsEscape(character))
            {
                builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>The escape sequence C# has for <paramref name="character"/> besides <c>\u</c>, or null.</summary>
    private static string? ShortEscape(char character) => character switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => null,
    };
}
