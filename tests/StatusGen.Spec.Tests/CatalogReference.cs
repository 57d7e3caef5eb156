namespace StatusGen.Spec.Tests;

/// <summary>The document that defines a status code, e.g. RFC 9110 section 15.5.5.</summary>
internal sealed record CatalogReference(string? Document, string? Section, string? Url);
