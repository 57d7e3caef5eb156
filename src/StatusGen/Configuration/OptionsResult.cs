using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Configuration;

/// <summary>The options to generate with, and the settings that had to be corrected to get them.</summary>
internal sealed record OptionsResult(GeneratorOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);
