using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace StatusGen.Spec.Tests;

/// <summary>Visits every subschema of a JSON Schema document by following the keywords that hold schemas, so
/// that a property whose name happens to be a keyword ("enum", "properties") is never mistaken for one.</summary>
internal static class JsonSchemaWalker
{
    private static readonly string[] SingleSchemaKeywords =
    [
        "additionalProperties", "items", "contains", "not", "if", "then", "else", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema",
    ];

    private static readonly string[] SchemaListKeywords = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];

    private static readonly string[] SchemaMapKeywords =
        ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

    /// <summary>Every schema object in the document with its JSON Pointer, the root first.</summary>
    public static IEnumerable<(string Pointer, JsonObject Schema)> Subschemas(JsonNode root) => Walk("", root);

    private static IEnumerable<(string Pointer, JsonObject Schema)> Walk(string pointer, JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            yield break; // true/false schemas have nothing inside
        }

        yield return (pointer, schema);

        var children = SingleSchemaKeywords
            .Where(schema.ContainsKey)
            .Select(keyword => ($"{pointer}/{keyword}", schema[keyword]))
            .Concat(SchemaListKeywords
                .Where(keyword => schema[keyword] is JsonArray)
                .SelectMany(keyword => schema[keyword]!.AsArray().Select((item, i) => ($"{pointer}/{keyword}/{i}", item))))
            .Concat(SchemaMapKeywords
                .Where(keyword => schema[keyword] is JsonObject)
                .SelectMany(keyword => schema[keyword]!.AsObject().Select(pair => ($"{pointer}/{keyword}/{Escape(pair.Key)}", pair.Value))));

        foreach (var (childPointer, child) in children)
        {
            foreach (var found in Walk(childPointer, child))
            {
                yield return found;
            }
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", System.StringComparison.Ordinal).Replace("/", "~1", System.StringComparison.Ordinal);
}
