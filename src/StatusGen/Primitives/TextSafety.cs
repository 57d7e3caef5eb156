using System.Globalization;

namespace StatusGen.Primitives;

/// <summary>
/// The one rule for characters that must never reach generated code, XML docs or a build log as they are: every
/// writer of untrusted text (C# literals, XML docs, diagnostic messages) escapes exactly these.
/// </summary>
internal static class TextSafety
{
    /// <summary>Characters that are invisible, break lines or are not valid on their own.</summary>
    public static bool NeedsEscape(char character)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(character))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
