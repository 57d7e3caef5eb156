using Microsoft.CodeAnalysis;
using StatusGen.Configuration;
using StatusGen.Emit;
using StatusGen.Hosting;
using StatusGen.Model;
using StatusGen.Pipeline;

namespace StatusGen;

/// <summary>
/// Turns the HTTP status code catalog — the embedded standard one, extended by the project's
/// <c>status-codes.yaml</c> files — into <c>HttpStatusCodes</c>, <c>StatusGroup</c>, <c>HttpStatus</c>,
/// <c>StatusResult&lt;T&gt;</c> and <c>StatusProblem</c>, and where the project can use them, System.Text.Json converters,
/// HttpClient extensions and the ASP.NET Core <c>IResult</c> implementation of <c>StatusResult&lt;T&gt;</c>.
/// This file only wires stages: the shared catalog (<see cref="CatalogPipeline"/>), what the compilation can use,
/// and the outputs (<see cref="GeneratedSources"/>, <see cref="StatusUnionPipeline"/>). docs/architecture.md describes the layers.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatusGenerator : IIncrementalGenerator
{
    /// <summary>
    /// Runs before the host creates the generator, so before any YamlDotNet type is needed: in a .NET Framework
    /// host, make sure our YamlDotNet is the one we get (see <see cref="YamlDotNetResolver"/>).
    /// </summary>
    static StatusGenerator() => YamlDotNetResolver.EnsureRegistered();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalog = CatalogPipeline.Build(context);

        var diagnostics = catalog
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (production, all) =>
        {
            foreach (var diagnostic in all)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // The emitters see only the position-free catalog and the options: moving text around in a spec file changes
        // the diagnostics' positions but not this model, so no source is regenerated.
        var generation = catalog
            .Select(static (result, _) => result.Generation)
            .WithTrackingName(TrackingNames.GenerationModel);

        // The compilation changes with every edit, so what the generated code depends on is reduced to booleans at
        // once: sources are regenerated only when an answer changes.
        var capabilities = context.CompilationProvider
            .Select(static (compilation, _) => InteropDetection.Detect(compilation))
            .WithTrackingName(TrackingNames.InteropCapabilities);
        var needsMaybeNullWhen = context.CompilationProvider
            .Select(static (compilation, _) => !AttributeAvailability.HasAccessibleType(compilation, MaybeNullWhenAttributeEmitter.MetadataName))
            .WithTrackingName(TrackingNames.NeedsMaybeNullWhen);

        var closed = StatusUnionPipeline.Closed(context);

        var sources = generation
            .Combine(capabilities)
            .Combine(needsMaybeNullWhen)
            .Combine(closed)
            .Select(static (input, _) => input.Left.Left.Left is { } model
                ? new EmitModel(model, input.Left.Left.Right, input.Left.Right, input.Right)
                : null)
            .WithTrackingName(TrackingNames.SourceModel);
        context.RegisterSourceOutput(sources, GeneratedSources.AddTo);

        // Endpoint unions: one generated part per [StatusUnion] class, over the same catalog.
        StatusUnionPipeline.Register(context, catalog, capabilities, closed);
    }
}
