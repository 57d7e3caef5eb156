
namespace StatusGen.Model;

/// <summary>
/// What the emitters of <c>StatusResult&lt;T&gt;</c> and of the interop files need: the catalog and options, and what
/// the consuming compilation can use. Value-equal, so a new compilation with the same references and catalog
/// regenerates nothing.
/// </summary>
internal sealed record InteropModel(GenerationModel Generation, InteropCapabilities Capabilities);
