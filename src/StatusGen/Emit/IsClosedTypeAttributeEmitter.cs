using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits an internal <c>System.Runtime.CompilerServices.IsClosedTypeAttribute</c>, which the compiler needs to declare a
/// <c>closed</c> class and which the runtime does not ship yet. Only emitted when the generated hierarchies are
/// declared closed and the compilation has no accessible one. Its docs stay English template text, as the
/// <c>MaybeNullWhenAttribute</c> stand-in's do.
/// </summary>
internal static class IsClosedTypeAttributeEmitter
{
    public const string HintName = "IsClosedTypeAttribute.g.cs";

    public const string MetadataName = "System.Runtime.CompilerServices.IsClosedTypeAttribute";

    public const string CompilerFeatureRequiredMetadataName = "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute";

    public static string Emit(EmitModel model)
    {
        var writer = GeneratedFile.Start("System.Runtime.CompilerServices");
        writer.Line($$"""
            /// <summary>
            /// Marks a <c>closed</c> class: only the classes of its own assembly derive from it, so a <c>switch</c> over its
            /// direct subclasses is exhaustive. Added by StatusGen because the target framework does not define it.
            /// </summary>
            [global::System.AttributeUsage(global::System.AttributeTargets.Class, Inherited = false)]
            {{GeneratedFile.GeneratedCodeAttribute}}
            internal sealed class IsClosedTypeAttribute : global::System.Attribute
            {
            }
            """);
        return GeneratedFile.Finish(writer);
    }
}
