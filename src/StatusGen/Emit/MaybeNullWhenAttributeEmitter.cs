using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits an internal <c>System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute</c> for projects whose framework lacks
/// one (netstandard2.0, .NET Framework), so <c>StatusResult&lt;T&gt;.TryGetValue</c> keeps its nullable annotation.
/// The compiler recognises the attribute by name, from any assembly. Only emitted when the compilation has no
/// accessible one (see <c>AttributeAvailability</c>): a second accessible definition would be ambiguous.
/// Its docs stay English template text: it is an internal stand-in for the framework's attribute, not part of the
/// generated API.
/// </summary>
internal static class MaybeNullWhenAttributeEmitter
{
    public const string HintName = "MaybeNullWhenAttribute.g.cs";

    public const string MetadataName = "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute";

    public static string Emit(EmitModel model)
    {
        var writer = GeneratedFile.Start("System.Diagnostics.CodeAnalysis");
        writer.Line($$"""
            /// <summary>
            /// Specifies that an output may be null even if the corresponding type disallows it, when the method returns
            /// <see cref="ReturnValue"/>. Added by StatusGen because the target framework does not define it.
            /// </summary>
            [global::System.AttributeUsage(global::System.AttributeTargets.Parameter, Inherited = false)]
            {{GeneratedFile.GeneratedCodeAttribute}}
            internal sealed class MaybeNullWhenAttribute : global::System.Attribute
            {
                /// <summary>Initializes the attribute with the return value condition.</summary>
                /// <param name="returnValue">The return value for which the parameter may be null.</param>
                public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

                /// <summary>The return value for which the parameter may be null.</summary>
                public bool ReturnValue { get; }
            }
            """);
        return GeneratedFile.Finish(writer);
    }
}
