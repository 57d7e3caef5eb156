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

    private const string Json = "global::System.Text.Json";
    private const string JsonException = Json + ".JsonException";
    private const string Reader = "ref " + Json + ".Utf8JsonReader reader";
    private const string TokenType = Json + ".JsonTokenType";

    public static string Emit(GenerationModel model)
    {
        var docs = DocComments.For(model);
        var @namespace = model.Options.Namespace;
        var accessibility = model.Options.Accessibility;
        var writer = GeneratedFile.Start(@namespace);

        writer.Line("[" + Json + ".Serialization.JsonConverter(typeof(global::" + @namespace + "." + ConverterName + "))]");
        writer.OpenBlock(accessibility + " sealed partial class StatusProblem");
        writer.Line("/// <summary>The extensions if any were added, without creating the dictionary.</summary>");
        writer.Line("internal global::System.Collections.Generic.Dictionary<string, object?>? ExtensionsOrNull => _extensions;");
        writer.CloseBlock();
        writer.Line();

        docs.WriteFixed(writer, DocTexts.StatusProblemJsonConverterSummary);
        docs.WriteFixed(writer, DocTexts.StatusProblemJsonConverterRemarks, "remarks");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(accessibility + " sealed class " + ConverterName + " : " + Json + ".Serialization.JsonConverter<StatusProblem>");

        writer.Line("/// <inheritdoc/>");
        writer.Line("public override StatusProblem? Read(" + Reader + ", global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        writer.Line("    => ReadProblem(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override void Write(" + Json + ".Utf8JsonWriter writer, StatusProblem value, " + Json + ".JsonSerializerOptions options)");
        writer.Line("    => WriteProblem(writer, value, value?.Title, null, options);");
        writer.Line();

        WriteReader(writer);
        WriteWriter(writer);

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }

    private static void WriteReader(SourceWriter writer)
    {
        writer.Line("/// <summary>Reads a problem object; the reader is on its first token.</summary>");
        writer.OpenBlock("internal static StatusProblem ReadProblem(" + Reader + ")");
        writer.OpenBlock("if (reader.TokenType != " + TokenType + ".StartObject)");
        writer.Line("throw new " + JsonException + "(\"Problem details are a JSON object, not \" + reader.TokenType.ToString() + \".\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("string? type = null;");
        writer.Line("string? title = null;");
        writer.Line("string? detail = null;");
        writer.Line("string? instance = null;");
        writer.Line("global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>? extensions = null;");
        writer.OpenBlock("while (reader.Read() && reader.TokenType != " + TokenType + ".EndObject)");
        writer.Line("var name = reader.GetString() ?? string.Empty;");
        writer.OpenBlock("if (!reader.Read())");
        writer.Line("throw new " + JsonException + "(\"The problem details end after the member name '\" + name + \"'.\");");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("switch (name)");
        foreach (var member in new[] { "type", "title", "detail", "instance" })
        {
            writer.Line("case \"" + member + "\":");
            writer.Line("    " + member + " = ReadString(ref reader, name);");
            writer.Line("    break;");
        }

        writer.Line("case \"status\":");
        writer.Line("    reader.Skip();");
        writer.Line("    break;");
        writer.Line("default:");
        writer.Line("    extensions ??= new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>();");
        writer.Line("    extensions.Add(new global::System.Collections.Generic.KeyValuePair<string, object?>(name, ReadExtension(ref reader)));");
        writer.Line("    break;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("var problem = new StatusProblem(title, detail, type, instance);");
        writer.OpenBlock("if (extensions != null)");
        writer.OpenBlock("foreach (var extension in extensions)");
        writer.Line("problem.Extensions[extension.Key] = extension.Value;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return problem;");
        writer.CloseBlock();
        writer.Line();

        writer.OpenBlock("private static string? ReadString(" + Reader + ", string name)");
        writer.OpenBlock("if (reader.TokenType == " + TokenType + ".Null)");
        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (reader.TokenType != " + TokenType + ".String)");
        writer.Line("throw new " + JsonException + "(\"The problem details member '\" + name + \"' must be a string, not \" + reader.TokenType.ToString() + \".\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return reader.GetString();");
        writer.CloseBlock();
        writer.Line();

        writer.OpenBlock("private static object? ReadExtension(" + Reader + ")");
        writer.OpenBlock("switch (reader.TokenType)");
        writer.Line("case " + TokenType + ".String:");
        writer.Line("    return reader.GetString();");
        writer.Line("case " + TokenType + ".True:");
        writer.Line("    return true;");
        writer.Line("case " + TokenType + ".False:");
        writer.Line("    return false;");
        writer.Line("case " + TokenType + ".Null:");
        writer.Line("    return null;");
        writer.Line("case " + TokenType + ".Number:");
        writer.Line("    if (reader.TryGetInt32(out var int32))");
        writer.Line("    {");
        writer.Line("        return int32;");
        writer.Line("    }");
        writer.Line();
        writer.Line("    if (reader.TryGetInt64(out var int64))");
        writer.Line("    {");
        writer.Line("        return int64;");
        writer.Line("    }");
        writer.Line();
        writer.Line("    if (reader.TryGetDouble(out var number))");
        writer.Line("    {");
        writer.Line("        return number;");
        writer.Line("    }");
        writer.Line();
        writer.Line("    break;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("using (var document = " + Json + ".JsonDocument.ParseValue(ref reader))");
        writer.Line("return document.RootElement.Clone();");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
    }

    private static void WriteWriter(SourceWriter writer)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Writes a problem object: <paramref name=\"title\"/> in place of the problem's own, and <c>status</c> when given");
        writer.Line("/// (a response body has it, a problem on its own does not). A null problem is the <c>about:blank</c> one.");
        writer.Line("/// </summary>");
        writer.OpenBlock("internal static void WriteProblem(" + Json + ".Utf8JsonWriter writer, StatusProblem? problem, string? title, int? status, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("if (writer is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(writer));");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (options is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(options));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WriteStartObject();");
        writer.Line("writer.WriteString(\"type\", problem == null ? StatusProblem.DefaultType : problem.Type);");
        writer.OpenBlock("if (title != null)");
        writer.Line("writer.WriteString(\"title\", title);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (status.HasValue)");
        writer.Line("writer.WriteNumber(\"status\", status.Value);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (problem != null)");
        writer.OpenBlock("if (problem.Detail != null)");
        writer.Line("writer.WriteString(\"detail\", problem.Detail);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (problem.Instance != null)");
        writer.Line("writer.WriteString(\"instance\", problem.Instance);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (problem.ExtensionsOrNull is { } extensions)");
        writer.OpenBlock("foreach (var extension in extensions)");
        writer.OpenBlock("if (IsStandardMember(extension.Key))");
        writer.Line("continue;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WritePropertyName(extension.Key);");
        writer.OpenBlock("if (extension.Value == null)");
        writer.Line("writer.WriteNullValue();");
        writer.CloseBlock();
        writer.OpenBlock("else");
        writer.Line("// Through the options' type info, as ASP.NET Core does: trimming-safe, and the runtime type decides.");
        writer.Line(Json + ".JsonSerializer.Serialize(writer, extension.Value, options.GetTypeInfo(extension.Value.GetType()));");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.Line();
        writer.Line("private static bool IsStandardMember(string name)");
        writer.Line("    => name == \"type\" || name == \"title\" || name == \"status\" || name == \"detail\" || name == \"instance\";");
    }
}
