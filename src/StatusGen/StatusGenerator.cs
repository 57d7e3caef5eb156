using System.IO;
using System.Linq;
using System.Text;
using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using StatusGen.Configuration;
using StatusGen.Diagnostics;
using StatusGen.Emit;
using StatusGen.Hosting;
using StatusGen.Model;
using StatusGen.Primitives;
using StatusGen.Spec;
using StatusGen.Validation;

namespace StatusGen;

/// <summary>
/// Turns the HTTP status code catalog — the embedded standard one, extended by the project's
/// <c>status-codes.yaml</c> files — into <c>HttpStatusCodes</c>, <c>StatusGroup</c>, <c>HttpStatus</c>,
/// <c>StatusResult&lt;T&gt;</c> and <c>StatusProblem</c>, and where the project can use them, System.Text.Json converters,
/// HttpClient extensions and the ASP.NET Core <c>IResult</c> implementation of <c>StatusResult&lt;T&gt;</c>.
/// This file only wires the stages: read (<see cref="SpecParser"/>), merge and validate
/// (<see cref="CatalogBuilder"/>), emit (<c>Emit/</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatusGenerator : IIncrementalGenerator
{
    /// <summary>The C# version the generated code needs.</summary>
    private const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

    /// <summary>
    /// Runs before the host creates the generator, so before any YamlDotNet type is needed: in a .NET Framework
    /// host, make sure our YamlDotNet is the one we get (see <see cref="YamlDotNetResolver"/>).
    /// </summary>
    static StatusGenerator() => YamlDotNetResolver.EnsureRegistered();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Where(static text => IsSpecFile(text.Path))
            .Select(static (text, cancellationToken) => SpecFileText.From(text.Path, text.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.SpecFiles);

        var parsed = specs
            .Select(static (file, cancellationToken) => SpecParser.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var languageVersionSupported = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp
                ? new LanguageVersionCheck(csharp.LanguageVersion >= MinimumLanguageVersion, csharp.LanguageVersion.ToDisplayString())
                : new LanguageVersionCheck(true, string.Empty))
            .WithTrackingName(TrackingNames.LanguageVersion);

        var validated = parsed
            .Collect()
            .Select(static (documents, cancellationToken) => CatalogBuilder.Build(StandardCatalog.Document, documents, cancellationToken))
            .WithTrackingName(TrackingNames.Validated);

        var diagnostics = validated
            .Combine(options)
            .Combine(languageVersionSupported)
            .Select(static (input, _) => CollectDiagnostics(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (production, all) =>
        {
            foreach (var diagnostic in all)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // The emitters see only the position-free catalog and the options: moving text around in a spec file
        // changes the diagnostics' positions but not this model, so no source is regenerated.
        var model = validated
            .Combine(options)
            .Combine(languageVersionSupported)
            .Select(static (input, _) => input.Right.IsSupported
                ? new GenerationModel(input.Left.Left.Catalog, input.Left.Right.Options)
                : null)
            .WithTrackingName(TrackingNames.GenerationModel);

        context.RegisterSourceOutput(model, static (production, generation) =>
        {
            if (generation is null)
            {
                return;
            }

            production.AddSource(StatusGroupEmitter.HintName, ToSource(StatusGroupEmitter.Emit(generation)));
            production.AddSource(HttpStatusCodesEmitter.HintName, ToSource(HttpStatusCodesEmitter.Emit(generation)));
            production.AddSource(HttpStatusEmitter.HintName, ToSource(HttpStatusEmitter.Emit(generation)));
            production.AddSource(StatusProblemEmitter.HintName, ToSource(StatusProblemEmitter.Emit(generation)));
        });

        // What the project can use besides the base class library: System.Text.Json, HttpClient, ASP.NET Core. Reduced
        // to booleans at once, like the polyfill check below. StatusResult<T> is emitted here because it is declared
        // partial only when an interop part (IResult) is added to it.
        var interopCapabilities = context.CompilationProvider
            .Select(static (compilation, _) => InteropDetection.Detect(compilation))
            .WithTrackingName(TrackingNames.InteropCapabilities);

        var interopModel = model
            .Combine(interopCapabilities)
            .Select(static (input, _) => input.Left is null ? null : new InteropModel(input.Left, input.Right))
            .WithTrackingName(TrackingNames.InteropModel);

        context.RegisterSourceOutput(interopModel, static (production, interop) =>
        {
            if (interop is null)
            {
                return;
            }

            production.AddSource(StatusResultEmitter.HintName, ToSource(StatusResultEmitter.Emit(interop.Generation, interop.Capabilities.ExtendsStatusResult)));
            var capabilities = interop.Capabilities;
            if (capabilities.Json)
            {
                production.AddSource(HttpStatusJsonEmitter.HintName, ToSource(HttpStatusJsonEmitter.Emit(interop.Generation)));
                production.AddSource(StatusProblemJsonEmitter.HintName, ToSource(StatusProblemJsonEmitter.Emit(interop.Generation)));
            }

            if (capabilities.HttpClient)
            {
                production.AddSource(StatusResultExceptionEmitter.HintName, ToSource(StatusResultExceptionEmitter.Emit(interop.Generation)));
                production.AddSource(HttpClientEmitter.HintName, ToSource(HttpClientEmitter.Emit(interop)));
            }

            if (capabilities.AspNetCore)
            {
                production.AddSource(AspNetCoreEmitter.HintName, ToSource(AspNetCoreEmitter.Emit(interop)));
            }
        });

        // StatusResult<T>.TryGetValue needs [MaybeNullWhen]; netstandard2.0 lacks it. The compilation changes with
        // every edit, so it is reduced to a bool at once: the polyfill is regenerated only when the answer changes.
        var needsMaybeNullWhen = context.CompilationProvider
            .Select(static (compilation, _) => !AttributeAvailability.HasAccessibleType(compilation, MaybeNullWhenAttributeEmitter.MetadataName))
            .WithTrackingName(TrackingNames.NeedsMaybeNullWhen);

        var generatesCode = model
            .Select(static (generation, _) => generation is not null)
            .WithTrackingName(TrackingNames.GeneratesCode);

        context.RegisterSourceOutput(generatesCode.Combine(needsMaybeNullWhen), static (production, input) =>
        {
            if (input.Left && input.Right)
            {
                production.AddSource(MaybeNullWhenAttributeEmitter.HintName, ToSource(MaybeNullWhenAttributeEmitter.Emit()));
            }
        });
    }

    /// <summary><c>status-codes.yaml</c> or <c>*.status-codes.yaml</c>, in any folder, any letter case.</summary>
    internal static bool IsSpecFile(string path)
    {
        var fileName = Path.GetFileName(path);
        return fileName.Equals("status-codes.yaml", StringComparison.OrdinalIgnoreCase)
               || fileName.EndsWith(".status-codes.yaml", StringComparison.OrdinalIgnoreCase);
    }

    private static EquatableArray<DiagnosticInfo> CollectDiagnostics(ValidatedCatalog catalog, OptionsResult options, LanguageVersionCheck languageVersion)
    {
        var all = catalog.Diagnostics.Concat(options.Diagnostics);
        if (!languageVersion.IsSupported)
        {
            all = all.Append(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.LanguageVersionTooLow, languageVersion.Version));
        }

        return all.ToEquatableArray();
    }

    /// <summary>UTF-8 without a byte order mark, so the output bytes are the same wherever it is written.</summary>
    private static SourceText ToSource(string text) => SourceText.From(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Whether the project's C# version can compile the generated code.</summary>
    private sealed record LanguageVersionCheck(bool IsSupported, string Version);
}
