using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;
using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>
/// The IANA HTTP Status Code Registry (as of 2025-09-15), hard-coded so that the tests do not depend on the
/// catalog they check nor on any file outside the repository.
/// </summary>
internal static class IanaRegistry
{
    /// <summary>The 64 registered codes, ascending.</summary>
    public static readonly IReadOnlyList<int> Codes =
    [
        100, 101, 102, 103, 104,
        200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
        300, 301, 302, 303, 304, 305, 306, 307, 308,
        400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
        421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
        500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
    ];

    public static readonly FrozenSet<int> CodeSet = Codes.ToFrozenSet();

    /// <summary>The codes whose registry entry carries a status; every other code is plainly registered.</summary>
    public static readonly FrozenDictionary<int, string> SpecialRegistrations = new Dictionary<int, string>
    {
        [104] = "temporary", // "(TEMPORARY - registered 2024-11-13, ...)": draft-ietf-httpbis-resumable-upload
        [305] = "deprecated", // RFC 9110 §15.4.6: deprecated for security reasons
        [306] = "unused", // RFC 9110 §15.4.7: used in an earlier draft, now reserved
        [418] = "unused", // RFC 9110 §15.5.19: reserved because of RFC 2324's "I'm a teapot"
        [510] = "obsoleted", // "Not Extended (OBSOLETED)": RFC 2774 moved to Historic
    }.ToFrozenDictionary();

    /// <summary>Every registered code, one theory case each, so a failure names its code.</summary>
    public static TheoryData<int> AllCodes => new(Codes);
}
