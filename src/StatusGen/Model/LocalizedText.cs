using System.Collections.Generic;
using System.Linq;
using System;
using StatusGen.Primitives;

namespace StatusGen.Model;

/// <summary>One text in one language, e.g. (<c>ko</c>, <c>찾을 수 없음</c>).</summary>
internal sealed record LocalizedText(string Language, string Text);

/// <summary>
/// The texts of one field (a title, a description) by language, kept in ordinal order of the language tag so that
/// equal content is equal regardless of the order it was written in.
/// </summary>
internal sealed record TextByLanguage(EquatableArray<LocalizedText> Texts)
{
    public const string English = "en";

    public static readonly TextByLanguage None = new(EquatableArray<LocalizedText>.Empty);

    public static TextByLanguage From(IEnumerable<LocalizedText> texts)
        => new(texts
            .GroupBy(text => text.Language, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.Last())
            .OrderBy(text => text.Language, StringComparer.Ordinal)
            .ToEquatableArray());

    /// <summary>The text in exactly this language, or null.</summary>
    public string? Find(string language)
    {
        foreach (var text in Texts)
        {
            if (string.Equals(text.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return text.Text;
            }
        }

        return null;
    }

    /// <summary>The text in this language, falling back to English, then to the empty string.</summary>
    public string GetOrEnglish(string language) => Find(language) ?? Find(English) ?? string.Empty;

    /// <summary>These texts with <paramref name="overrides"/> replacing the languages they give.</summary>
    public TextByLanguage OverriddenBy(TextByLanguage overrides)
        => overrides.Texts.IsEmpty ? this : From(Texts.Concat(overrides.Texts));
}
