namespace StatusGen.Spec.Tests;

/// <summary>An entry of the catalog's <c>groups:</c> or <c>flags:</c> map (groups have no source).</summary>
internal sealed record CatalogDefinition(string Key, LocalizedText Title, LocalizedText Description, string? Source);
