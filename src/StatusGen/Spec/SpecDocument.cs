using StatusGen.Diagnostics;
using StatusGen.Primitives;

namespace StatusGen.Spec;

/// <summary>
/// One spec file as written: every value with its position, nothing merged or checked against other files yet.
/// Absent fields are null or empty, because a user's entry for a standard code gives only what it overrides.
/// </summary>
internal sealed record SpecDocument(
    string Path,
    Located<string>? Extends,
    EquatableArray<GroupSpec> Groups,
    EquatableArray<FlagSpec> Flags,
    EquatableArray<CodeSpec> Codes,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Whether the file names its <c>extends</c> and it is <c>none</c>.</summary>
    public bool ExtendsNone => Extends is { Value: SpecKeywords.ExtendsNone };
}

/// <summary>A text in one language, with where it stood.</summary>
internal sealed record LocatedText(string Language, string Text, SourceSpan Span);

/// <summary>Texts of a group under <c>groups:</c>.</summary>
internal sealed record GroupSpec(
    Located<string> Key,
    StatusGroupKind Kind,
    EquatableArray<LocatedText> Title,
    EquatableArray<LocatedText> Description);

/// <summary>A flag declared under <c>flags:</c>.</summary>
internal sealed record FlagSpec(
    Located<string> Name,
    Located<string>? Property,
    EquatableArray<LocatedText> Title,
    EquatableArray<LocatedText> Description,
    string? Source);

/// <summary>A <c>reference:</c> of a code entry.</summary>
internal sealed record ReferenceSpec(string? Document, string? Section, Located<string>? Url);

/// <summary>
/// One entry of a code's <c>aliases:</c> map: another name <c>HttpStatus.TryParse</c> accepts for the code (a former
/// reason phrase, a .NET name), with where it comes from.
/// </summary>
internal sealed record AliasSpec(Located<string> Text, string Source);

/// <summary>An entry under <c>codes:</c>.</summary>
/// <param name="EntrySpan">Where the entry starts: diagnostics about the entry as a whole point here.</param>
/// <param name="Code">The code; null when it is missing or was not a usable code (already reported): such an entry is
/// not placed in the catalog, but its other fields are still checked, so one mistake does not hide another.</param>
/// <param name="HasTitleError">Whether <c>title</c> was given but not readable (already reported), so that its
/// missing English text is not reported a second time.</param>
/// <param name="Aliases">The entry's aliases as written, in file order; those that could never be parsed were
/// reported and left out.</param>
internal sealed record CodeSpec(
    SourceSpan EntrySpan,
    Located<int>? Code,
    Located<string>? Name,
    Located<string>? Group,
    Located<Registration>? Registration,
    EquatableArray<LocatedText> Title,
    EquatableArray<LocatedText> Description,
    ReferenceSpec? Reference,
    EquatableArray<Located<string>> Flags,
    EquatableArray<Located<string>> RemoveFlags,
    bool HasTitleError = false,
    EquatableArray<AliasSpec> Aliases = default);
