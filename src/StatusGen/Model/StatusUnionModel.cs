using StatusGen.Primitives;

namespace StatusGen.Model;

/// <summary>
/// A type that contains an endpoint union, as its partial declaration must be repeated around the generated part:
/// the keyword (<c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>) and the name with its
/// type parameter list, e.g. <c>Outer&lt;T&gt;</c>.
/// </summary>
internal sealed record ContainingTypeInfo(string Keyword, string NameWithTypeParameters);

/// <summary>
/// What the generated part of one <c>[StatusUnion]</c> class needs, without positions, so moving the class around in
/// its file regenerates nothing: where it is declared, its optional value type, and its cases in the attribute's order.
/// </summary>
/// <param name="Namespace">The namespace of the declared class; null for the global namespace.</param>
/// <param name="ContainingTypes">The types the class is nested in, outermost first.</param>
/// <param name="Name">The class name.</param>
/// <param name="ValueType">The value type as fully qualified C# (<c>global::Acme.Order</c>); null without one.</param>
/// <param name="ValueTypeAllowsConversion">Whether C# allows a user-defined conversion from the value type (not an interface, not <c>object</c>).</param>
/// <param name="Codes">The codes of the cases, in the attribute's order; each has a case in the catalog.</param>
internal sealed record StatusUnionModel(
    string? Namespace,
    EquatableArray<ContainingTypeInfo> ContainingTypes,
    string Name,
    string? ValueType,
    bool ValueTypeAllowsConversion,
    EquatableArray<int> Codes)
{
    /// <summary>The class as C# names it from anywhere: <c>global::Acme.Outer.GetOrderResult</c>.</summary>
    public string FullName
    {
        get
        {
            var name = Namespace is null ? "global::" : "global::" + Namespace + ".";
            foreach (var containing in ContainingTypes)
            {
                name += containing.NameWithTypeParameters + ".";
            }

            return name + Name;
        }
    }
}

/// <summary>
/// Whether generated class hierarchies can be declared <c>closed</c> (C# 15's closed classes), so a <c>switch</c> over
/// their cases is exhaustive without a discard.
/// </summary>
/// <param name="LanguageSupportsClosed">The compiler running the generator accepts <c>closed</c> at the project's language version.</param>
/// <param name="HasCompilerFeatureRequired">The compilation has <c>CompilerFeatureRequiredAttribute</c>, which the compiler writes on closed classes (.NET 7+).</param>
/// <param name="HasIsClosedTypeAttribute">The compilation can use <c>IsClosedTypeAttribute</c> already; otherwise a polyfill is generated.</param>
internal sealed record ClosedSupport(bool LanguageSupportsClosed, bool HasCompilerFeatureRequired, bool HasIsClosedTypeAttribute)
{
    public static readonly ClosedSupport None = new(false, false, false);

    /// <summary>Whether to declare the generated hierarchies <c>closed</c>.</summary>
    public bool UsesClosed => LanguageSupportsClosed && HasCompilerFeatureRequired;

    /// <summary>Whether <c>IsClosedTypeAttribute</c> must be generated.</summary>
    public bool NeedsIsClosedTypeAttribute => UsesClosed && !HasIsClosedTypeAttribute;
}

/// <summary>What every endpoint union of a run shares: the catalog and options, the interop, closed support.</summary>
/// <param name="HasNotNullWhen">Whether <c>NotNullWhenAttribute</c> is usable (not on netstandard2.0), for <c>TryFrom</c>'s out parameter.</param>
internal sealed record StatusUnionSettings(GenerationModel Generation, InteropCapabilities Capabilities, ClosedSupport Closed, bool HasNotNullWhen);

/// <summary>One endpoint union to emit: its own model and the shared settings.</summary>
internal sealed record StatusUnionEmitModel(StatusUnionModel Union, StatusUnionSettings Settings)
{
    public StatusCatalog Catalog => Settings.Generation.Catalog;

    public GeneratorOptions Options => Settings.Generation.Options;
}
