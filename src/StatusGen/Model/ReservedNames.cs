using System;
using System.Collections.Generic;

namespace StatusGen.Model;

/// <summary>
/// Every name the emitters write into the generated types besides the catalog's own code and flag names: the types,
/// their members of any accessibility, nested types and type parameters. A code or flag property with one of these
/// names would break the consumer's build inside generated code (CS0102, CS0111, CS0542), so it is refused (STG0008).
/// ReservedNameTests compares this set with the members of the compiled generated types, in both directions: an
/// emitter that writes a new member fails that test until the name is added here.
/// </summary>
internal static class ReservedNames
{
    public static readonly IReadOnlyCollection<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        // The generated types: a member named like one would shadow it inside the generated code.
        "HttpStatus", "HttpStatusCodes", "StatusGroup", "StatusResult", "StatusProblem", "StatusResultException",
        "HttpStatusJsonConverter", "StatusProblemJsonConverter", "HttpResponseMessageStatusExtensions", "StatusResultAspNetCore",
        "StatusUnionAttribute", "StatusProblemOpenApi", "StatusHeaders",
        // HttpStatus: public members, then private ones.
        "Code", "Name", "ReasonPhrase", "Group", "IsKnown", "GetTitle", "GetDescription",
        "IsInformational", "IsSuccess", "IsRedirection", "IsClientError", "IsServerError", "IsError",
        "IsCacheableByDefault", "IsRetryable", "AllowsContent", "UsesLocation", "UsesRetryAfter",
        "IsPermanentRedirect", "PreservesMethod", "IsUnused", "HasFlag",
        "UsesWwwAuthenticate", "UsesProxyAuthenticate", "UsesAllow", "UsesUpgrade", "UsesContentRange",
        "FromCode", "TryFromCode", "TryParse", "Parse", "All", "CompareTo", "TryFormat",
        "_code", "MinCode", "MaxCode", "Ordinal", "CatalogData", "GetText", "MatchLanguage", "Matches",
        "NotAStatus", "TryParseText", "FindText", "IsTextOf", "FormatOf", "DigitCount",
        // StatusResult<T> and its cases (a case cannot have a member named like itself), with the type parameters.
        "Status", "Value", "Location", "RetryAfter", "Problem", "Match", "Switch", "TryGetValue", "T", "TResult",
        "Instance", "Received", "LocationOrNull", "ProblemOrNull", "RetryAfterOrNull", "EqualsCase", "HashCase",
        "WwwAuthenticate", "ProxyAuthenticate", "Allow", "Upgrade", "ContentRange", "Headers", "WithHeader", "WithHeaders", "_headers",
        // Inherited from object and ValueType: a code named like one would hide it.
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>Names reserved for members not written yet (ReservedNameTests does not expect them in the output).</summary>
    public static readonly IReadOnlyCollection<string> ForPlannedMembers = Array.Empty<string>();

    public static bool Contains(string name) => ((HashSet<string>)All).Contains(name);
}
