using System.Collections.Generic;
using System.Globalization;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Emit;

/// <summary>Whether a <c>StatusResult&lt;T&gt;</c> case takes a <c>Location</c>, and if so whether it may be null.</summary>
internal enum LocationRule
{
    None,
    Required,
    Optional,
}

/// <summary>What a case can carry; each is one constructor parameter and one property of the case.</summary>
internal enum CaseMember
{
    Value,
    Location,
    RetryAfter,
    Problem,
}

/// <summary>
/// One constructor parameter of a case: what it carries, its C# type (also the type of its property), its name, and
/// its default value text when optional.
/// </summary>
internal sealed record CaseParameter(CaseMember Member, string Type, string Name, string? DefaultValue)
{
    public string Declaration => Type + " " + Name + (DefaultValue is null ? string.Empty : " = " + DefaultValue);

    /// <summary>The property the constructor stores the parameter in: its name with a capital first letter.</summary>
    public string Property => char.ToUpperInvariant(Name[0]) + Name.Substring(1);
}

/// <summary>
/// What one <c>StatusResult&lt;T&gt;</c> case carries, derived from its code's group and flags. All the rules
/// live here, so the emitter, the docs and the tests agree:
/// <list type="bullet">
/// <item>content (<c>T Value</c>): a 2xx code without <c>no-body</c>;</item>
/// <item><c>string Location</c>: the <c>location</c> flag; optional (<c>string?</c>, default null) only for 300,
/// whose <c>Location</c> names a preferred choice the server may not have (RFC 9110 §15.4.1);</item>
/// <item><c>TimeSpan? RetryAfter</c> (optional): the <c>retry-after</c> flag;</item>
/// <item><c>StatusProblem? Problem</c> (optional): a 4xx or 5xx code without <c>no-body</c> (problem details are a
/// response body).</item>
/// </list>
/// Constructor parameters come in that order: value, location, retryAfter, problem.
/// </summary>
internal sealed class CaseShape
{
    /// <summary>Codes whose <c>Location</c> is optional although they carry the <c>location</c> flag.</summary>
    private static readonly HashSet<int> OptionalLocationCodes = new() { 300 };

    private CaseShape(StatusCodeInfo code)
    {
        Code = code;
        var allowsContent = !code.HasFlag(FlagRules.NoBody);
        HasValue = code.Group == StatusGroupKind.Success && allowsContent;
        Location = !code.HasFlag(FlagRules.Location) ? LocationRule.None
            : OptionalLocationCodes.Contains(code.Code) ? LocationRule.Optional
            : LocationRule.Required;
        HasRetryAfter = code.HasFlag(FlagRules.RetryAfter);
        HasProblem = (code.Group is StatusGroupKind.ClientError or StatusGroupKind.ServerError) && allowsContent;
        Parameters = CreateParameters();
    }

    public StatusCodeInfo Code { get; }

    public string Name => Code.Name;

    /// <summary>The status code as C# and the docs write it, e.g. <c>404</c>.</summary>
    public string CodeText => Code.Code.ToString(CultureInfo.InvariantCulture);

    public bool HasValue { get; }

    public LocationRule Location { get; }

    public bool HasLocation => Location != LocationRule.None;

    public bool HasRetryAfter { get; }

    public bool HasProblem { get; }

    /// <summary>Whether <c>new Case()</c> compiles: every constructor parameter is optional.</summary>
    public bool HasParameterlessForm => !HasValue && Location != LocationRule.Required;

    /// <summary>The constructor's parameters, in order.</summary>
    public IReadOnlyList<CaseParameter> Parameters { get; }

    /// <summary>A code has a case unless it is 1xx (interim, never a final result) or <c>unused</c> (never sent).</summary>
    public static bool IsCase(StatusCodeInfo code)
        => code.Group != StatusGroupKind.Informational && !code.HasFlag(FlagRules.Unused);

    /// <summary>The cases of the catalog, in code order.</summary>
    public static IReadOnlyList<CaseShape> For(StatusCatalog catalog)
    {
        var shapes = new List<CaseShape>();
        foreach (var code in catalog.Codes)
        {
            if (IsCase(code))
            {
                shapes.Add(new CaseShape(code));
            }
        }

        return shapes;
    }

    private List<CaseParameter> CreateParameters()
    {
        var parameters = new List<CaseParameter>();
        if (HasValue)
        {
            parameters.Add(new CaseParameter(CaseMember.Value, "T", "value", null));
        }

        if (Location == LocationRule.Required)
        {
            parameters.Add(new CaseParameter(CaseMember.Location, "string", "location", null));
        }
        else if (Location == LocationRule.Optional)
        {
            parameters.Add(new CaseParameter(CaseMember.Location, "string?", "location", "null"));
        }

        if (HasRetryAfter)
        {
            parameters.Add(new CaseParameter(CaseMember.RetryAfter, "global::System.TimeSpan?", "retryAfter", "null"));
        }

        if (HasProblem)
        {
            parameters.Add(new CaseParameter(CaseMember.Problem, "StatusProblem?", "problem", "null"));
        }

        return parameters;
    }
}
