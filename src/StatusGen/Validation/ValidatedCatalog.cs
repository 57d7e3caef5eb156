using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Validation;

/// <summary>
/// The outcome of merging and validating: the catalog to emit, what was wrong on the way, and the languages each new
/// code has texts in (with where its entry stands), from which <see cref="TranslationCheck"/> reports the translations
/// missing in the languages the project asks for. Validation does not see the options, so changing them does not
/// validate again, and the catalog the emitters read stays free of positions.
/// </summary>
internal sealed record ValidatedCatalog(StatusCatalog Catalog, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<NewCodeTexts> NewCodes);

/// <summary>A code a user's spec file adds, where its entry stands, and the languages of its title and description.</summary>
internal sealed record NewCodeTexts(
    string Path,
    SourceSpan EntrySpan,
    string Code,
    EquatableArray<string> TitleLanguages,
    EquatableArray<string> DescriptionLanguages);
