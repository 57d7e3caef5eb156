using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusGen.Primitives;

/// <summary>Why a name cannot stand in generated C#.</summary>
internal enum IdentifierProblem
{
    /// <summary>The name is fine.</summary>
    None,

    /// <summary>Not a C# identifier at all: empty, starts with a digit, holds a space, a quote, '-', ...</summary>
    NotAnIdentifier,

    /// <summary>
    /// A C# identifier, but with a character outside ASCII: a letter C# allows (a Cyrillic 'о' in "NotFound", which
    /// looks like the Latin one) or an invisible formatting character (U+200B), which C# allows too.
    /// </summary>
    NotAscii,

    /// <summary>A C# keyword, such as <c>class</c>.</summary>
    Keyword,
}

/// <summary>Which names can stand in generated C#: the rule for code and flag names and for the configured namespace.</summary>
internal static class CSharpIdentifier
{
    /// <summary>
    /// Whether <paramref name="name"/> can name a generated member, and if not, why: a C# identifier of ASCII letters,
    /// digits and '_' (<c>^[A-Za-z_][A-Za-z0-9_]*$</c>, as spec/README.md documents) that is not a keyword.
    /// </summary>
    public static IdentifierProblem Check(string name)
    {
        if (name.Length == 0 || !SyntaxFacts.IsValidIdentifier(name))
        {
            return IdentifierProblem.NotAnIdentifier;
        }

        // The documented pattern (and the JSON schema): ASCII only, so no two names can look alike while differing
        // (a Cyrillic 'о' in "NotFound", an invisible U+200B) and a name reads the same in every editor and font.
        if (FirstNonAscii(name) >= 0)
        {
            return IdentifierProblem.NotAscii;
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? IdentifierProblem.Keyword : IdentifierProblem.None;
    }

    /// <summary>The index of the first character of <paramref name="name"/> outside ASCII, or -1.</summary>
    public static int FirstNonAscii(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] >= 0x80)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The code point at <paramref name="index"/> as hex digits ("043E", "1F600"), as a message writes it after "U+".</summary>
    public static string CodePointText(string text, int index)
    {
        var codePoint = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
        return codePoint.ToString("X4", CultureInfo.InvariantCulture);
    }
}
