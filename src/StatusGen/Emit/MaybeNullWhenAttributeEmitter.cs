namespace StatusGen.Emit;

/// <summary>
/// Emits an internal <c>System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute</c> for projects whose framework lacks
/// one (netstandard2.0, .NET Framework), so <c>StatusResult&lt;T&gt;.TryGetValue</c> keeps its nullable annotation.
/// The compiler recognises the attribute by name, from any assembly. Only emitted when the compilation has no
/// accessible one (see <c>AttributeAvailability</c>): a second accessible definition would be ambiguous.
/// </summary>
internal static class MaybeNullWhenAttributeEmitter
{
    public const string HintName = "MaybeNullWhenAttribute.g.cs";

    public const string MetadataName = "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute";

    public static string Emit()
    {
        var writer = GeneratedFile.Start("System.Diagnostics.CodeAnalysis");
        writer.Line("/// <summary>");
        writer.Line("/// Specifies that an output may be null even if the corresponding type disallows it, when the method returns");
        writer.Line("/// <see cref=\"ReturnValue\"/>. Added by StatusGen because the target framework does not define it.");
        writer.Line("/// </summary>");
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter, Inherited = false)]");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("internal sealed class MaybeNullWhenAttribute : global::System.Attribute");
        writer.Line("/// <summary>Initializes the attribute with the return value condition.</summary>");
        writer.Line("/// <param name=\"returnValue\">The return value for which the parameter may be null.</param>");
        writer.Line("public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;");
        writer.Line();
        writer.Line("/// <summary>The return value for which the parameter may be null.</summary>");
        writer.Line("public bool ReturnValue { get; }");
        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }
}
