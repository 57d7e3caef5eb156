using StatusGen.Primitives;

namespace StatusGen.Model;

/// <summary>
/// The merged, validated catalog that the emitters turn into code. It holds no positions, so an edit that only
/// moves text around in a spec file (a comment, blank lines) produces an equal catalog and no new output.
/// </summary>
/// <param name="Groups">The five status groups, in group order.</param>
/// <param name="Flags">Every flag, standard ones first; a flag's index is its bit in the generated flag mask.</param>
/// <param name="Codes">Every status code, in ascending code order.</param>
/// <param name="Languages">Every language that some text is written in: English first, then ordinal order.</param>
internal sealed record StatusCatalog(
    EquatableArray<GroupInfo> Groups,
    EquatableArray<FlagInfo> Flags,
    EquatableArray<StatusCodeInfo> Codes,
    EquatableArray<string> Languages);

/// <summary>A status group (1xx…5xx) with its texts.</summary>
internal sealed record GroupInfo(StatusGroupKind Kind, TextByLanguage Title, TextByLanguage Description);

/// <summary>A flag a status code may carry.</summary>
/// <param name="Name">The kebab-case name used in YAML and by <c>HttpStatus.HasFlag</c>.</param>
/// <param name="PropertyName">The bool property on <c>HttpStatus</c> that tests it.</param>
/// <param name="IsStandard">One of the thirteen flags the standard catalog defines (their properties are fixed).</param>
/// <param name="IsNegated">The property is true when the flag is absent (<c>no-body</c> → <c>AllowsContent</c>).</param>
internal sealed record FlagInfo(
    string Name,
    string PropertyName,
    bool IsStandard,
    bool IsNegated,
    TextByLanguage Title,
    TextByLanguage Description,
    string? Source);

/// <summary>Where a status code is defined.</summary>
internal sealed record ReferenceInfo(string? Document, string? Section, string? Url);

/// <summary>Another text <c>HttpStatus.TryParse</c> accepts for a code: a former reason phrase or a .NET name.</summary>
/// <param name="Source">Where the text comes from (<c>RFC 7231 §6.5.11</c>, <c>System.Net.HttpStatusCode</c>).</param>
internal sealed record AliasInfo(string Text, string Source);

/// <summary>One status code of the catalog.</summary>
/// <param name="Aliases">Texts TryParse accepts besides the name and English title, unique across the catalog
/// (ignoring case), in the order they were written.</param>
internal sealed record StatusCodeInfo(
    int Code,
    string Name,
    Registration Registration,
    TextByLanguage Title,
    TextByLanguage Description,
    ReferenceInfo? Reference,
    EquatableArray<string> Flags,
    EquatableArray<AliasInfo> Aliases = default)
{
    public StatusGroupKind Group => (StatusGroupKind)(Code / 100);

    public bool HasFlag(string flag)
    {
        foreach (var candidate in Flags)
        {
            if (candidate == flag)
            {
                return true;
            }
        }

        return false;
    }
}
