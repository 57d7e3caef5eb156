using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// The layout both System.Text.Json parts share (<c>HttpStatus.Json.g.cs</c>, <c>StatusProblem.Json.g.cs</c>): the
/// <c>[JsonConverter]</c> attribute on a partial declaration of the type, with what the part adds to the type, then
/// the documented converter class with its members.
/// </summary>
internal static class JsonConverterFile
{
    /// <summary>A whole file.</summary>
    /// <param name="model">The model: namespace, accessibility and doc languages.</param>
    /// <param name="typeName">The converted type, e.g. <c>HttpStatus</c>.</param>
    /// <param name="typeKind">Its declaration before the name, e.g. <c>readonly partial struct</c>.</param>
    /// <param name="typeMembers">Members the part adds to the type (a template), or null.</param>
    /// <param name="converterName">The converter class's name.</param>
    /// <param name="summary">The converter's summary.</param>
    /// <param name="remarks">The converter's remarks.</param>
    /// <param name="example">The converter's <c>&lt;example&gt;</c> (a template of doc lines), or null.</param>
    /// <param name="converterMembers">The converter's members (a template).</param>
    public static string Emit(
        GenerationModel model,
        string typeName,
        string typeKind,
        string? typeMembers,
        string converterName,
        DocText summary,
        DocText remarks,
        string? example,
        string converterMembers)
    {
        var docs = DocComments.For(model);
        var accessibility = model.Options.Accessibility;
        var writer = GeneratedFile.Start(model.Options.Namespace);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{model.Options.Namespace}.{converterName}))]");
        writer.OpenBlock($"{accessibility} {typeKind} {typeName}");
        if (typeMembers is not null)
        {
            writer.Line(typeMembers);
        }

        writer.CloseBlock();
        writer.Line();
        docs.WriteFixed(writer, summary);
        docs.WriteFixed(writer, remarks, "remarks");
        if (example is not null)
        {
            writer.Line(example);
        }

        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock($"{accessibility} sealed class {converterName} : global::System.Text.Json.Serialization.JsonConverter<{typeName}>");
        writer.Line(converterMembers);
        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
