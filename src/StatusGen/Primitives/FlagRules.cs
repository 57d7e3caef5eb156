using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StatusGen.Primitives;

/// <summary>The standard flags, with the fixed <c>HttpStatus</c> properties that test them, and flag name rules.</summary>
internal static class FlagRules
{
    /// <summary>Longest flag name.</summary>
    public const int MaxNameLength = 64;

    public const string Cacheable = "cacheable";
    public const string NoBody = "no-body";
    public const string Location = "location";
    public const string RetryAfter = "retry-after";
    public const string Retryable = "retryable";
    public const string Permanent = "permanent";
    public const string PreservesMethod = "preserves-method";
    public const string Unused = "unused";
    public const string WwwAuthenticate = "www-authenticate";
    public const string ProxyAuthenticate = "proxy-authenticate";
    public const string Allow = "allow";
    public const string Upgrade = "upgrade";
    public const string ContentRange = "content-range";

    /// <summary>
    /// The thirteen standard flags in catalog order; the order is the bit order of the generated mask. The last five
    /// name a header field that RFC 9110 makes part of a status (a 401 MUST carry WWW-Authenticate, ...): their
    /// properties say "uses" like <c>UsesLocation</c>, and the flag gives the code's case a parameter for the value.
    /// </summary>
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
        new StandardFlag(WwwAuthenticate, "UsesWwwAuthenticate", IsNegated: false),
        new StandardFlag(ProxyAuthenticate, "UsesProxyAuthenticate", IsNegated: false),
        new StandardFlag(Allow, "UsesAllow", IsNegated: false),
        new StandardFlag(Upgrade, "UsesUpgrade", IsNegated: false),
        new StandardFlag(ContentRange, "UsesContentRange", IsNegated: false),
    };

    // \z rather than $, which also matches before a final line break and would let "en\n" through.
    private static readonly Regex FlagNamePattern = new(
        "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool IsValidFlagName(string name) => name.Length <= MaxNameLength && FlagNamePattern.IsMatch(name);

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
}

/// <summary>A standard flag and the property that tests it; a negated property is true when the flag is absent.</summary>
internal sealed record StandardFlag(string Name, string PropertyName, bool IsNegated);
