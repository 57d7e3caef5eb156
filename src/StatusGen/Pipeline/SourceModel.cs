using StatusGen.Model;

namespace StatusGen.Pipeline;

/// <summary>
/// Everything the generated sources depend on: the catalog and options, what the compilation can use, and whether it
/// lacks <c>[MaybeNullWhen]</c>. Each part is reduced to plain values first, so an edit that changes none of them
/// regenerates nothing.
/// </summary>
internal sealed record SourceModel(InteropModel Interop, bool NeedsMaybeNullWhen)
{
    public GenerationModel Generation => Interop.Generation;

    public InteropCapabilities Capabilities => Interop.Capabilities;
}
