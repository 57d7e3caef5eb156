namespace StatusGen.Pipeline;

/// <summary>
/// The name of every pipeline step, so tests check each one is cached when it should be. Every step the generator
/// builds carries one of these; the incrementality tests enumerate this class, so a new step is covered once named.
/// </summary>
internal static class TrackingNames
{
    // The shared catalog pipeline (CatalogPipeline): every other pipeline combines with its result.
    public const string SpecFiles = nameof(SpecFiles);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string Validated = nameof(Validated);
    public const string Options = nameof(Options);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string Catalog = nameof(Catalog);

    // The catalog's outputs (StatusGenerator): diagnostics and the generated sources.
    public const string Diagnostics = nameof(Diagnostics);
    public const string GenerationModel = nameof(GenerationModel);
    public const string InteropCapabilities = nameof(InteropCapabilities);
    public const string NeedsMaybeNullWhen = nameof(NeedsMaybeNullWhen);
    public const string SourceModel = nameof(SourceModel);

    // Closed hierarchies (StatusUnionPipeline.Closed): the compiler's answer, the attributes the compilation has.
    public const string ClosedModifier = nameof(ClosedModifier);
    public const string ClosedAttributes = nameof(ClosedAttributes);
    public const string ClosedSupport = nameof(ClosedSupport);

    // Endpoint unions (StatusUnionPipeline.Register): one value per [StatusUnion] class from UnionDeclarations on.
    public const string UnionDeclarations = nameof(UnionDeclarations);
    public const string UnionNotNullWhen = nameof(UnionNotNullWhen);
    public const string UnionSettings = nameof(UnionSettings);
    public const string Unions = nameof(Unions);
    public const string UnionModels = nameof(UnionModels);
}
