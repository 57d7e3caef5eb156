namespace StatusGen;

/// <summary>Names of the pipeline steps, so tests can check each one is cached when it should be.</summary>
internal static class TrackingNames
{
    public const string SpecFiles = nameof(SpecFiles);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string Options = nameof(Options);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string Validated = nameof(Validated);
    public const string Diagnostics = nameof(Diagnostics);
    public const string GenerationModel = nameof(GenerationModel);
    public const string GeneratesCode = nameof(GeneratesCode);
    public const string NeedsMaybeNullWhen = nameof(NeedsMaybeNullWhen);
    public const string InteropCapabilities = nameof(InteropCapabilities);
    public const string InteropModel = nameof(InteropModel);
}
