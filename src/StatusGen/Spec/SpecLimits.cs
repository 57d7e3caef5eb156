namespace StatusGen.Spec;

/// <summary>
/// Bounds on what a spec file may contain. The compiler reads spec files on every keystroke in the IDE, so input
/// past these limits is reported (STG0019) rather than processed. Real catalogs are far below them: the standard
/// catalog is about 40,000 characters with 64 codes.
/// </summary>
internal static class SpecLimits
{
    /// <summary>Largest spec file, in characters.</summary>
    public const int MaxFileLength = 2_000_000;

    /// <summary>Deepest nesting of mappings and sequences (the format itself needs 4).</summary>
    public const int MaxDepth = 32;

    /// <summary>Longest single text value, in characters.</summary>
    public const int MaxScalarLength = 10_000;

    /// <summary>Most entries under <c>codes:</c> in one file (there are only 500 possible codes).</summary>
    public const int MaxCodesPerFile = 1_000;

    /// <summary>Most flags in a catalog: each is a bit in a 64-bit mask.</summary>
    public const int MaxFlags = 64;
}
