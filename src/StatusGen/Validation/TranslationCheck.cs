using System.Collections.Generic;
using System.Linq;
using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Validation;

/// <summary>
/// Missing translations, judged against the languages the project asks for in <c>StatusGenDocLanguages</c> and no
/// others: a project with <c>en</c> hears nothing about Korean, one with <c>ko;en;ja</c> hears about Japanese too.
/// English is the language every other falls back to (a new code must have an English title, STG0010), so it is not
/// checked here. A requested language that no text of the catalog is in gets one STG0060 naming the languages the
/// catalog has, instead of a warning for every code. Languages match as everywhere else (<see cref="LanguageTags.Serves"/>):
/// <c>ko</c> texts serve a request for <c>ko-KR</c>.
/// </summary>
internal static class TranslationCheck
{
    public static EquatableArray<DiagnosticInfo> Report(ValidatedCatalog validated, GeneratorOptions options)
    {
        var diagnostics = new DiagnosticList();
        var available = validated.Catalog.Languages;
        foreach (var language in options.DocLanguages)
        {
            if (LanguageTags.Serves(TextByLanguage.English, language))
            {
                continue;
            }

            if (!ServedBy(available, language))
            {
                diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.DocLanguageWithoutTexts, language, string.Join(", ", available)));
                continue;
            }

            foreach (var code in validated.NewCodes)
            {
                if (!ServedBy(code.TitleLanguages, language))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTranslation, code.Path, code.EntrySpan, code.Code, "title", language));
                }

                // A code without any description has nothing to translate.
                if (ServedBy(code.DescriptionLanguages, TextByLanguage.English) && !ServedBy(code.DescriptionLanguages, language))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTranslation, code.Path, code.EntrySpan, code.Code, "description", language));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static bool ServedBy(IEnumerable<string> available, string requested)
        => available.Any(language => LanguageTags.Serves(language, requested));
}
