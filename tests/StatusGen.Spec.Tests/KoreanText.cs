using System.Linq;

namespace StatusGen.Spec.Tests;

/// <summary>Checks that a text really is Korean rather than an untranslated copy of the English.</summary>
internal static class KoreanText
{
    /// <summary>True when the text has at least one precomposed Hangul syllable (U+AC00–U+D7A3).</summary>
    public static bool ContainsHangul(string? text) => text is not null && text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
}
