using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusResultException</c>, what <c>ReadStatusResultAsync&lt;T&gt;</c> throws when a response cannot become a
/// <c>StatusResult&lt;T&gt;</c>: its code has no case (1xx, <c>unused</c>, or not in the catalog), or it lacks what its
/// case requires (a 301 without <c>Location</c>). It derives from <c>HttpRequestException</c>, which
/// <c>EnsureSuccessStatusCode</c> throws too, so code that already handles failed HTTP calls handles it; it carries the
/// <c>HttpStatus</c>, unknown codes included.
/// </summary>
internal static class StatusResultExceptionEmitter
{
    public const string HintName = "StatusResultException.g.cs";

    public const string TypeName = "StatusResultException";

    public static string Emit(GenerationModel model)
    {
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        docs.WriteFixed(
            writer,
            "HTTP 응답을 <see cref=\"StatusResult{T}\"/>로 읽을 수 없을 때 <c>ReadStatusResultAsync</c>가 던지는 예외. 응답의 상태는 <see cref=\"Status\"/>에 있다.",
            "Thrown by <c>ReadStatusResultAsync</c> when an HTTP response cannot be read as a <see cref=\"StatusResult{T}\"/>; the response's status is in <see cref=\"Status\"/>.");
        docs.WriteFixed(
            writer,
            "두 경우가 있다. 상태 코드에 case가 없을 때: 1xx, <c>unused</c> 코드(306, 418), 카탈로그에 없는 코드(예: 589, <see cref=\"HttpStatus.IsKnown\"/>이 <c>false</c>). 또는 case가 요구하는 것이 응답에 없을 때: <c>Location</c> 헤더가 없는 301 같은 경우. <see cref=\"global::System.Net.Http.HttpRequestException\"/>을 상속하므로 실패한 HTTP 호출을 처리하는 기존 코드가 이 예외도 처리한다.",
            "Either the status code has no case — a 1xx code, an <c>unused</c> code (306, 418), or a code the catalog does not define (e.g. 589, whose <see cref=\"HttpStatus.IsKnown\"/> is <c>false</c>) — or the response lacks what its case requires, such as a 301 without a <c>Location</c> header. It derives from <see cref=\"global::System.Net.Http.HttpRequestException\"/>, so code that already handles failed HTTP calls handles it too.",
            "remarks");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " sealed class " + TypeName + " : global::System.Net.Http.HttpRequestException");
        docs.WriteFixed(writer, "응답의 상태와 설명으로 예외를 만든다.", "Creates the exception for a response's status, with a message.");
        docs.WriteParam(writer, "status", "응답의 상태.", "The response's status.");
        docs.WriteParam(writer, "message", "무엇이 잘못되었는지.", "What went wrong.");
        writer.Line("public " + TypeName + "(HttpStatus status, string message)");
        writer.Line("    : base(message)");
        writer.Line("{");
        writer.Line("    Status = status;");
        writer.Line("}");
        writer.Line();
        docs.WriteFixed(writer, "응답의 상태, 설명, 원인 예외로 예외를 만든다.", "Creates the exception for a response's status, with a message and the exception that caused it.");
        docs.WriteParam(writer, "status", "응답의 상태.", "The response's status.");
        docs.WriteParam(writer, "message", "무엇이 잘못되었는지.", "What went wrong.");
        docs.WriteParam(writer, "innerException", "원인 예외. 없으면 <c>null</c>.", "The exception that caused this one, or <c>null</c>.");
        writer.Line("public " + TypeName + "(HttpStatus status, string message, global::System.Exception? innerException)");
        writer.Line("    : base(message, innerException)");
        writer.Line("{");
        writer.Line("    Status = status;");
        writer.Line("}");
        writer.Line();
        docs.WriteFixed(
            writer,
            "응답의 상태. 카탈로그에 없는 코드도 그대로 담는다 (<see cref=\"HttpStatus.IsKnown\"/>이 <c>false</c>).",
            "The response's status; a code the catalog does not define is kept as it is (<see cref=\"HttpStatus.IsKnown\"/> is <c>false</c>).");
        writer.Line("public HttpStatus Status { get; }");
        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
