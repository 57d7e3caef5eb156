namespace StatusGen.Spec.Tests;

/// <summary>A text in the catalog's two languages; either may be missing in a broken catalog.</summary>
internal sealed record LocalizedText(string? En, string? Ko)
{
    public static readonly LocalizedText Missing = new(null, null);
}
