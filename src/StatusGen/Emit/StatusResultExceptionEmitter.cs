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

    public static string Emit(EmitModel model)
    {
        var docs = DocComments.For(model.Generation);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        docs.WriteFixed(writer, DocTexts.ResultExceptionSummary);
        docs.WriteFixed(writer, DocTexts.ResultExceptionRemarks, "remarks");
        writer.OpenBlock($$"""
            {{GeneratedFile.GeneratedCodeAttribute}}
            {{model.Options.Accessibility}} sealed class {{TypeName}} : global::System.Net.Http.HttpRequestException
            """);
        // HttpRequestException's two constructors with a message: without and with the exception that caused it.
        foreach (var withCause in new[] { false, true })
        {
            docs.WriteFixed(writer, withCause ? DocTexts.ResultExceptionConstructorWithCause : DocTexts.ResultExceptionConstructor);
            docs.WriteParam(writer, "status", DocTexts.ResponseStatus);
            docs.WriteParam(writer, "message", DocTexts.ResultExceptionMessageParameter);
            if (withCause)
            {
                docs.WriteParam(writer, "innerException", DocTexts.ResultExceptionCauseParameter);
            }

            var (parameter, cause) = withCause ? (", global::System.Exception? innerException", ", innerException") : (string.Empty, string.Empty);
            writer.Line($$"""
                public {{TypeName}}(HttpStatus status, string message{{parameter}})
                    : base(message{{cause}})
                {
                    Status = status;
                }

                """);
        }

        docs.WriteFixed(writer, DocTexts.ResultExceptionStatus);
        writer.Line("public HttpStatus Status { get; }");
        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
