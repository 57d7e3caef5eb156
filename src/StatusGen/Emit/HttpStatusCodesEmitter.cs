using System.Globalization;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>Emits <c>HttpStatusCodes</c>: one <c>const int</c> per code, usable in attributes and switch labels.</summary>
internal static class HttpStatusCodesEmitter
{
    public const string HintName = "HttpStatusCodes.g.cs";

    public static string Emit(GenerationModel model)
    {
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);
        docs.WriteFixed(writer, DocTexts.HttpStatusCodesSummary);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " static partial class HttpStatusCodes");
        var first = true;
        foreach (var code in model.Catalog.Codes)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            docs.WriteForCode(writer, code);
            writer.Line("public const int " + code.Name + " = " + code.Code.ToString(CultureInfo.InvariantCulture) + ";");
        }

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
