using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusGen.Primitives;

/// <summary>Which names can stand in generated C#: the rule for code and flag names and for the configured namespace.</summary>
internal static class CSharpIdentifier
{
    /// <summary>
    /// Null when <paramref name="name"/> can name a generated member, otherwise why not: a C# identifier of ASCII
    /// letters, digits and '_' (<c>^[A-Za-z_][A-Za-z0-9_]*$</c>, as spec/README.md documents) that is not a keyword.
    /// </summary>
    public static string? Check(string name)
    {
        if (name.Length == 0)
        {
            return "a name cannot be empty";
        }

        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return "it is not a valid C# identifier";
        }

        foreach (var character in name)
        {
            // Formatting characters are legal in C# identifiers but invisible: two names would look alike.
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Format)
            {
                return "it contains an invisible formatting character";
            }
        }

        foreach (var character in name)
        {
            // The documented pattern (and the JSON schema): ASCII only, so no two names can look alike while
            // differing (a Cyrillic 'о' in "NotFound") and a name reads the same in every editor and font.
            if (character >= 0x80)
            {
                return "use only ASCII letters, digits and '_'";
            }
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return "it is a C# keyword";
        }

        return null;
    }
}
