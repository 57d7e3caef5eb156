using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>Emits <c>HttpStatusCodes</c>: one <c>const int</c> per code, usable in attributes and switch labels.</summary>
internal static class HttpStatusCodesEmitter
{
    public const string HintName = "HttpStatusCodes.g.cs";

    public static string Emit(EmitModel model) => GeneratedFile.OfMemberPerItem(
        model.Generation,
        DocTexts.HttpStatusCodesSummary,
        "static partial class HttpStatusCodes",
        model.Catalog.Codes,
        static (writer, docs, code) =>
        {
            DocComments.WriteInheritedForCode(writer, code);
            writer.Line($"public const int {code.Name} = {CSharpLiteral.Number(code.Code)};");
        });
}
