using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusUnionAttribute</c> into the configured namespace with the configured accessibility. It is
/// <c>[Conditional]</c> on a symbol no project defines, so the compiler checks its arguments but does not keep it in the
/// assembly: only the generator reads it, from syntax (see <c>Configuration/StatusUnionReader</c>).
/// </summary>
internal static class StatusUnionAttributeEmitter
{
    public const string HintName = "StatusUnionAttribute.g.cs";

    public static string Emit(EmitModel model)
    {
        var docs = DocComments.For(model.Generation);
        var writer = GeneratedFile.Start(model.Options.Namespace);
        docs.WriteFixed(writer, StatusUnionDocTexts.AttributeSummary);
        docs.WriteFixed(writer, StatusUnionDocTexts.AttributeRemarks, "remarks");
        writer.OpenBlock($$"""
            /// <example>
            /// <code>
            /// [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
            /// public partial class GetOrderResult { }
            ///
            /// string text = result.Match(
            ///     ok: ok =&gt; ok.Value.Item,
            ///     notFound: notFound =&gt; "no such order",
            ///     conflict: conflict =&gt; "changed meanwhile");
            /// </code>
            /// </example>
            [global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
            [global::System.Diagnostics.Conditional("STATUSGEN_KEEP_ATTRIBUTES")]
            {{GeneratedFile.GeneratedCodeAttribute}}
            {{model.Options.Accessibility}} sealed class StatusUnionAttribute : global::System.Attribute
            """);
        docs.WriteFixed(writer, StatusUnionDocTexts.AttributeCodesConstructor);
        docs.WriteParam(writer, "codes", StatusUnionDocTexts.AttributeCodesParameter);
        writer.Line("""
            public StatusUnionAttribute(params int[] codes)
            {
                Codes = codes;
            }

            """);
        docs.WriteFixed(writer, StatusUnionDocTexts.AttributeValueTypeConstructor);
        docs.WriteParam(writer, "valueType", StatusUnionDocTexts.AttributeValueTypeParameter);
        docs.WriteParam(writer, "codes", StatusUnionDocTexts.AttributeCodesParameter);
        writer.Line("""
            public StatusUnionAttribute(global::System.Type valueType, params int[] codes)
            {
                ValueType = valueType;
                Codes = codes;
            }

            """);
        docs.WriteFixed(writer, StatusUnionDocTexts.AttributeValueType);
        writer.Line("public global::System.Type? ValueType { get; }");
        writer.Line();
        docs.WriteFixed(writer, StatusUnionDocTexts.AttributeCodes);
        writer.Line("public int[] Codes { get; }");
        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
