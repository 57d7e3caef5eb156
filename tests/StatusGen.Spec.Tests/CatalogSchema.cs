using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace StatusGen.Spec.Tests;

/// <summary>spec/status-codes.schema.json, as raw JSON (to inspect the schema itself) and as a compiled
/// JsonSchema.Net schema (to validate documents).</summary>
internal static class CatalogSchema
{
    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(RepoLayout.SchemaPath));

    // Built once: JsonSchema.Net registers a built schema under its $id, and one compiled schema serves every test.
    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.FromText(LazyText.Value));

    public static JsonNode Document =>
        JsonNode.Parse(LazyText.Value) ?? throw new InvalidDataException($"'{RepoLayout.SchemaPath}' is JSON null.");

    /// <summary>Validates a document; the verdict is <see cref="EvaluationResults.IsValid"/>.</summary>
    public static EvaluationResults Evaluate(JsonNode? instance) => Run(instance, OutputFormat.List);

    /// <summary>One line per failed check that made <paramref name="instance"/> invalid: where in the document,
    /// and what the schema said.</summary>
    /// <remarks>
    /// The list output also holds the failed alternatives of an anyOf that passed as a whole (every registration
    /// value fails four of its five consts), which would bury the real errors; the hierarchical output shows
    /// which branches actually decided the verdict, so only invalid branches are followed.
    /// </remarks>
    public static string DescribeErrors(JsonNode? instance) =>
        string.Join(Environment.NewLine, FailedChecks(Run(instance, OutputFormat.Hierarchical), instance));

    private static EvaluationResults Run(JsonNode? instance, OutputFormat format)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        return LazySchema.Value.Evaluate(
            document.RootElement,
            // format (e.g. "uri") asserts here instead of only annotating, so a malformed url is an error too.
            new EvaluationOptions { OutputFormat = format, RequireFormatValidation = true });
    }

    private static IEnumerable<string> FailedChecks(EvaluationResults node, JsonNode? instance) =>
        node.IsValid
            ? []
            : (node.Errors ?? new Dictionary<string, string>())
                .Select(error =>
                    $"  at '{node.InstanceLocation}'{CodeAt(node.InstanceLocation.ToString(), instance)} " +
                    $"(schema {node.EvaluationPath}{(error.Key.Length > 0 ? ", " + error.Key : "")}): {error.Value}")
                .Concat((node.Details ?? []).SelectMany(child => FailedChecks(child, instance)));

    /// <summary>" (code 404)" for a location inside a codes entry: array indexes are hard to map by eye.</summary>
    private static string CodeAt(string location, JsonNode? instance)
    {
        var segments = location.Split('/');
        return segments is ["", "codes", var index, ..]
            && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && instance?["codes"] is JsonArray codes
            && i < codes.Count
            && codes[i]?["code"] is JsonValue code
                ? $" (code {code.ToJsonString()})"
                : "";
    }
}
