using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits the System.Text.Json part of <c>StatusProblem</c>: a <c>[JsonConverter]</c> attribute on the (partial) class and
/// <c>StatusProblemJsonConverter</c>, which reads and writes RFC 9457's JSON shape — <c>type</c>, <c>title</c>,
/// <c>detail</c>, <c>instance</c>, and the extension members flattened beside them — whatever naming policy the
/// serializer options have (the member names are the RFC's, as ASP.NET Core's ProblemDetails writes them). The
/// ASP.NET Core part writes its problem+json bodies and the HttpClient part reads them through the same code, so the
/// server and the client agree on the format by construction.
/// </summary>
internal static class StatusProblemJsonEmitter
{
    public const string HintName = "StatusProblem.Json.g.cs";

    public const string ConverterName = "StatusProblemJsonConverter";

    /// <summary>What the converter needs of the problem.</summary>
    private const string ProblemMembers = """
        /// <summary>The extensions if any were added, without creating the dictionary.</summary>
        internal global::System.Collections.Generic.Dictionary<string, object?>? ExtensionsOrNull => _extensions;
        """;

    /// <summary>The converter's overrides, through the two methods the other parts call too.</summary>
    private const string Overrides = """
        /// <inheritdoc/>
        public override StatusProblem? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            => ReadProblem(ref reader);

        /// <inheritdoc/>
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, StatusProblem value, global::System.Text.Json.JsonSerializerOptions options)
            => WriteProblem(writer, value, value?.Title, null, options);
        """;

    /// <summary><c>ReadProblem</c>, which the HttpClient part calls, and what it reads with.</summary>
    private const string Reading = """
        /// <summary>Reads a problem object; the reader is on its first token.</summary>
        internal static StatusProblem ReadProblem(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                throw new global::System.Text.Json.JsonException("Problem details are a JSON object, not " + reader.TokenType.ToString() + ".");
            }

            string? type = null;
            string? title = null;
            string? detail = null;
            string? instance = null;
            global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>? extensions = null;
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
            {
                var name = reader.GetString() ?? string.Empty;
                if (!reader.Read())
                {
                    throw new global::System.Text.Json.JsonException("The problem details end after the member name '" + name + "'.");
                }

                switch (name)
                {
                    case "type":
                        type = ReadString(ref reader, name);
                        break;
                    case "title":
                        title = ReadString(ref reader, name);
                        break;
                    case "detail":
                        detail = ReadString(ref reader, name);
                        break;
                    case "instance":
                        instance = ReadString(ref reader, name);
                        break;
                    case "status":
                        reader.Skip();
                        break;
                    default:
                        extensions ??= new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>();
                        extensions.Add(new global::System.Collections.Generic.KeyValuePair<string, object?>(name, ReadExtension(ref reader)));
                        break;
                }
            }

            var problem = new StatusProblem(title, detail, type, instance);
            if (extensions != null)
            {
                foreach (var extension in extensions)
                {
                    problem.Extensions[extension.Key] = extension.Value;
                }
            }

            return problem;
        }

        private static string? ReadString(ref global::System.Text.Json.Utf8JsonReader reader, string name)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
            {
                throw new global::System.Text.Json.JsonException("The problem details member '" + name + "' must be a string, not " + reader.TokenType.ToString() + ".");
            }

            return reader.GetString();
        }

        private static object? ReadExtension(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.String:
                    return reader.GetString();
                case global::System.Text.Json.JsonTokenType.True:
                    return true;
                case global::System.Text.Json.JsonTokenType.False:
                    return false;
                case global::System.Text.Json.JsonTokenType.Null:
                    return null;
                case global::System.Text.Json.JsonTokenType.Number:
                    if (reader.TryGetInt32(out var int32))
                    {
                        return int32;
                    }

                    if (reader.TryGetInt64(out var int64))
                    {
                        return int64;
                    }

                    if (reader.TryGetDouble(out var number))
                    {
                        return number;
                    }

                    break;
            }

            using (var document = global::System.Text.Json.JsonDocument.ParseValue(ref reader))
            {
                return document.RootElement.Clone();
            }
        }
        """;

    /// <summary><c>WriteProblem</c>, which the ASP.NET Core part calls.</summary>
    private const string Writing = """
        /// <summary>
        /// Writes a problem object: <paramref name="title"/> in place of the problem's own, and <c>status</c> when given
        /// (a response body has it, a problem on its own does not). A null problem is the <c>about:blank</c> one.
        /// </summary>
        internal static void WriteProblem(global::System.Text.Json.Utf8JsonWriter writer, StatusProblem? problem, string? title, int? status, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (writer is null)
            {
                throw new global::System.ArgumentNullException(nameof(writer));
            }

            if (options is null)
            {
                throw new global::System.ArgumentNullException(nameof(options));
            }

            writer.WriteStartObject();
            writer.WriteString("type", problem == null ? StatusProblem.DefaultType : problem.Type);
            if (title != null)
            {
                writer.WriteString("title", title);
            }

            if (status.HasValue)
            {
                writer.WriteNumber("status", status.Value);
            }

            if (problem != null)
            {
                if (problem.Detail != null)
                {
                    writer.WriteString("detail", problem.Detail);
                }

                if (problem.Instance != null)
                {
                    writer.WriteString("instance", problem.Instance);
                }

                if (problem.ExtensionsOrNull is { } extensions)
                {
                    foreach (var extension in extensions)
                    {
                        if (IsStandardMember(extension.Key))
                        {
                            continue;
                        }

                        writer.WritePropertyName(extension.Key);
                        if (extension.Value == null)
                        {
                            writer.WriteNullValue();
                        }
                        else
                        {
                            // Through the options' type info, as ASP.NET Core does: trimming-safe, and the runtime type decides.
                            global::System.Text.Json.JsonSerializer.Serialize(writer, extension.Value, options.GetTypeInfo(extension.Value.GetType()));
                        }
                    }
                }
            }

            writer.WriteEndObject();
        }

        private static bool IsStandardMember(string name)
            => name == "type" || name == "title" || name == "status" || name == "detail" || name == "instance";
        """;

    public static string Emit(EmitModel model) => JsonConverterFile.Emit(
        model.Generation,
        typeName: "StatusProblem",
        typeKind: "sealed partial class",
        typeMembers: ProblemMembers,
        converterName: ConverterName,
        summary: DocTexts.StatusProblemJsonConverterSummary,
        remarks: DocTexts.StatusProblemJsonConverterRemarks,
        example: null,
        converterMembers: Overrides + "\n\n" + Reading + "\n\n" + Writing);
}
