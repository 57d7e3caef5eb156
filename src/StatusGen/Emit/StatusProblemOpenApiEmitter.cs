using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits the shape OpenAPI documents show for <c>StatusProblem</c>. <c>StatusProblem</c> is read and written by its own
/// JSON converter, and a type with a custom converter is the open schema <c>{}</c> to a JSON schema exporter
/// (Microsoft.AspNetCore.OpenApi's included): client generators cannot type it. So the error responses that
/// <c>StatusResult&lt;T&gt;</c> and the endpoint unions advertise name this plain class instead, whose name is also
/// <c>StatusProblem</c> (the schema's id) and whose members are RFC 9457's: <c>type</c>, <c>title</c>, <c>status</c>,
/// <c>detail</c>, <c>instance</c>, extension members allowed. Nothing creates it: it is a description only.
/// </summary>
internal static class StatusProblemOpenApiEmitter
{
    public const string HintName = "StatusProblem.OpenApi.g.cs";

    public const string HolderName = "StatusProblemOpenApi";

    /// <summary>The type the advertised error responses name, from any namespace.</summary>
    public static string TypeName(GeneratorOptions options) => "global::" + options.Namespace + "." + HolderName + ".StatusProblem";

    public static string Emit(EmitModel model)
    {
        var writer = GeneratedFile.Start(model.Options.Namespace);
        writer.Line($$"""
            /// <summary>Holds the OpenAPI description of <see cref="StatusProblem"/>; no public API.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            internal static class {{HolderName}}
            {
                /// <summary>
                /// RFC 9457 problem details as OpenAPI documents describe <see cref="global::{{model.Options.Namespace}}.StatusProblem"/>, which is written by
                /// its own converter: the advertised error responses name this type so that the schema lists the members.
                /// </summary>
                internal sealed class StatusProblem
                {
                    /// <summary>A URI reference that identifies the problem type; <c>about:blank</c> by default.</summary>
                    [global::System.Text.Json.Serialization.JsonPropertyName("type")]
                    public string Type { get; set; } = "about:blank";

                    /// <summary>A short, human-readable summary of the problem type.</summary>
                    [global::System.Text.Json.Serialization.JsonPropertyName("title")]
                    public string? Title { get; set; }

                    /// <summary>The HTTP status code.</summary>
                    [global::System.Text.Json.Serialization.JsonPropertyName("status")]
                    public int Status { get; set; }

                    /// <summary>A human-readable explanation specific to this occurrence.</summary>
                    [global::System.Text.Json.Serialization.JsonPropertyName("detail")]
                    public string? Detail { get; set; }

                    /// <summary>A URI reference that identifies this occurrence.</summary>
                    [global::System.Text.Json.Serialization.JsonPropertyName("instance")]
                    public string? Instance { get; set; }

                    /// <summary>Extension members (RFC 9457 §3.2).</summary>
                    [global::System.Text.Json.Serialization.JsonExtensionData]
                    public global::System.Collections.Generic.IDictionary<string, object?>? Extensions { get; set; }
                }
            }
            """);
        return GeneratedFile.Finish(writer);
    }
}
