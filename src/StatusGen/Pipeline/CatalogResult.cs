using System.Linq;
using StatusGen.Configuration;
using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;
using StatusGen.Validation;

namespace StatusGen.Pipeline;

/// <summary>
/// What the catalog pipeline hands every other pipeline: the validated catalog, the settings, and whether the
/// project's C# version can compile generated code. Value-equal, so an edit that changes none of them reruns nothing.
/// </summary>
internal sealed record CatalogResult(ValidatedCatalog Validated, OptionsResult Options, LanguageVersionCheck LanguageVersion)
{
    /// <summary>What the emitters need, or null when the project's C# version is too old to compile it.</summary>
    public GenerationModel? Generation
        => LanguageVersion.IsSupported ? new GenerationModel(Validated.Catalog, Options.Options) : null;

    /// <summary>
    /// Everything to report: the spec files' problems, the translations missing in the languages the settings ask for,
    /// the settings' problems and the language version's.
    /// </summary>
    public EquatableArray<DiagnosticInfo> Diagnostics
    {
        get
        {
            var all = Validated.Diagnostics
                .Concat(TranslationCheck.Report(Validated, Options.Options))
                .Concat(Options.Diagnostics);
            if (!LanguageVersion.IsSupported)
            {
                all = all.Append(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.LanguageVersionTooLow, LanguageVersion.Version));
            }

            return all.ToEquatableArray();
        }
    }
}

/// <summary>Whether the project's C# version can compile the generated code, and the version as the project names it.</summary>
internal sealed record LanguageVersionCheck(bool IsSupported, string Version)
{
    public static readonly LanguageVersionCheck Supported = new(true, string.Empty);
}
