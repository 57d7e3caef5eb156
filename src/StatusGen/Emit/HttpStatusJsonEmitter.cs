using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits the System.Text.Json part of <c>HttpStatus</c>: a <c>[JsonConverter]</c> attribute on the (partial) struct and
/// <c>HttpStatusJsonConverter</c>. A status is written as its number, the form every HTTP API uses; it is read from a
/// number or from a string holding digits, a <c>Name</c> or an English title, through <c>HttpStatus.TryParse</c>, so the
/// converter and the parser accept exactly the same text. Dictionary keys work the same way (as the number's digits).
/// Only emitted when the project can use System.Text.Json 8 or later (see <c>InteropCapabilities</c>).
/// </summary>
internal static class HttpStatusJsonEmitter
{
    public const string HintName = "HttpStatus.Json.g.cs";

    public const string ConverterName = "HttpStatusJsonConverter";

    private const string Json = "global::System.Text.Json";
    private const string JsonException = Json + ".JsonException";

    public static string Emit(GenerationModel model)
    {
        var docs = DocComments.For(model);
        var @namespace = model.Options.Namespace;
        var accessibility = model.Options.Accessibility;
        var writer = GeneratedFile.Start(@namespace);

        writer.Line("[" + Json + ".Serialization.JsonConverter(typeof(global::" + @namespace + "." + ConverterName + "))]");
        writer.OpenBlock(accessibility + " readonly partial struct HttpStatus");
        writer.CloseBlock();
        writer.Line();

        docs.WriteFixed(writer, DocTexts.HttpStatusJsonConverterSummary);
        docs.WriteFixed(writer, DocTexts.HttpStatusJsonConverterRemarks, "remarks");
        writer.Line("/// <example>");
        writer.Line("/// <code>");
        writer.Line("/// JsonSerializer.Serialize(HttpStatus.NotFound);                  // 404");
        writer.Line("/// JsonSerializer.Deserialize&lt;HttpStatus&gt;(\"\\\"Too Many Requests\\\"\"); // 429 Too Many Requests");
        writer.Line("/// </code>");
        writer.Line("/// </example>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(accessibility + " sealed class " + ConverterName + " : " + Json + ".Serialization.JsonConverter<HttpStatus>");

        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public override HttpStatus Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.Number)");
        writer.OpenBlock("if (reader.TryGetInt32(out var code) && code >= 100 && code <= 599)");
        writer.Line("return HttpStatus.FromCode(code);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("throw new " + JsonException + "(\"An HTTP status code is a whole number from 100 to 599.\");");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.String)");
        writer.Line("return Parse(reader.GetString());");
        writer.CloseBlock();
        writer.Line();
        writer.Line("throw new " + JsonException + "(\"An HTTP status is a JSON number or string, not \" + reader.TokenType.ToString() + \".\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public override void Write(" + Json + ".Utf8JsonWriter writer, HttpStatus value, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("if (writer is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(writer));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WriteNumberValue(value.Code);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override HttpStatus ReadAsPropertyName(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        writer.Line("    => Parse(reader.GetString());");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public override void WriteAsPropertyName(" + Json + ".Utf8JsonWriter writer, HttpStatus value, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("if (writer is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(writer));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WritePropertyName(value.Code.ToString(global::System.Globalization.CultureInfo.InvariantCulture));");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("private static HttpStatus Parse(string? text)");
        writer.OpenBlock("if (HttpStatus.TryParse(text, out var status))");
        writer.Line("return status;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("throw new " + JsonException + "(\"'\" + text + \"' is not an HTTP status: expected digits from 100 to 599, a status name such as NotFound or an English title such as Not Found.\");");
        writer.CloseBlock();

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
