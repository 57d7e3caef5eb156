using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Emit;
using StatusGen.Model;

namespace StatusGen.Pipeline;

/// <summary>
/// Every file the generator adds, in one list: its hint name, when the project gets it, and the emitter that writes
/// it. Adding an emitted type is adding a row here.
/// </summary>
internal static class GeneratedSources
{
    private static readonly GeneratedSource[] All =
    {
        new(StatusGroupEmitter.HintName, static _ => true, StatusGroupEmitter.Emit),
        new(HttpStatusCodesEmitter.HintName, static _ => true, HttpStatusCodesEmitter.Emit),
        new(HttpStatusEmitter.HintName, static _ => true, HttpStatusEmitter.Emit),
        new(StatusProblemEmitter.HintName, static _ => true, StatusProblemEmitter.Emit),
        // Declared partial only when an interop part (the IResult implementation) is added to it.
        new(StatusResultEmitter.HintName, static _ => true, StatusResultEmitter.Emit),
        // StatusResult<T>.TryGetValue needs [MaybeNullWhen]; netstandard2.0 lacks it.
        new(MaybeNullWhenAttributeEmitter.HintName, static model => model.NeedsMaybeNullWhen, MaybeNullWhenAttributeEmitter.Emit),
        new(HttpStatusJsonEmitter.HintName, static model => model.Capabilities.Json, HttpStatusJsonEmitter.Emit),
        new(StatusProblemJsonEmitter.HintName, static model => model.Capabilities.Json, StatusProblemJsonEmitter.Emit),
        new(StatusResultExceptionEmitter.HintName, static model => model.Capabilities.HttpClient, StatusResultExceptionEmitter.Emit),
        new(HttpClientEmitter.HintName, static model => model.Capabilities.HttpClient, HttpClientEmitter.Emit),
        new(AspNetCoreEmitter.HintName, static model => model.Capabilities.AspNetCore, AspNetCoreEmitter.Emit),
        // What OpenAPI shows for StatusProblem (its converter hides its members from schema exporters).
        new(StatusProblemOpenApiEmitter.HintName, static model => model.Capabilities.EndpointMetadata, StatusProblemOpenApiEmitter.Emit),
        // Endpoint unions: the attribute, and the closed-class attribute the compiler needs when it is not there.
        new(StatusUnionAttributeEmitter.HintName, static _ => true, StatusUnionAttributeEmitter.Emit),
        new(IsClosedTypeAttributeEmitter.HintName, static model => model.NeedsIsClosedTypeAttribute, IsClosedTypeAttributeEmitter.Emit),
    };

    /// <summary>Adds the files <paramref name="model"/> calls for; nothing when the project cannot compile them.</summary>
    public static void AddTo(SourceProductionContext production, EmitModel? model)
    {
        if (model is null)
        {
            return;
        }

        foreach (var source in All)
        {
            production.CancellationToken.ThrowIfCancellationRequested();
            if (source.IsIncluded(model))
            {
                production.AddSource(source.HintName, ToSourceText(source.Emit(model)));
            }
        }
    }

    /// <summary>UTF-8 without a byte order mark, so the output bytes are the same wherever it is written.</summary>
    private static SourceText ToSourceText(string text) => SourceText.From(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>One generated file: its hint name, whether a project gets it, and what writes it.</summary>
    private sealed record GeneratedSource(string HintName, Func<EmitModel, bool> IsIncluded, Func<EmitModel, string> Emit);
}
