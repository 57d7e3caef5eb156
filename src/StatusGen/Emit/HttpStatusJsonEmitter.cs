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

    private const string Example = """
        /// <example>
        /// <code>
        /// JsonSerializer.Serialize(HttpStatus.NotFound);                  // 404
        /// JsonSerializer.Deserialize&lt;HttpStatus&gt;("\"Too Many Requests\""); // 429 Too Many Requests
        /// </code>
        /// </example>
        """;

    private const string ConverterMembers = """
        /// <inheritdoc/>
        public override HttpStatus Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Number)
            {
                if (reader.TryGetInt32(out var code) && code >= 100 && code <= 599)
                {
                    return HttpStatus.FromCode(code);
                }

                throw new global::System.Text.Json.JsonException("An HTTP status code is a whole number from 100 to 599.");
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
            {
                return Parse(reader.GetString());
            }

            throw new global::System.Text.Json.JsonException("An HTTP status is a JSON number or string, not " + reader.TokenType.ToString() + ".");
        }

        /// <inheritdoc/>
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, HttpStatus value, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new global::System.ArgumentNullException(nameof(writer));
            }

            writer.WriteNumberValue(value.Code);
        }

        /// <inheritdoc/>
        public override HttpStatus ReadAsPropertyName(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            => Parse(reader.GetString());

        /// <inheritdoc/>
        public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, HttpStatus value, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new global::System.ArgumentNullException(nameof(writer));
            }

            writer.WritePropertyName(value.Code.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        }

        private static HttpStatus Parse(string? text)
        {
            if (HttpStatus.TryParse(text, out var status))
            {
                return status;
            }

            throw new global::System.Text.Json.JsonException("'" + text + "' is not an HTTP status: expected digits from 100 to 599, a status name such as NotFound, an English title or alias such as Not Found, or the digits followed by one of those, as in 404 Not Found.");
        }
        """;

    public static string Emit(EmitModel model) => JsonConverterFile.Emit(
        model.Generation,
        typeName: "HttpStatus",
        typeKind: "readonly partial struct",
        typeMembers: null,
        converterName: ConverterName,
        summary: DocTexts.HttpStatusJsonConverterSummary,
        remarks: DocTexts.HttpStatusJsonConverterRemarks,
        example: Example,
        converterMembers: ConverterMembers);
}
