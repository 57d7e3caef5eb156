using System.Collections.Generic;
using System.Globalization;
using StatusGen.Primitives;

namespace StatusGen.Emit.Docs;

/// <summary>
/// One sentence (or label) that the generator itself writes into XML docs, in every language of
/// <see cref="Languages"/>: a row of the <see cref="DocTexts"/> table. Texts are XML doc content (they may hold
/// <c>&lt;see cref="..."/&gt;</c>); <c>{0}</c>, <c>{1}</c>, ... are filled by <see cref="Format"/>.
/// </summary>
internal sealed class DocText
{
    /// <summary>
    /// The table's columns: the languages the generator's own sentences are written in. English comes first and is
    /// the fallback. Adding a language is adding its tag here and one argument to every row of <see cref="DocTexts"/>.
    /// </summary>
    public static readonly IReadOnlyList<string> Languages = new[] { "en", "ko" };

    private readonly string[] _texts;

    public DocText(string en, string ko)
    {
        _texts = new[] { en, ko };
    }

    private DocText(string[] texts)
    {
        _texts = texts;
    }

    /// <summary>The English text, shown when no configured language has a column.</summary>
    public string English => _texts[0];

    /// <summary>The text for a reader of <paramref name="language"/> (<see cref="LanguageTags.Serves"/>), or null.</summary>
    public string? In(string language)
    {
        var column = LanguageTags.BestMatch(Languages, language);
        return column < 0 ? null : _texts[column];
    }

    /// <summary>The text in <paramref name="language"/>, else English.</summary>
    public string InOrEnglish(string language) => In(language) ?? English;

    /// <summary>This row with its placeholders filled in every language (the arguments are XML doc content too).</summary>
    public DocText Format(params string[] arguments)
    {
        var texts = new string[_texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = string.Format(CultureInfo.InvariantCulture, _texts[i], arguments);
        }

        return new DocText(texts);
    }
}
