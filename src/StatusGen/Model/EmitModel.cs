namespace StatusGen.Model;

/// <summary>
/// What every emitter gets, one signature for all: the catalog and options, what the consuming compilation can use,
/// whether it lacks <c>[MaybeNullWhen]</c>, and whether generated hierarchies can be declared <c>closed</c>. Each part
/// is reduced to plain values first, so an edit that changes none of them regenerates nothing.
/// </summary>
internal sealed record EmitModel(GenerationModel Generation, InteropCapabilities Capabilities, bool NeedsMaybeNullWhen, ClosedSupport? Closed = null)
{
    public StatusCatalog Catalog => Generation.Catalog;

    public GeneratorOptions Options => Generation.Options;

    /// <summary>Whether <c>StatusResult&lt;T&gt;</c> (and the endpoint unions) are declared <c>closed</c>.</summary>
    public bool UsesClosed => Closed?.UsesClosed == true;

    /// <summary>Whether <c>IsClosedTypeAttribute</c> must be generated for them.</summary>
    public bool NeedsIsClosedTypeAttribute => Closed?.NeedsIsClosedTypeAttribute == true;
}
