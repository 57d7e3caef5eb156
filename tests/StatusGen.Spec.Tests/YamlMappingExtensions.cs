using YamlDotNet.RepresentationModel;

namespace StatusGen.Spec.Tests;

/// <summary>Lenient look-ups in a YAML mapping: a missing or mistyped value reads as null, so the rule tests
/// can say which field is wrong instead of the loader failing as a whole.</summary>
internal static class YamlMappingExtensions
{
    public static YamlNode? Get(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? GetString(this YamlMappingNode mapping, string key) =>
        (mapping.Get(key) as YamlScalarNode)?.Value;

    public static YamlMappingNode? GetMapping(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) as YamlMappingNode;

    public static LocalizedText GetLocalized(this YamlMappingNode mapping, string key) =>
        mapping.GetMapping(key) is { } text
            ? new LocalizedText(text.GetString("en"), text.GetString("ko"))
            : LocalizedText.Missing;
}
