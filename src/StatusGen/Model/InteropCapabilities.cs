namespace StatusGen.Model;

/// <summary>
/// Which interop code the consuming compilation can use, reduced to plain booleans the moment the compilation is
/// seen (by <c>Configuration/InteropDetection</c>), so no pipeline stage keeps a <see cref="Compilation"/> or a
/// symbol, and an edit that leaves the references alone regenerates nothing. Each flag names the APIs the generated
/// code calls, not a framework version: a netstandard2.0 project that references the System.Text.Json package gets
/// the JSON converters and the HttpClient extensions, one that does not gets neither.
/// </summary>
/// <param name="Json">
/// System.Text.Json 8 or later: the converters for <c>HttpStatus</c> and <c>StatusProblem</c> (they serialize
/// extension values through <c>JsonTypeInfo</c>, which is trimming-safe and needs the non-generic
/// <c>JsonSerializer.Serialize(Utf8JsonWriter, object, JsonTypeInfo)</c> of version 8).
/// </param>
/// <param name="HttpClient">JSON and <c>System.Net.Http.HttpResponseMessage</c>: the HttpClient extensions and <c>StatusResultException</c>.</param>
/// <param name="HttpContentTakesCancellation">
/// <c>HttpContent.ReadAsStreamAsync(CancellationToken)</c> exists (.NET 5+); on netstandard2.0 the token is checked
/// between reads instead.
/// </param>
/// <param name="AspNetCore">
/// JSON and ASP.NET Core 8 or later: <c>IResult</c>, <c>JsonOptions</c>, <c>IOptions&lt;T&gt;</c>, the Accept-Language
/// parser and <c>HttpResponse.WriteAsJsonAsync(object, JsonTypeInfo, ...)</c>, which is what <c>Results.Json</c> uses.
/// </param>
/// <param name="EndpointMetadata">
/// ASP.NET Core and <c>IEndpointMetadataProvider</c> / <c>IProducesResponseTypeMetadata</c> (7+), with C# 11 or later:
/// the provider's member is a static abstract interface member.
/// </param>
/// <param name="Spans">
/// <c>ReadOnlySpan&lt;char&gt;</c> with <c>MemoryExtensions.Equals(span, span, StringComparison)</c> (.NET Core 3+, or
/// the System.Memory package): <c>HttpStatus</c> parses spans, and its string overloads call the span one.
/// </param>
/// <param name="SpanFormattable"><c>ISpanFormattable</c> (.NET 6+): <c>HttpStatus.TryFormat</c> into chars, so interpolation does not allocate.</param>
/// <param name="Utf8SpanFormattable"><c>IUtf8SpanFormattable</c> and <c>Utf8.FromUtf16</c> (.NET 8+): <c>TryFormat</c> into UTF-8 bytes.</param>
/// <param name="Parsable"><c>IParsable&lt;T&gt;</c> (.NET 7+) with C# 11 or later (its members are static abstract).</param>
/// <param name="SpanParsable"><c>ISpanParsable&lt;T&gt;</c>, spans and C# 11 or later.</param>
/// <param name="HeadersNonValidated">
/// <c>HttpHeaders.NonValidated</c> (.NET 6+): the HttpClient extensions read a case's header fields as sent; without it
/// through <c>TryGetValues</c>, which re-formats a value it can parse (<c>GET,HEAD</c> becomes <c>GET, HEAD</c>).
/// </param>
internal sealed record InteropCapabilities(
    bool Json,
    bool HttpClient,
    bool HttpContentTakesCancellation,
    bool AspNetCore,
    bool EndpointMetadata,
    bool Spans = false,
    bool SpanFormattable = false,
    bool Utf8SpanFormattable = false,
    bool Parsable = false,
    bool SpanParsable = false,
    bool HeadersNonValidated = false)
{
    public static readonly InteropCapabilities None = new(false, false, false, false, false);

    /// <summary>Whether <c>StatusResult&lt;T&gt;</c> gets a second part, so its main declaration must be <c>partial</c>.</summary>
    public bool ExtendsStatusResult => AspNetCore;
}
