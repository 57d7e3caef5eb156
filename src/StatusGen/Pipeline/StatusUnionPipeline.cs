using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Configuration;
using StatusGen.Emit;
using StatusGen.Model;

namespace StatusGen.Pipeline;

/// <summary>
/// The endpoint unions: each <c>[StatusUnion]</c> class is read into a value at once (one step per class, so editing one
/// attribute regenerates only that union), combined with the shared catalog (<see cref="CatalogPipeline.Build"/>'s
/// result, never YAML read again), checked, and emitted to a file of its own. Whether hierarchies can be
/// <c>closed</c> is asked of the compiler once per change of the parse options (<see cref="ClosedModifierProbe"/>).
/// </summary>
internal static class StatusUnionPipeline
{
    /// <summary>Whether generated hierarchies are declared <c>closed</c>, and whether the attribute it needs must be generated.</summary>
    public static IncrementalValueProvider<ClosedSupport> Closed(IncrementalGeneratorInitializationContext context)
    {
        var language = context.ParseOptionsProvider
            .Select(static (options, _) => ClosedModifierProbe.Supports(options))
            .WithTrackingName(TrackingNames.ClosedModifier);
        var attributes = context.CompilationProvider
            .Select(static (compilation, _) => (
                CompilerFeatureRequired: AttributeAvailability.HasAccessibleType(compilation, IsClosedTypeAttributeEmitter.CompilerFeatureRequiredMetadataName),
                IsClosedType: AttributeAvailability.HasAccessibleType(compilation, IsClosedTypeAttributeEmitter.MetadataName)))
            .WithTrackingName(TrackingNames.ClosedAttributes);
        return language
            .Combine(attributes)
            .Select(static (input, _) => new ClosedSupport(input.Left, input.Right.CompilerFeatureRequired, input.Right.IsClosedType))
            .WithTrackingName(TrackingNames.ClosedSupport);
    }

    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<CatalogResult> catalog,
        IncrementalValueProvider<InteropCapabilities> capabilities,
        IncrementalValueProvider<ClosedSupport> closed)
    {
        var declarations = context.SyntaxProvider
            .CreateSyntaxProvider(StatusUnionReader.IsCandidate, StatusUnionReader.Read)
            .Where(static declaration => declaration is not null)
            .Select(static (declaration, _) => declaration!)
            .WithTrackingName(TrackingNames.UnionDeclarations);

        var notNullWhen = context.CompilationProvider
            .Select(static (compilation, _) => AttributeAvailability.HasAccessibleType(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"))
            .WithTrackingName(TrackingNames.UnionNotNullWhen);

        var settings = catalog
            .Combine(capabilities)
            .Combine(closed)
            .Combine(notNullWhen)
            .Select(static (input, _) => input.Left.Left.Left.Generation is { } generation
                ? new StatusUnionSettings(generation, input.Left.Left.Right, input.Left.Right, input.Right)
                : null)
            .WithTrackingName(TrackingNames.UnionSettings);

        var unions = declarations
            .Combine(settings)
            .Select(static (input, cancellationToken) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return StatusUnionBuilder.Build(input.Left, input.Right);
            })
            .WithTrackingName(TrackingNames.Unions);

        // Sources from the position-free model only: moving a union within its file regenerates nothing.
        var models = unions
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.UnionModels);
        context.RegisterSourceOutput(models, static (production, model) =>
        {
            if (model is not null)
            {
                production.AddSource(
                    StatusUnionEmitter.HintName(model.Union),
                    SourceText.From(StatusUnionEmitter.Emit(model), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
            }
        });

        // Diagnostics point into C# files: their locations are rebuilt on the compilation's trees, so #pragma and
        // .editorconfig apply. Only unions with something to report meet the compilation, so an edit elsewhere re-reports
        // (and reruns) nothing for the others. The diagnostics are tracked as part of Unions' values: a named projection
        // of them here was never among the driver's tracked steps in the incrementality tests.
        var diagnostics = unions
            .Where(static result => !result.Diagnostics.IsEmpty)
            .Combine(context.CompilationProvider);
        context.RegisterSourceOutput(diagnostics, static (production, input) =>
        {
            foreach (var diagnostic in input.Left.Diagnostics)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic(input.Right));
            }
        });
    }
}
