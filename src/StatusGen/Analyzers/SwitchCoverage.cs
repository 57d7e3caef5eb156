using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StatusGen.Analyzers;

/// <summary>
/// Which cases of a result hierarchy the arms of a <c>switch</c> handle, for STG1002 and the CS8509 suppressor alike.
/// An arm handles a case when it matches every value of that case: a type pattern (<c>GetOrderResult.Ok</c>), a
/// declaration (<c>GetOrderResult.Ok ok</c>, <c>GetOrderResult.Ok _</c>), a property pattern whose subpatterns all
/// match anything (<c>GetOrderResult.Ok { }</c>, <c>{ Value: var order }</c>), a base type of the case
/// (<c>GetOrderResult r</c>, <c>object o</c>, <c>not null</c>, <c>{ }</c>), a discard, <c>var</c> or <c>default</c>;
/// <c>or</c>, <c>and</c> and <c>not</c> combine them. An arm with a <c>when</c> clause handles nothing, nor does a
/// property pattern that tests a value (<c>GetOrderResult.Ok { Value: null }</c>) or a <c>null</c> arm.
/// <para>
/// What the rules cannot decide (a relational or list pattern, a constant, invalid code) counts as handling nothing
/// and, under <c>not</c>, as possibly matching anything: the analysis only ever under-counts what is handled, so the
/// suppressor never hides a CS8509 the compiler would be right about.
/// </para>
/// </summary>
internal static class SwitchCoverage
{
    /// <summary>The cases of <paramref name="hierarchy"/> the arms of <paramref name="switchOperation"/> handle, by index.</summary>
    public static bool[] Handled(ResultHierarchy hierarchy, IOperation switchOperation)
    {
        var handled = new bool[hierarchy.Cases.Length];
        switch (switchOperation)
        {
            case ISwitchExpressionOperation expression:
                foreach (var arm in expression.Arms)
                {
                    if (arm.Guard is null)
                    {
                        Add(handled, Covers(hierarchy, arm.Pattern));
                    }
                }

                break;
            case ISwitchOperation statement:
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        switch (clause)
                        {
                            case IDefaultCaseClauseOperation:
                                return All(hierarchy, true);
                            case IPatternCaseClauseOperation { Guard: null } pattern:
                                Add(handled, Covers(hierarchy, pattern.Pattern));
                                break;
                        }
                    }
                }

                break;
        }

        return handled;
    }

    /// <summary>The cases every value of which <paramref name="pattern"/> matches.</summary>
    private static bool[] Covers(ResultHierarchy hierarchy, IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
            case IDeclarationPatternOperation { MatchesNull: true }:
                return All(hierarchy, true);
            case IDeclarationPatternOperation declaration:
                return OfType(hierarchy, declaration.MatchedType);
            case ITypePatternOperation type:
                return OfType(hierarchy, type.MatchedType);
            case IRecursivePatternOperation recursive:
                return MatchesAnythingInside(recursive) ? OfType(hierarchy, recursive.MatchedType) : All(hierarchy, false);
            case INegatedPatternOperation negated:
                return Not(MayMatch(hierarchy, negated.Pattern));
            case IBinaryPatternOperation binary:
                return Combine(Covers(hierarchy, binary.LeftPattern), Covers(hierarchy, binary.RightPattern), binary.OperatorKind == BinaryOperatorKind.Or);
            default:
                // null, other constants, relational and list patterns, invalid code: they handle no case as a whole.
                return All(hierarchy, false);
        }
    }

    /// <summary>The cases some value of which <paramref name="pattern"/> may match (what <c>not</c> leaves out).</summary>
    private static bool[] MayMatch(ResultHierarchy hierarchy, IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
            case IDeclarationPatternOperation { MatchesNull: true }:
                return All(hierarchy, true);
            case IDeclarationPatternOperation declaration:
                return OfType(hierarchy, declaration.MatchedType);
            case ITypePatternOperation type:
                return OfType(hierarchy, type.MatchedType);
            case IRecursivePatternOperation recursive:
                return OfType(hierarchy, recursive.MatchedType);
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } }:
                return All(hierarchy, false);
            case INegatedPatternOperation negated:
                return Not(Covers(hierarchy, negated.Pattern));
            case IBinaryPatternOperation binary:
                return Combine(MayMatch(hierarchy, binary.LeftPattern), MayMatch(hierarchy, binary.RightPattern), binary.OperatorKind == BinaryOperatorKind.Or);
            default:
                return All(hierarchy, true);
        }
    }

    /// <summary>A property or positional pattern whose every subpattern matches any value: <c>{ }</c>, <c>{ Value: var v }</c>, <c>{ Value: _ }</c>.</summary>
    private static bool MatchesAnythingInside(IRecursivePatternOperation recursive)
    {
        foreach (var subpattern in recursive.DeconstructionSubpatterns)
        {
            if (!MatchesAnything(subpattern))
            {
                return false;
            }
        }

        foreach (var subpattern in recursive.PropertySubpatterns)
        {
            if (!MatchesAnything(subpattern.Pattern))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesAnything(IPatternOperation pattern)
        => pattern is IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true };

    /// <summary>The cases that are <paramref name="matchedType"/> or derive from it (all of them for the union or <c>object</c>).</summary>
    private static bool[] OfType(ResultHierarchy hierarchy, ITypeSymbol? matchedType)
    {
        var covered = new bool[hierarchy.Cases.Length];
        if (matchedType is null || matchedType.TypeKind == TypeKind.Error)
        {
            return covered;
        }

        for (var i = 0; i < covered.Length; i++)
        {
            covered[i] = IsA(hierarchy.Cases[i], matchedType);
        }

        return covered;
    }

    private static bool IsA(INamedTypeSymbol @case, ITypeSymbol type)
    {
        for (INamedTypeSymbol? current = @case; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, type))
            {
                return true;
            }
        }

        foreach (var @interface in @case.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(@interface, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] All(ResultHierarchy hierarchy, bool value)
    {
        var all = new bool[hierarchy.Cases.Length];
        if (value)
        {
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = true;
            }
        }

        return all;
    }

    private static bool[] Not(bool[] cases)
    {
        var result = new bool[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            result[i] = !cases[i];
        }

        return result;
    }

    private static bool[] Combine(bool[] left, bool[] right, bool or)
    {
        var result = new bool[left.Length];
        for (var i = 0; i < left.Length; i++)
        {
            result[i] = or ? left[i] || right[i] : left[i] && right[i];
        }

        return result;
    }

    private static void Add(bool[] handled, bool[] cases)
    {
        for (var i = 0; i < handled.Length; i++)
        {
            handled[i] |= cases[i];
        }
    }
}
