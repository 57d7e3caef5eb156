using System.Collections.Generic;

namespace StatusGen.Spec.Tests;

/// <summary>One item of the catalog's <c>codes:</c> list.</summary>
/// <param name="Registration">temporary, deprecated, obsoleted or unused; null means plainly registered.</param>
/// <param name="Line">The 1-based line of the entry in the YAML file, for messages.</param>
/// <param name="Aliases">The <c>aliases:</c> map in file order: each alias with its source.</param>
internal sealed record CatalogEntry(
    int Code,
    string? Name,
    string? Registration,
    LocalizedText Title,
    LocalizedText Description,
    CatalogReference? Reference,
    IReadOnlyList<string> Flags,
    long Line,
    IReadOnlyList<(string Text, string Source)> Aliases);
