using System;
using System.Text.RegularExpressions;

namespace StatusGen.Validation;

/// <summary>
/// The one rule for language tags, in YAML language maps and in <c>StatusGenDocLanguages</c>: a BCP 47-like tag
/// such as <c>ko</c>, <c>en</c> or <c>zh-Hant</c>.
/// </summary>
internal static class LanguageTags
{
    /// <summary>Longest language tag: BCP 47 asks implementations to support at least 35 characters.</summary>
    public const int MaxLength = 35;

    // \z rather than $, which also matches before a final line break and would let "en\n" through.
    private static readonly Regex Pattern = new(
        "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsValid(string tag) => tag.Length <= MaxLength && Pattern.IsMatch(tag);
}
