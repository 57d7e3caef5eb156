using System.Globalization;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>Emits the <c>StatusGroup</c> enum; each value is the first digit of the codes in the group.</summary>
internal static class StatusGroupEmitter
{
    public const string HintName = "StatusGroup.g.cs";

    public static string Emit(GenerationModel model)
    {
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);
        docs.WriteFixed(writer, DocTexts.StatusGroupSummary);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " enum StatusGroup");
        var first = true;
        foreach (var group in model.Catalog.Groups)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            docs.WriteForGroup(writer, group);
            writer.Line(group.Kind + " = " + ((int)group.Kind).ToString(CultureInfo.InvariantCulture) + ",");
        }

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
