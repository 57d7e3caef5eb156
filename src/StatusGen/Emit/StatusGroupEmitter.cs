using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>Emits the <c>StatusGroup</c> enum; each value is the first digit of the codes in the group.</summary>
internal static class StatusGroupEmitter
{
    public const string HintName = "StatusGroup.g.cs";

    public static string Emit(EmitModel model) => GeneratedFile.OfMemberPerItem(
        model.Generation,
        DocTexts.StatusGroupSummary,
        "enum StatusGroup",
        model.Catalog.Groups,
        static (writer, docs, group) =>
        {
            docs.WriteForGroup(writer, group);
            writer.Line($"{group.Kind} = {CSharpLiteral.Number((int)group.Kind)},");
        });
}
