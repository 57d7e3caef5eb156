using System.Globalization;
using System.Text;
using StatusGen.Primitives;

namespace StatusGen.Diagnostics;

/// <summary>
/// Makes a message argument safe to show: diagnostics quote keys, names and values from the spec file, and the
/// build prints them as one line of <c>file(line,col): error STG...: message</c>. A line break in a quoted value could
/// forge a second, fake diagnostic line in the build log, a right-to-left override could make the message read
/// differently from what it says, and a 10,000-character key would bury it. So line breaks, control and formatting
/// characters become <c>\uXXXX</c>, and long arguments keep only their start and end.
/// </summary>
internal static class MessageText
{
    /// <summary>Longest argument kept whole; longer ones keep their first and last characters around an ellipsis.</summary>
    public const int MaxLength = 500;

    public static string Clean(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var text = value.Length <= MaxLength
            ? value
            : value.Substring(0, KeepStart(value)) + "…" + value.Substring(value.Length - KeepEnd(value));

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(character).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!TextSafety.NeedsEscape(character))
            {
                builder?.Append(character);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder?.ToString() ?? text;
    }

    public static string[] Clean(string[] arguments)
    {
        var cleaned = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            cleaned[i] = Clean(arguments[i]);
        }

        return cleaned;
    }

    /// <summary>How much of the start to keep: half the limit, not ending between the halves of a surrogate pair.</summary>
    private static int KeepStart(string value)
    {
        var length = MaxLength / 2;
        return char.IsHighSurrogate(value[length - 1]) ? length - 1 : length;
    }

    private static int KeepEnd(string value)
    {
        var length = (MaxLength / 2) - 1;
        return char.IsLowSurrogate(value[value.Length - length]) ? length - 1 : length;
    }
}
