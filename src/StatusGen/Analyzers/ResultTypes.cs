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
/// The result hierarchies one compilation sees — <c>StatusResult&lt;T&gt;</c> (any <c>T</c>) and every <c>[StatusUnion]</c>
/// class, its own or a referenced assembly's — and their cases in catalog order. The compilation's own are recognised
/// from the symbols the generator wrote into it: <c>StatusResult`1</c> and <c>StatusUnionAttribute</c> in the generated
/// namespace (StatusGenNamespace). A referenced library's are recognised by what survives into metadata: the
/// <c>[GeneratedCode("StatusGen", …)]</c> the generator writes on <c>StatusResult&lt;T&gt;</c> and on the union's part,
/// on an abstract class with nested cases deriving from it. Never by a type's name alone, so a user's own
/// <c>StatusResult</c> or hand-written look-alike is not mistaken for one.
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

        // Even with neither type of its own, a compilation may switch over a referenced library's result types.
        var statusResult = compilation.GetTypeByMetadataName(codes.Namespace + ".StatusResult`1");
        var unionAttribute = compilation.GetTypeByMetadataName(codes.Namespace + ".StatusUnionAttribute");
        return new ResultTypes(statusResult, unionAttribute, codes);
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
        // is the catalog's order, then as declared for a case whose name is no catalog code. A referenced library's
        // cases are named by its own catalog, which may have custom codes this project's lacks.
        var codes = CodesOf(type);
        var cases = type.GetTypeMembers()
            .Where(member => member.TypeKind == TypeKind.Class && SymbolEqualityComparer.Default.Equals(member.BaseType, type))
            .Select((member, index) => (Case: member, Code: codes.CodeOf(member.Name) ?? _codes.CodeOf(member.Name) ?? int.MaxValue, Index: index))
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
        if (_unionAttribute is not null
            && type.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _unionAttribute)))
        {
            return true;
        }

        // A referenced assembly's union has lost [StatusUnion], and its StatusResult<T> is another symbol than this
        // compilation's (in another namespace, or hidden behind this one's): both keep the generator's [GeneratedCode].
        // Build then requires the cases, nested classes deriving from the type.
        return type.IsAbstract && IsGeneratedByStatusGen(type.OriginalDefinition);
    }

    /// <summary><c>[System.CodeDom.Compiler.GeneratedCode("StatusGen", any version)]</c> on the type itself.</summary>
    private static bool IsGeneratedByStatusGen(INamedTypeSymbol type)
        => type.GetAttributes().Any(attribute => attribute.AttributeClass is
            {
                Name: "GeneratedCodeAttribute",
                ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } },
            }
            && attribute.ConstructorArguments.Length == 2
            && attribute.ConstructorArguments[0].Value is ToolName);

    /// <summary>The generator's tool name in <c>[GeneratedCode]</c> (Emit's GeneratedFile writes it).</summary>
    private const string ToolName = "StatusGen";

    /// <summary>
    /// The catalog that named <paramref name="type"/>'s cases: for a type of another assembly, that assembly's
    /// <c>HttpStatusCodes</c>, found in the namespace of the <c>HttpStatus</c> its <c>Status</c> property returns;
    /// else (and for this compilation's types) this compilation's.
    /// </summary>
    private GeneratedStatusCodes CodesOf(INamedTypeSymbol type)
    {
        var assembly = type.ContainingAssembly;
        if (assembly is null || type.OriginalDefinition.Locations.Any(location => location.IsInSource)
            || type.GetMembers("Status").OfType<IPropertySymbol>().FirstOrDefault()?.Type is not INamedTypeSymbol { ContainingNamespace: { } statusNamespace })
        {
            return _codes;
        }

        // Looked up once per result type: Build's results are cached.
        return GeneratedStatusCodes.Find(assembly, statusNamespace.ToDisplayString()) ?? _codes;
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
