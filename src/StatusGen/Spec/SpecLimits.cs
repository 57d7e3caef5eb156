using System.Globalization;

namespace StatusGen.Spec;

/// <summary>
/// Bounds on what a spec file may contain. The compiler reads spec files on every keystroke in the IDE, so input
/// past these limits is reported (STG0019, STG0042-STG0047) rather than processed, and every stage stays linear in
/// the file's size. Real catalogs are far below them: the standard catalog is about 40,000 characters with 64 codes,
/// 8 flags and 2 languages. spec/README.md ("Limits") documents each, with what happens past it.
/// </summary>
internal static class SpecLimits
{
    /// <summary>
    /// Largest spec file, in characters. Such a file parses in about a second; a larger one is not read at all
    /// (its text is not even copied out of the compiler's buffer).
    /// </summary>
    public const int MaxFileLength = 2_000_000;

    /// <summary>
    /// Deepest nesting of mappings and sequences (the format itself needs 4). Past it the file is ignored: YamlDotNet's
    /// scanner does work proportional to the nesting depth for every token, so deep flow nesting (<c>[[[[...</c>)
    /// would take quadratic time if it were read to its end.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>Longest single text value, in characters; a longer one is cut to this length.</summary>
    public const int MaxScalarLength = 10_000;

    /// <summary>Most entries under <c>codes:</c> in one file (there are only 500 possible codes).</summary>
    public const int MaxCodesPerFile = 1_000;

    /// <summary>Most flags in a catalog: each is a bit in a 64-bit mask. Also the longest <c>flags</c> list of an entry.</summary>
    public const int MaxFlags = 64;

    /// <summary>
    /// Most languages in the catalog, English included. The generated text tables hold one slot per code and
    /// language, so each language adds 500 slots whether or not it has texts.
    /// </summary>
    public const int MaxLanguages = 64;

    /// <summary>Most aliases of one code in one entry (TryParse compares every alias it does not index).</summary>
    public const int MaxAliases = 64;

    /// <summary>Most diagnostics reported for one file (kept by the diagnostics layer, named here with the other limits).</summary>
    public const int MaxDiagnosticsPerFile = Diagnostics.DiagnosticList.MaxPerFile;

    /// <summary>A limit as diagnostics show it: "1,000".</summary>
    public static string Text(int limit) => limit.ToString("N0", CultureInfo.InvariantCulture);
}
