using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Spec.Tests;

/// <summary>
/// A small catalog that the schema accepts, and named defects to inject into it. Each defect breaks a rule of
/// the file format itself; the format also serves user override files, so what it leaves optional on purpose
/// (a name, a title, groups, custom flag names) is not a defect here.
/// </summary>
/// <remarks>The document is the test's own rather than a copy of the real catalog, so these cases still prove
/// the schema bites while the real catalog is being fixed.</remarks>
internal static class InvalidDocuments
{
    public const string ValidYaml = """
        version: 1
        groups:
          informational:
            title: { en: Informational, ko: 정보 }
            description: { en: An interim response., ko: 임시 응답이다. }
        flags:
          no-body:
            title: { en: No content, ko: 본문 없음 }
            description: { en: Never carries content., ko: 콘텐츠가 없다. }
            source: RFC 9110 §15.2
        codes:
          - code: 100
            name: Continue
            title: { en: Continue, ko: 계속 }
            description: { en: Go on sending the request., ko: 요청을 계속 보내라. }
            reference: { document: RFC 9110, section: "15.2.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1" }
            flags: [no-body]
        """;

    private static readonly Dictionary<string, Action<JsonObject>> Breakers = new()
    {
        ["code is the string \"abc\""] = catalog => FirstCode(catalog)["code"] = "abc",
        ["code is 99, below 100"] = catalog => FirstCode(catalog)["code"] = 99,
        ["code is 600, above 599"] = catalog => FirstCode(catalog)["code"] = 600,
        ["version is 2"] = catalog => catalog["version"] = 2,
        ["unknown top-level key"] = catalog => catalog["colour"] = "blue",
        ["unknown key in a code entry"] = catalog => FirstCode(catalog)["colour"] = "blue",
        ["unknown group key"] = catalog => catalog["groups"]!.AsObject()["6xx"] = new JsonObject(),
        ["unknown registration value"] = catalog => FirstCode(catalog)["registration"] = "sort-of",
        ["name that is not an identifier"] = catalog => FirstCode(catalog)["name"] = "Not Found",
        ["empty English title"] = catalog => FirstCode(catalog)["title"]!.AsObject()["en"] = "",
        ["flag name with spaces and capitals"] = catalog => FirstCode(catalog)["flags"] = new JsonArray("Teapot Compatible"),
        ["the same flag twice"] = catalog => FirstCode(catalog)["flags"] = new JsonArray("no-body", "no-body"),
        ["reference without a document"] = catalog => FirstCode(catalog)["reference"]!.AsObject().Remove("document"),
    };

    public static IEnumerable<string> Names => Breakers.Keys;

    /// <summary>The JSON a YAML reader sees for <paramref name="yaml"/>.</summary>
    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return YamlJsonConverter.ToJson(stream.Documents[0].RootNode);
    }

    public static JsonNode Break(string breakage)
    {
        var copy = FromYaml(ValidYaml)!.AsObject();
        Breakers[breakage](copy);
        return copy;
    }

    private static JsonObject FirstCode(JsonObject catalog) => catalog["codes"]!.AsArray().First()!.AsObject();
}
