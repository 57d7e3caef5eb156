using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusGen.Analyzers;

/// <summary>
/// The result hierarchies of one compilation — <c>StatusResult&lt;T&gt;</c> (any <c>T</c>) and every <c>[StatusUnion]</c>
/// class — and their cases in catalog order, recognised from the symbols the generator wrote into the compilation:
/// <c>StatusResult`1</c> and <c>StatusUnionAttribute</c> in the generated namespace (StatusGenNamespace), never by a
/// type's name alone, so a user's own <c>StatusResult</c> elsewhere is not mistaken for one.
/// </summary>
internal sealed class ResultTypes
{
    private readonly INamedTypeSymbol? _statusResult;
    private readonly INamedTypeSymbol? _unionAttribute;
    private readonly GeneratedStatusCodes _codes;
    private readonly ConcurrentDictionary<ITypeSymbol, ResultHierarchy?> _hierarchies = new(SymbolEqualityComparer.Default);

    private ResultTypes(INamedTypeSymbol? statusResult, INamedTypeSymbol? unionAttribute, GeneratedStatusCodes codes)
    {
        _statusResult = statusResult;
        _unionAttribute = unionAttribute;
        _codes = codes;
    }

    /// <summary>The compilation's result types, or null when the generator wrote none into it.</summary>
    public static ResultTypes? Find(Compilation compilation, AnalyzerOptions options)
    {
        if (GeneratedStatusCodes.Find(compilation, options) is not { } codes)
        {
            return null;
        }

        var statusResult = compilation.GetTypeByMetadataName(codes.Namespace + ".StatusResult`1");
        var unionAttribute = compilation.GetTypeByMetadataName(codes.Namespace + ".StatusUnionAttribute");
        return statusResult is null && unionAttribute is null ? null : new ResultTypes(statusResult, unionAttribute, codes);
    }

    /// <summary>
    /// The hierarchy a switch over a value of <paramref name="type"/> selects among, or null when the type is not a
    /// result type (a case type, <c>object</c>, a type parameter, a user's type).
    /// </summary>
    public ResultHierarchy? HierarchyOf(ITypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named)
        {
            return null;
        }

        // Nullable annotations do not change the cases: GetOrderResult? selects among the same ones.
        named = (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        return _hierarchies.GetOrAdd(named, candidate => Build((INamedTypeSymbol)candidate, cancellationToken));
    }

    private ResultHierarchy? Build(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!IsResultType(type))
        {
            return null;
        }

        // The cases are the nested classes that derive from the type itself (on a constructed StatusResult<Order> they
        // are StatusResult<Order>.Ok, ...), including any a partial declaration of the user adds; ordered by code, which
        // is the catalog's order, then as declared for a case whose name is no catalog code.
        var cases = type.GetTypeMembers()
            .Where(member => member.TypeKind == TypeKind.Class && SymbolEqualityComparer.Default.Equals(member.BaseType, type))
            .Select((member, index) => (Case: member, Code: _codes.CodeOf(member.Name) ?? int.MaxValue, Index: index))
            .OrderBy(item => item.Code)
            .ThenBy(item => item.Index)
            .Select(item => item.Case)
            .ToImmutableArray();
        return cases.IsEmpty ? null : new ResultHierarchy(type, cases, IsClosed(type.OriginalDefinition, cancellationToken));
    }

    private bool IsResultType(INamedTypeSymbol type)
    {
        if (_statusResult is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _statusResult))
        {
            return true;
        }

        // [StatusUnion] is [Conditional]: it is on the symbol of a class declared in this compilation, which is where
        // the generator writes the union's cases.
        return _unionAttribute is not null
               && type.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _unionAttribute));
    }

    /// <summary>
    /// Whether the class is declared <c>closed</c> (C# 15), so that the compiler itself checks switches over it. This
    /// assembly compiles against Roslyn 4.8, which has no such modifier or symbol property: the declaration's modifier
    /// tokens are read by their text (a compiler that knows the modifier parses it as a modifier token whose text is
    /// "closed"; one that does not cannot compile the generated declaration at all), and a class from metadata carries
    /// <c>IsClosedTypeAttribute</c>, which the compiler writes on every closed class.
    /// </summary>
    private static bool IsClosed(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(modifier => modifier.Text == "closed"))
            {
                return true;
            }
        }

        return type.GetAttributes().Any(attribute => attribute.AttributeClass is
        {
            Name: "IsClosedTypeAttribute",
            ContainingNamespace: { Name: "CompilerServices", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } },
        });
    }
}
