using System;
using System.Collections.Generic;

namespace StatusGen.Validation;

/// <summary>Near-miss suggestions for an unknown flag: a typo in a flag list should name the flag that was meant.</summary>
internal static class FlagSuggestion
{
    /// <summary>The flag of <paramref name="known"/> that <paramref name="unknown"/> is a near miss of ("retryable" for "retryabel"), or null.</summary>
    public static string? For(string unknown, IEnumerable<string> known)
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
        return best is not null && bestDistance <= threshold ? best : null;
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
