using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StatusGen.Analyzers;

/// <summary>A result type and its cases in catalog order.</summary>
internal sealed class ResultHierarchy
{
    public ResultHierarchy(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> cases, bool isClosed)
    {
        Type = type;
        Cases = cases;
        IsClosed = isClosed;
    }

    /// <summary><c>GetOrderResult</c>, <c>StatusResult&lt;Order&gt;</c>.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>Its cases (<c>GetOrderResult.Ok</c>, ...), in catalog order.</summary>
    public ImmutableArray<INamedTypeSymbol> Cases { get; }

    /// <summary>Declared <c>closed</c>: the compiler's CS8509 checks switches over it.</summary>
    public bool IsClosed { get; }

    /// <summary>The cases as a switch names them: <c>GetOrderResult.Conflict</c>, <c>StatusResult&lt;Order&gt;.NotFound</c>.</summary>
    public static string Display(INamedTypeSymbol @case) => @case.ToDisplayString(DisplayFormat);

    private static readonly SymbolDisplayFormat DisplayFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>The missing ones of <paramref name="covered"/>, in catalog order.</summary>
    public List<INamedTypeSymbol> Missing(bool[] covered)
    {
        var missing = new List<INamedTypeSymbol>();
        for (var i = 0; i < Cases.Length; i++)
        {
            if (!covered[i])
            {
                missing.Add(Cases[i]);
            }
        }

        return missing;
    }
}
