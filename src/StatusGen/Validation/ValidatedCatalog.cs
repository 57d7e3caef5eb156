using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Validation;

/// <summary>The outcome of merging and validating: the catalog to emit, and what was wrong on the way.</summary>
internal sealed record ValidatedCatalog(StatusCatalog Catalog, EquatableArray<DiagnosticInfo> Diagnostics);
