using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusGen.Validation;

/// <summary>
/// How status codes and flags get their C# names, and which names are allowed. Names are validated, never
/// silently rewritten: a bad name is a diagnostic, so what a user reads in YAML is what they type in C#.
/// </summary>
internal static class NameRules
{
    /// <summary>
    /// Members of the generated types, and the types themselves. A status code or flag property with one of these
    /// names would collide with them in <c>HttpStatus</c>, <c>HttpStatusCodes</c> or <c>StatusResult&lt;T&gt;</c>.
    /// </summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        // Generated types.
        "HttpStatus", "HttpStatusCodes", "StatusGroup", "StatusResult", "StatusProblem", "CatalogData",
        // HttpStatus members.
        "Code", "Name", "ReasonPhrase", "Group", "IsKnown", "GetTitle", "GetDescription",
        "IsInformational", "IsSuccess", "IsRedirection", "IsClientError", "IsServerError", "IsError",
        "IsCacheableByDefault", "IsRetryable", "AllowsContent", "UsesLocation", "UsesRetryAfter",
        "IsPermanentRedirect", "PreservesMethod", "IsUnused", "HasFlag", "Flags",
        "FromCode", "TryFromCode", "Parse", "TryParse", "All",
        // StatusResult<T> members (public, and the private protected ones its cases override), the cases' shared
        // Instance, and type parameters. A case class cannot share a name with a member of StatusResult<T> or
        // with one of its own members.
        "Status", "Value", "Location", "RetryAfter", "Problem", "Match", "Switch", "TryGetValue", "T", "TResult",
        "Instance", "LocationOrNull", "ProblemOrNull",
        // Members every type has.
        "Equals", "GetHashCode", "ToString", "CompareTo", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

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
