using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StatusGen.Primitives;

/// <summary>
/// The one rule for language tags, in YAML language maps and in <c>StatusGenDocLanguages</c>: a BCP 47-like tag
/// such as <c>ko</c>, <c>en</c> or <c>zh-Hant</c>; and the one rule for matching a requested tag against the tags
/// texts exist in. The generated <c>HttpStatus.MatchLanguage</c> implements the same matching for run time.
/// </summary>
internal static class LanguageTags
{
    /// <summary>Longest language tag: BCP 47 asks implementations to support at least 35 characters.</summary>
    public const int MaxLength = 35;

    // \z rather than $, which also matches before a final line break and would let "en\n" through.
    private static readonly Regex Pattern = new(
        "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsValid(string tag) => tag.Length <= MaxLength && Pattern.IsMatch(tag);

    /// <summary>
    /// Whether texts in <paramref name="available"/> serve a reader asking for <paramref name="requested"/>: the same tag,
    /// or a prefix of it that ends at a <c>-</c> (RFC 4647 lookup), case-insensitively. <c>ko</c> serves <c>ko-KR</c>;
    /// it does not serve <c>kok</c> (Konkani), nor does <c>ko-KR</c> serve <c>ko</c>.
    /// </summary>
    public static bool Serves(string available, string requested)
        => available.Length <= requested.Length
           && (available.Length == requested.Length || requested[available.Length] == '-')
           && string.Compare(available, 0, requested, 0, available.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>The index of the most specific tag of <paramref name="available"/> that serves <paramref name="requested"/>, or -1.</summary>
    public static int BestMatch(IReadOnlyList<string> available, string requested)
    {
        var best = -1;
        for (var i = 0; i < available.Count; i++)
        {
            if (Serves(available[i], requested) && (best < 0 || available[i].Length > available[best].Length))
            {
                best = i;
            }
        }

        return best;
    }
}
