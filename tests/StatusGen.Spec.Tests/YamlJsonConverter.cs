using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Spec.Tests;

/// <summary>
/// Turns a YAML tree into the JSON a YAML 1.2 reader would see, so the JSON Schema judges what the YAML means
/// rather than how it is spelled.
/// </summary>
/// <remarks>
/// Only plain (unquoted) scalars are resolved, following the YAML 1.2 core schema: integers and floats become
/// numbers, true/false booleans, null/~/empty null. Quoted, literal and folded scalars always stay strings, so a
/// quoted "15.5.5" or "404" is a string, exactly as the author wrote it. Resolving floats and nulls (and not
/// leaving them as strings) is deliberate: an unquoted section such as 15.10 is the float 15.1 to a YAML reader,
/// and the schema should reject it rather than let it pass as text.
/// </remarks>
internal static partial class YamlJsonConverter
{
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ToObject(mapping),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => ToValue(scalar),
        _ => throw new NotSupportedException($"Line {node.Start.Line}: YAML node of kind {node.NodeType} has no JSON form."),
    };

    private static JsonObject ToObject(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            // JSON keys are strings whatever the YAML key looks like, so the key's own text is used.
            var name = key is YamlScalarNode { Value: { } text }
                ? text
                : throw new NotSupportedException($"Line {key.Start.Line}: only scalar mapping keys have a JSON form.");
            result.Add(name, ToJson(value));
        }

        return result;
    }

    private static JsonValue? ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(text)
                && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) =>
                JsonValue.Create(integer),
            _ when FloatPattern().IsMatch(text) =>
                JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
