using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Configuration;
using StatusGen.Spec;
using StatusGen.Validation;

namespace StatusGen.Pipeline;

/// <summary>
/// The one catalog pipeline: the project's spec files read and parsed (one step per file, so editing one file
/// re-parses only that file), merged over the embedded standard catalog and validated, together with the project's
/// settings. Every pipeline of the generator combines with <see cref="Build"/>'s result; none reads YAML itself.
/// </summary>
internal static class CatalogPipeline
{
    /// <summary>The C# version the generated code needs.</summary>
    private const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

    public static IncrementalValueProvider<CatalogResult> Build(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Where(static text => IsSpecFile(text.Path))
            .Select(static (text, cancellationToken) => SpecFileText.From(text.Path, text.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.SpecFiles)
            .Select(static (file, cancellationToken) => SpecParser.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        var validated = parsed
            .Collect()
            .Select(static (documents, cancellationToken) => CatalogBuilder.Build(StandardCatalog.Document, documents, cancellationToken))
            .WithTrackingName(TrackingNames.Validated);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var languageVersion = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp
                ? new LanguageVersionCheck(csharp.LanguageVersion >= MinimumLanguageVersion, csharp.LanguageVersion.ToDisplayString())
                : LanguageVersionCheck.Supported)
            .WithTrackingName(TrackingNames.LanguageVersion);

        return validated
            .Combine(options)
            .Combine(languageVersion)
            .Select(static (input, _) => new CatalogResult(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Catalog);
    }

    /// <summary><c>status-codes.yaml</c> or <c>*.status-codes.yaml</c>, in any folder, any letter case.</summary>
    internal static bool IsSpecFile(string path)
    {
        var fileName = Path.GetFileName(path);
        return fileName.Equals("status-codes.yaml", StringComparison.OrdinalIgnoreCase)
               || fileName.EndsWith(".status-codes.yaml", StringComparison.OrdinalIgnoreCase);
    }
}
