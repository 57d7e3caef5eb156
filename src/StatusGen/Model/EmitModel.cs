namespace StatusGen.Model;

/// <summary>
/// What every emitter gets, one signature for all: the catalog and options, what the consuming compilation can use,
/// and whether it lacks <c>[MaybeNullWhen]</c>. Each part is reduced to plain values first, so an edit that changes
/// none of them regenerates nothing.
/// </summary>
internal sealed record EmitModel(GenerationModel Generation, InteropCapabilities Capabilities, bool NeedsMaybeNullWhen)
{
    public StatusCatalog Catalog => Generation.Catalog;

    public GeneratorOptions Options => Generation.Options;
}
