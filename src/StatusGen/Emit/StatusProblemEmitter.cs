using StatusGen.Emit.Docs;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusProblem</c>, RFC 9457 problem details as a plain class: netstandard2.0 has no ProblemDetails, and
/// the generated code references nothing beyond the base class library. The title, detail, type and instance are
/// fixed at construction; extensions are a dictionary, created on first use so a problem without them allocates only
/// itself. Equality compares every member; the hash code leaves out the extensions, which may still change. Declared
/// <c>partial</c> so that the System.Text.Json part (<see cref="StatusProblemJsonEmitter"/>) can attach its converter.
/// </summary>
internal static class StatusProblemEmitter
{
    public const string HintName = "StatusProblem.g.cs";

    private const string Dictionary = "global::System.Collections.Generic.Dictionary<string, object?>";
    private const string Ordinal = "global::System.StringComparer.Ordinal";

    public static string Emit(Model.GenerationModel model)
    {
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        docs.WriteFixed(
            writer,
            "RFC 9457 문제 세부 정보: 오류 응답 본문에 담는 기계가 읽을 수 있는 오류 설명 (<c>type</c>, <c>title</c>, <c>detail</c>, <c>instance</c>, 확장 멤버).",
            "RFC 9457 problem details: a machine-readable description of an error for the response body (<c>type</c>, <c>title</c>, <c>detail</c>, <c>instance</c> and extension members).");
        docs.WriteFixed(
            writer,
            "RFC 9457의 <c>status</c> 멤버는 이 문제를 담은 결과의 <c>Status</c>에서 온다. <see cref=\"For\"/>는 상태의 사유 구절(또는 주어진 언어의 제목)을 제목으로 하는 <c>about:blank</c> 문제를 만든다 (RFC 9457 §4.2.1).",
            "RFC 9457's <c>status</c> member comes from the <c>Status</c> of the result that carries the problem. <see cref=\"For\"/> makes the <c>about:blank</c> problem for a status, titled with its reason phrase or its title in a given language (RFC 9457 §4.2.1).",
            "remarks");
        writer.Line("/// <example>");
        writer.Line("/// <code>");
        writer.Line("/// var problem = new StatusProblem(");
        writer.Line("///     title: \"Out of stock\",");
        writer.Line("///     detail: \"Item 42 is out of stock.\",");
        writer.Line("///     type: \"https://example.com/problems/out-of-stock\")");
        writer.Line("/// {");
        writer.Line("///     Extensions = { [\"itemId\"] = 42 },");
        writer.Line("/// };");
        writer.Line("/// var notFound = StatusProblem.For(HttpStatus.NotFound, \"No order 42.\", language: \"ko\");");
        writer.Line("/// </code>");
        writer.Line("/// </example>");
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"{ToString(),nq}\")]");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " sealed partial class StatusProblem : global::System.IEquatable<StatusProblem>");

        docs.WriteFixed(
            writer,
            "형식을 주지 않았을 때의 <see cref=\"Type\"/>: 상태 코드 외의 의미가 없는 문제.",
            "The <see cref=\"Type\"/> when none is given: a problem with no meaning beyond its status code.");
        writer.Line("public const string DefaultType = \"about:blank\";");
        writer.Line();
        writer.Line("private " + Dictionary + "? _extensions;");
        writer.Line();
        docs.WriteFixed(writer, "문제 세부 정보를 만든다.", "Creates problem details.");
        docs.WriteParam(writer, "title", "문제 유형의 짧은 요약. 없으면 <c>null</c>.", "A short summary of the problem type, or <c>null</c>.");
        docs.WriteParam(writer, "detail", "이 발생에 대한 설명. 없으면 <c>null</c>.", "An explanation specific to this occurrence, or <c>null</c>.");
        docs.WriteParam(
            writer,
            "type",
            "문제 유형을 나타내는 URI 참조. <c>null</c>이거나 비어 있으면 <see cref=\"DefaultType\"/>.",
            "A URI reference that identifies the problem type; <see cref=\"DefaultType\"/> when <c>null</c> or empty.");
        docs.WriteParam(writer, "instance", "이 발생을 나타내는 URI 참조. 없으면 <c>null</c>.", "A URI reference that identifies this occurrence, or <c>null</c>.");
        writer.OpenBlock("public StatusProblem(string? title = null, string? detail = null, string? type = null, string? instance = null)");
        writer.Line("Type = type is null || type.Length == 0 ? DefaultType : type;");
        writer.Line("Title = title;");
        writer.Line("Detail = detail;");
        writer.Line("Instance = instance;");
        writer.CloseBlock();

        writer.Line();
        docs.WriteFixed(writer, "문제 유형을 나타내는 URI 참조 (RFC 9457 <c>type</c>). 기본값은 <c>about:blank</c>.", "A URI reference that identifies the problem type (RFC 9457 <c>type</c>); <c>about:blank</c> by default.");
        writer.Line("public string Type { get; }");
        writer.Line();
        docs.WriteFixed(writer, "문제 유형의 짧은 요약 (RFC 9457 <c>title</c>).", "A short, human-readable summary of the problem type (RFC 9457 <c>title</c>).");
        writer.Line("public string? Title { get; }");
        writer.Line();
        docs.WriteFixed(writer, "이 발생에 대한 설명 (RFC 9457 <c>detail</c>).", "A human-readable explanation specific to this occurrence (RFC 9457 <c>detail</c>).");
        writer.Line("public string? Detail { get; }");
        writer.Line();
        docs.WriteFixed(writer, "이 발생을 나타내는 URI 참조 (RFC 9457 <c>instance</c>).", "A URI reference that identifies this occurrence (RFC 9457 <c>instance</c>).");
        writer.Line("public string? Instance { get; }");
        writer.Line();
        docs.WriteFixed(
            writer,
            "확장 멤버 (RFC 9457 §3.2). 처음 쓸 때 만들어지며, 객체 이니셜라이저에서 <c>Extensions = { [\"traceId\"] = id }</c>처럼 채울 수 있다.",
            "Extension members (RFC 9457 §3.2), created on first use; fill them in an object initializer: <c>Extensions = { [\"traceId\"] = id }</c>.");
        writer.Line("public global::System.Collections.Generic.IDictionary<string, object?> Extensions => _extensions ??= new " + Dictionary + "(" + Ordinal + ");");

        writer.Line();
        docs.WriteFixed(
            writer,
            "상태의 기본 문제 세부 정보: 형식은 <c>about:blank</c>, 제목은 상태의 사유 구절(<paramref name=\"language\"/>를 주면 그 언어의 제목).",
            "The problem details for <paramref name=\"status\"/> alone: type <c>about:blank</c>, titled with the status's reason phrase, or with its title in <paramref name=\"language\"/> when given.");
        docs.WriteParam(writer, "status", "문제의 상태.", "The status of the problem.");
        docs.WriteParam(writer, "detail", "이 발생에 대한 설명. 없으면 <c>null</c>.", "An explanation specific to this occurrence, or <c>null</c>.");
        docs.WriteParam(
            writer,
            "language",
            "제목의 언어 (예: <c>ko</c>). <c>null</c>이면 IANA 영어 사유 구절.",
            "The language of the title, e.g. <c>ko</c>; <c>null</c> for the IANA English reason phrase.");
        writer.OpenBlock("public static StatusProblem For(HttpStatus status, string? detail = null, string? language = null)");
        writer.Line("var title = language is null ? status.ReasonPhrase : status.GetTitle(language);");
        writer.Line("return new StatusProblem(title.Length == 0 ? null : title, detail);");
        writer.CloseBlock();

        writer.Line();
        docs.WriteFixed(
            writer,
            "모든 멤버가 같은지 여부. 확장 멤버는 키(대소문자 구분)와 <see cref=\"object.Equals(object, object)\"/>로 값을 비교한다.",
            "Whether every member is equal; extensions compare by key (ordinal) and by <see cref=\"object.Equals(object, object)\"/> on their values.");
        docs.WriteParam(writer, "other", "비교할 문제 세부 정보.", "The problem details to compare with.");
        writer.OpenBlock("public bool Equals(StatusProblem? other)");
        writer.OpenBlock("if (other is null)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return ReferenceEquals(this, other)");
        writer.Line("    || (string.Equals(Type, other.Type, global::System.StringComparison.Ordinal)");
        writer.Line("        && string.Equals(Title, other.Title, global::System.StringComparison.Ordinal)");
        writer.Line("        && string.Equals(Detail, other.Detail, global::System.StringComparison.Ordinal)");
        writer.Line("        && string.Equals(Instance, other.Instance, global::System.StringComparison.Ordinal)");
        writer.Line("        && ExtensionsEqual(_extensions, other._extensions));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override bool Equals(object? obj) => Equals(obj as StatusProblem);");
        writer.Line();
        docs.WriteFixed(
            writer,
            "해시 코드. 나중에 바뀔 수 있는 확장 멤버는 포함하지 않는다.",
            "A hash code of every member except the extensions, which may still change.");
        writer.OpenBlock("public override int GetHashCode()");
        writer.OpenBlock("unchecked");
        writer.Line("var hash = " + Ordinal + ".GetHashCode(Type);");
        foreach (var member in new[] { "Title", "Detail", "Instance" })
        {
            writer.Line("hash = (hash * 31) + (" + member + " is null ? 0 : " + Ordinal + ".GetHashCode(" + member + "));");
        }

        writer.Line("return hash;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        docs.WriteFixed(
            writer,
            "<c>\"제목: 설명\"</c> 형식. 제목이 없으면 설명, 둘 다 없으면 형식.",
            "<c>\"Title: Detail\"</c>; the detail alone without a title, the type when neither is set.");
        writer.OpenBlock("public override string ToString()");
        writer.OpenBlock("if (Title is null)");
        writer.Line("return Detail ?? Type;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return Detail is null ? Title : Title + \": \" + Detail;");
        writer.CloseBlock();
        writer.Line();
        docs.WriteFixed(writer, "두 문제 세부 정보가 같은지 여부.", "Whether the two problem details are equal.");
        docs.WriteParam(writer, "left", "왼쪽 값.", "The left value.");
        docs.WriteParam(writer, "right", "오른쪽 값.", "The right value.");
        writer.Line("public static bool operator ==(StatusProblem? left, StatusProblem? right) => left is null ? right is null : left.Equals(right);");
        writer.Line();
        docs.WriteFixed(writer, "두 문제 세부 정보가 다른지 여부.", "Whether the two problem details differ.");
        docs.WriteParam(writer, "left", "왼쪽 값.", "The left value.");
        docs.WriteParam(writer, "right", "오른쪽 값.", "The right value.");
        writer.Line("public static bool operator !=(StatusProblem? left, StatusProblem? right) => !(left == right);");
        writer.Line();
        writer.Line("/// <summary>Equal when both have the same keys with equal values; no dictionary counts as an empty one.</summary>");
        writer.OpenBlock("private static bool ExtensionsEqual(" + Dictionary + "? left, " + Dictionary + "? right)");
        writer.OpenBlock("if (left is null || left.Count == 0)");
        writer.Line("return right is null || right.Count == 0;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (right is null || right.Count != left.Count)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("foreach (var pair in left)");
        writer.OpenBlock("if (!right.TryGetValue(pair.Key, out var value) || !object.Equals(pair.Value, value))");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return true;");
        writer.CloseBlock();

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
