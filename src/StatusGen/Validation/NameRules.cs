using System.Collections.Generic;
using System.Text;
using System;
using StatusGen.Model;

namespace StatusGen.Validation;

/// <summary>
/// How status codes and flags get their C# names, and which names are allowed. Names are validated, never
/// silently rewritten: a bad name is a diagnostic, so what a user reads in YAML is what they type in C#.
/// </summary>
internal static class NameRules
{
    /// <summary>
    /// The catalog's naming rule: split the English title at anything that is not a letter or digit, capitalise
    /// each word and lower-case the rest ("HTTP Version Not Supported" → <c>HttpVersionNotSupported</c>). Invariant
    /// casing, so the result does not depend on the machine's culture (tr-TR would otherwise turn "i" into "İ").
    /// </summary>
    public static string DeriveName(string englishTitle)
    {
        var builder = new StringBuilder(englishTitle.Length);
        var startOfWord = true;
        foreach (var character in englishTitle)
        {
            if (char.IsLetterOrDigit(character) && character < 0x80)
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(character) : char.ToLowerInvariant(character));
                startOfWord = false;
            }
            else if (character != '\'' && character != '\u2019')
            {
                // An apostrophe joins ("I'm" is one word); everything else separates words.
                startOfWord = true;
            }
        }

        return builder.ToString();
    }

    public static bool IsReserved(string name) => ReservedNames.Contains(name);

    /// <summary>Kebab case to Pascal case: <c>client-abort</c> → <c>ClientAbort</c>.</summary>
    public static string KebabToPascal(string kebab)
    {
        var builder = new StringBuilder(kebab.Length);
        var startOfWord = true;
        foreach (var character in kebab)
        {
            if (character == '-')
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(character) : character);
            startOfWord = false;
        }

        return builder.ToString();
    }
}
