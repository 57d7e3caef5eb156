using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StatusGen.Validation;

/// <summary>The standard flags, with the fixed <c>HttpStatus</c> properties that test them, and flag name rules.</summary>
internal static class FlagRules
{
    public const string FlagNameRuleText = "flag names are kebab case: lower-case letters and digits in words joined by '-'";

    public const string Cacheable = "cacheable";
    public const string NoBody = "no-body";
    public const string Location = "location";
    public const string RetryAfter = "retry-after";
    public const string Retryable = "retryable";
    public const string Permanent = "permanent";
    public const string PreservesMethod = "preserves-method";
    public const string Unused = "unused";

    /// <summary>The eight standard flags in catalog order; the order is the bit order of the generated mask.</summary>
    public static readonly IReadOnlyList<StandardFlag> StandardFlags = new[]
    {
        new StandardFlag(Cacheable, "IsCacheableByDefault", IsNegated: false),
        new StandardFlag(NoBody, "AllowsContent", IsNegated: true),
        new StandardFlag(Location, "UsesLocation", IsNegated: false),
        new StandardFlag(RetryAfter, "UsesRetryAfter", IsNegated: false),
        new StandardFlag(Retryable, "IsRetryable", IsNegated: false),
        new StandardFlag(Permanent, "IsPermanentRedirect", IsNegated: false),
        new StandardFlag(PreservesMethod, "PreservesMethod", IsNegated: false),
        new StandardFlag(Unused, "IsUnused", IsNegated: false),
    };

    // \z rather than $, which also matches before a final line break and would let "en\n" through.
    private static readonly Regex FlagNamePattern = new(
        "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsValidFlagName(string name) => name.Length <= 64 && FlagNamePattern.IsMatch(name);

    public static StandardFlag? FindStandard(string name)
    {
        foreach (var flag in StandardFlags)
        {
            if (flag.Name == name)
            {
                return flag;
            }
        }

        return null;
    }

    /// <summary>" (did you mean 'retryable'?)" for a near miss among <paramref name="known"/>, else "".</summary>
    public static string SuggestionFor(string unknown, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(unknown.ToLowerInvariant(), candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var threshold = Math.Max(2, unknown.Length / 3);
        return best is not null && bestDistance <= threshold ? " (did you mean '" + best + "'?)" : string.Empty;
    }

    private static int EditDistance(string left, string right)
    {
        // Inputs are flag names, at most 64 characters (longer unknown names are cut), so the table stays small.
        if (left.Length > 64)
        {
            left = left.Substring(0, 64);
        }

        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}

/// <summary>A standard flag and the property that tests it; a negated property is true when the flag is absent.</summary>
internal sealed record StandardFlag(string Name, string PropertyName, bool IsNegated);
