using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>The thirteen flags the catalog declares, and which codes must carry each, per the RFCs.</summary>
internal static class StandardFlags
{
    /// <summary>Flag name → the exact set of codes that carry it.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<int>> Holders = new Dictionary<string, int[]>
    {
        // RFC 9110 §15.1 lists the heuristically cacheable codes; RFC 7725 §3 adds 451.
        ["cacheable"] = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501],
        // 1xx (§15.2), 204 (§15.3.5) and 304 (§15.4.5) cannot contain content; 205 must not (§15.3.6).
        ["no-body"] = [100, 101, 102, 103, 104, 204, 205, 304],
        // 201 may (§15.3.2), 300 should if there is a preferred choice (§15.4.1), 301/302/307/308 should, 303 does.
        ["location"] = [201, 300, 301, 302, 303, 307, 308],
        // §10.2.3: meaningful with 503 and redirects; 413 if temporary (§15.5.14); 429 (RFC 6585 §4).
        ["retry-after"] = [300, 301, 302, 303, 307, 308, 413, 429, 503],
        // The common default set of retrying clients; conditional cases (413, 421, 425) are left out.
        ["retryable"] = [408, 429, 500, 502, 503, 504],
        ["permanent"] = [301, 308],
        // 307 MUST NOT change the method (§15.4.8); 308 likewise (§15.4 note, RFC 7538).
        ["preserves-method"] = [307, 308],
        // RFC 9110 §15.4.7 and §15.5.19.
        ["unused"] = [306, 418],
        // The header fields RFC 9110 makes part of a status. A 401 MUST carry WWW-Authenticate (§15.5.2, §11.6.1).
        ["www-authenticate"] = [401],
        // A 407 MUST carry Proxy-Authenticate (§15.5.8, §11.7.1).
        ["proxy-authenticate"] = [407],
        // A 405 MUST carry Allow (§15.5.6); other responses (an OPTIONS 200) may, which the flag does not claim.
        ["allow"] = [405],
        // A 426 MUST carry Upgrade (§15.5.22), and so must a 101 (§15.2.2).
        ["upgrade"] = [101, 426],
        // A 416 SHOULD carry Content-Range (§15.5.17). Not 206: its Content-Range is per part when multipart (§15.3.7).
        ["content-range"] = [416],
    }.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet());

    public static readonly IReadOnlyList<string> Names =
        [
            "cacheable", "no-body", "location", "retry-after", "retryable", "permanent", "preserves-method", "unused",
            "www-authenticate", "proxy-authenticate", "allow", "upgrade", "content-range",
        ];

    public static TheoryData<string> AllNames => new(Names);
}
