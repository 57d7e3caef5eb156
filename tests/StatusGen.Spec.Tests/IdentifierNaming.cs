using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace StatusGen.Spec.Tests;

/// <summary>The catalog's naming rule: a code's C# name is derived from its English title.</summary>
internal static partial class IdentifierNaming
{
    /// <summary>
    /// Splits the title at every run of characters that are not letters or digits (spaces, hyphens,
    /// punctuation) and joins the words with the first letter upper-case and the rest lower-case:
    /// "HTTP Version Not Supported" becomes HttpVersionNotSupported, "Non-Authoritative Information"
    /// NonAuthoritativeInformation, "OK" Ok.
    /// </summary>
    public static string FromTitle(string title) =>
        string.Concat(WordSeparator()
            .Split(title)
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLower(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordSeparator();
}
