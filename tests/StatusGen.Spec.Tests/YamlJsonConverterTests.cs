using System.IO;
using System.Text.Json.Nodes;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Spec.Tests;

/// <summary>The YAML-to-JSON step the schema test stands on: it must read YAML the way a YAML 1.2 reader does.</summary>
public sealed class YamlJsonConverterTests
{
    [Theory]
    [InlineData("v: 404", """{"v":404}""")]
    [InlineData("v: -7", """{"v":-7}""")]
    [InlineData("v: \"404\"", """{"v":"404"}""")]
    [InlineData("v: '404'", """{"v":"404"}""")]
    [InlineData("v: \"15.5.5\"", """{"v":"15.5.5"}""")]
    [InlineData("v: 15.5.5", """{"v":"15.5.5"}""")]
    [InlineData("v: 15.10", """{"v":15.1}""")]
    [InlineData("v: true", """{"v":true}""")]
    [InlineData("v: false", """{"v":false}""")]
    [InlineData("v: \"true\"", """{"v":"true"}""")]
    [InlineData("v: yes", """{"v":"yes"}""")]
    [InlineData("v: ~", """{"v":null}""")]
    [InlineData("v:", """{"v":null}""")]
    [InlineData("v: RFC 9110", """{"v":"RFC 9110"}""")]
    [InlineData("v: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", """{"v":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"}""")]
    [InlineData("v: |\n  line\n", """{"v":"line\n"}""")]
    [InlineData("v: [cacheable, no-body]", """{"v":["cacheable","no-body"]}""")]
    [InlineData("v: {en: OK, ko: 성공}", """{"v":{"en":"OK","ko":"성공"}}""")]
    [InlineData("404: x", """{"404":"x"}""")]
    public void ConvertsScalarsByTheirYamlMeaning(string yaml, string json)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        var converted = YamlJsonConverter.ToJson(stream.Documents[0].RootNode);

        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(json), converted),
            $"YAML '{yaml}' should become {json} but became {converted?.ToJsonString()}.");
    }
}
