using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
    Header,
    RetryAfter,
    Problem,
}

/// <summary>
/// A header field that RFC 9110 makes part of a status, and the standard flag that says a code has it: the case of
/// such a code takes its value as a <c>string</c> constructor parameter, sent and read back exactly as given.
/// </summary>
/// <param name="Flag">The standard flag (<c>www-authenticate</c>).</param>
/// <param name="FieldName">The header field as HTTP spells it (<c>WWW-Authenticate</c>).</param>
/// <param name="ParameterName">The constructor parameter; the property is the same with a capital first letter.</param>
/// <param name="Section">The RFC 9110 section that puts it in the status, for the docs.</param>
/// <param name="IsRequired">The RFC says MUST: the parameter is required and not null. SHOULD: optional, null for none.</param>
/// <param name="AllowsEmpty">An empty value means something (an empty <c>Allow</c>: no method is allowed, §10.2.1).</param>
/// <param name="IsContentHeader">HttpClient keeps it with the content's headers rather than the response's.</param>
internal sealed record StatusHeaderField(
    string Flag, string FieldName, string ParameterName, string Section, bool IsRequired, bool AllowsEmpty, bool IsContentHeader)
{
    public string Property => char.ToUpperInvariant(ParameterName[0]) + ParameterName.Substring(1);
}

/// <summary>
/// One constructor parameter of a case: what it carries, its C# type (also the type of its property), its name, and
/// its default value text when optional; for a <see cref="CaseMember.Header"/>, which header field.
/// </summary>
internal sealed record CaseParameter(CaseMember Member, string Type, string Name, string? DefaultValue, StatusHeaderField? Header = null)
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
/// <item>a <c>string</c> per header field flag (<see cref="HeaderFields"/>): required where RFC 9110 says the status
/// MUST carry the field (<c>wwwAuthenticate</c>, <c>proxyAuthenticate</c>, <c>allow</c>, <c>upgrade</c>), optional
/// (<c>string?</c>, default null) where it says SHOULD (<c>contentRange</c>);</item>
/// <item><c>TimeSpan? RetryAfter</c> (optional): the <c>retry-after</c> flag;</item>
/// <item><c>StatusProblem? Problem</c> (optional): a 4xx or 5xx code without <c>no-body</c> (problem details are a
/// response body).</item>
/// </list>
/// Constructor parameters come in the order value, location, required header fields, retryAfter, problem, optional
/// header fields: required ones must come before optional ones, and an optional field added to a code later goes
/// last, so a call that passed <c>problem</c> by position still compiles.
/// </summary>
internal sealed class CaseShape
{
    /// <summary>The header fields that flags make part of a status, in the order of their flags (and parameters).</summary>
    public static readonly IReadOnlyList<StatusHeaderField> HeaderFields = new[]
    {
        new StatusHeaderField(FlagRules.WwwAuthenticate, "WWW-Authenticate", "wwwAuthenticate", "15.5.2", IsRequired: true, AllowsEmpty: false, IsContentHeader: false),
        new StatusHeaderField(FlagRules.ProxyAuthenticate, "Proxy-Authenticate", "proxyAuthenticate", "15.5.8", IsRequired: true, AllowsEmpty: false, IsContentHeader: false),
        new StatusHeaderField(FlagRules.Allow, "Allow", "allow", "15.5.6", IsRequired: true, AllowsEmpty: true, IsContentHeader: true),
        new StatusHeaderField(FlagRules.Upgrade, "Upgrade", "upgrade", "15.5.22", IsRequired: true, AllowsEmpty: false, IsContentHeader: false),
        new StatusHeaderField(FlagRules.ContentRange, "Content-Range", "contentRange", "15.5.17", IsRequired: false, AllowsEmpty: false, IsContentHeader: true),
    };

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
        var headers = new List<StatusHeaderField>();
        foreach (var field in HeaderFields)
        {
            if (code.HasFlag(field.Flag))
            {
                headers.Add(field);
            }
        }

        Headers = headers;
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

    /// <summary>The header fields the case carries as members, in <see cref="HeaderFields"/> order.</summary>
    public IReadOnlyList<StatusHeaderField> Headers { get; }

    /// <summary>Whether <c>new Case()</c> compiles: every constructor parameter is optional.</summary>
    public bool HasParameterlessForm => !HasValue && Location != LocationRule.Required && !Headers.Any(header => header.IsRequired);

    /// <summary>
    /// Whether the case has the internal factory <c>Received</c> that the readers use (<c>StatusHeaders.Source.Response</c> first): a
    /// required field that must not be blank (<c>WWW-Authenticate</c>, <c>Proxy-Authenticate</c>, <c>Upgrade</c>) is
    /// empty there when the response had none, which the public constructor refuses. ASP.NET Core's own
    /// <c>Results.Unauthorized()</c> sends a 401 without WWW-Authenticate, and HTTP/2 drops Upgrade: a response must
    /// still read.
    /// </summary>
    public bool HasReceivedForm => Headers.Any(header => header.IsRequired && !header.AllowsEmpty);

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

        foreach (var field in Headers.Where(field => field.IsRequired))
        {
            parameters.Add(new CaseParameter(CaseMember.Header, "string", field.ParameterName, null, field));
        }

        if (HasRetryAfter)
        {
            parameters.Add(new CaseParameter(CaseMember.RetryAfter, "global::System.TimeSpan?", "retryAfter", "null"));
        }

        if (HasProblem)
        {
            parameters.Add(new CaseParameter(CaseMember.Problem, "StatusProblem?", "problem", "null"));
        }

        foreach (var field in Headers.Where(field => !field.IsRequired))
        {
            parameters.Add(new CaseParameter(CaseMember.Header, "string?", field.ParameterName, "null", field));
        }

        return parameters;
    }
}
