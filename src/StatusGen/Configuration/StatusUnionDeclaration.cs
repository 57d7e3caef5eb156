using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Configuration;

/// <summary>
/// One status code argument of <c>[StatusUnion]</c> as written: a number (a literal or any constant the compilation can
/// evaluate), or the member name of an <c>HttpStatusCodes</c> constant, which the generator itself defines and so is
/// looked up in the catalog; neither when the argument is something else. With where it stands.
/// </summary>
internal sealed record UnionCodeArgument(int? Code, string? CatalogName, string Text, LocationInfo Location);

/// <summary>
/// A <c>[StatusUnion]</c> class as read from its declaration, reduced at once to values (no symbol, no syntax), with the
/// places diagnostics point to. <see cref="Problems"/> are the class's own mistakes (not partial, static, ...): with any,
/// nothing is generated for it.
/// </summary>
/// <param name="IsPublic">Whether the class is visible outside its assembly (public, and every containing type too).</param>
/// <param name="IsFirstDeclaration">
/// False for a second partial declaration that carries the attribute as well (the compiler reports CS0579): only the
/// first generates, so one class never gets two generated parts.
/// </param>
/// <param name="MemberNames">The names of the members the user declared in the class.</param>
internal sealed record StatusUnionDeclaration(
    string? Namespace,
    EquatableArray<ContainingTypeInfo> ContainingTypes,
    string Name,
    bool IsPublic,
    bool IsFirstDeclaration,
    string? ValueType,
    string? ValueTypeDisplay,
    bool ValueTypeAllowsConversion,
    LocationInfo? ValueTypeLocation,
    EquatableArray<UnionCodeArgument> Codes,
    EquatableArray<string> MemberNames,
    LocationInfo AttributeLocation,
    EquatableArray<DiagnosticInfo> Problems);
