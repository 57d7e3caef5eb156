using System.Linq;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>HttpResponseMessageStatusExtensions</c>: <c>GetStatus()</c> and <c>ReadStatusResultAsync&lt;T&gt;()</c> on
/// <c>HttpResponseMessage</c>. The reader is a <c>switch</c> over the catalog's cases written at generation time, each
/// building its case from what <see cref="CaseShape"/> says it carries, so it cannot disagree with the union:
/// <list type="bullet">
/// <item>content: JSON through <c>JsonTypeInfo</c> (trimming-safe), with web defaults unless options are given;</item>
/// <item><c>Location</c>: as sent (<c>Uri.OriginalString</c>, so a relative reference stays relative);</item>
/// <item>the header fields a flag gives the case (<c>WWW-Authenticate</c>, ...; <c>Allow</c> and <c>Content-Range</c>
/// from the content's headers, where HttpClient keeps them): as sent; a missing required one throws, like a missing
/// <c>Location</c>;</item>
/// <item>the rest of the response and content headers, but for the framing ones, as the case's <c>Headers</c>
/// (<c>StatusHeaders.IsExtra</c>), added once after the switch;</item>
/// <item><c>Retry-After</c>: delta-seconds, or an HTTP-date turned into a delay from the response's <c>Date</c>
/// (the server's clock, so client clock skew does not matter), or from now when there is none; never negative;</item>
/// <item>problem details: an <c>application/problem+json</c> body through <c>StatusProblemJsonConverter</c>; a body
/// equal to <c>StatusProblem.For(status)</c> reads as no problem, which is what it means (RFC 9457 §4.2.1) and what
/// <c>new NotFound()</c> sends, so a round trip gives back an equal case.</item>
/// </list>
/// </summary>
internal static class HttpClientEmitter
{
    public const string HintName = "HttpResponseMessageStatusExtensions.g.cs";

    public const string TypeName = "HttpResponseMessageStatusExtensions";

    private const string Json = "global::System.Text.Json";
    private const string Http = "global::System.Net.Http";
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static string Emit(EmitModel input)
    {
        var model = input.Generation;
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);
        var exception = "global::" + model.Options.Namespace + "." + StatusResultExceptionEmitter.TypeName;
        var withToken = input.Capabilities.HttpContentTakesCancellation ? "cancellationToken" : string.Empty;

        docs.WriteFixed(writer, DocTexts.ResponseExtensionsSummary);
        writer.OpenBlock($$"""
            /// <example>
            /// <code>
            /// using var response = await client.GetAsync("/orders/42");
            /// StatusResult&lt;Order&gt; result = await response.ReadStatusResultAsync&lt;Order&gt;();
            /// var text = result switch
            /// {
            ///     StatusResult&lt;Order&gt;.Ok { Value: var order } =&gt; "order " + order.Id,
            ///     StatusResult&lt;Order&gt;.NotFound { Problem: var problem } =&gt; problem?.Detail ?? "no such order",
            ///     _ =&gt; result.ToString(),
            /// };
            /// </code>
            /// </example>
            {{GeneratedFile.GeneratedCodeAttribute}}
            {{model.Options.Accessibility}} static class {{TypeName}}
            """);
        writer.Line($$"""
            private const string ProblemMediaType = "application/problem+json";

            /// <summary>System.Text.Json's web defaults: camelCase names, read case-insensitively, numbers also from strings.</summary>
            private static readonly {{Json}}.JsonSerializerOptions WebOptions = Ready(new {{Json}}.JsonSerializerOptions({{Json}}.JsonSerializerDefaults.Web));

            """);

        WriteGetStatus(writer, docs);
        WriteReadStatusResult(writer, docs, model, exception);
        WriteHelpers(writer, exception, withToken, input.Capabilities.HeadersNonValidated);

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }

    private static void WriteGetStatus(SourceWriter writer, DocComments docs)
    {
        docs.WriteFixed(writer, DocTexts.GetStatusSummary);
        docs.WriteParam(writer, "response", DocTexts.ResponseParameter);
        docs.WriteFixed(writer, DocTexts.ResponseStatus, "returns");
        docs.WriteException(writer, "global::System.ArgumentNullException", DocTexts.ResponseIsNull);
        docs.WriteException(writer, "global::System.ArgumentOutOfRangeException", DocTexts.GetStatusOutOfRange);
        writer.Line($$"""
            public static HttpStatus GetStatus(this {{Http}}.HttpResponseMessage response)
            {
                if (response is null)
                {
                    throw new global::System.ArgumentNullException(nameof(response));
                }

                return HttpStatus.FromCode((int)response.StatusCode);
            }

            """);
    }

    private static void WriteReadStatusResult(SourceWriter writer, DocComments docs, GenerationModel model, string exception)
    {
        docs.WriteFixed(writer, DocTexts.ReadStatusResultSummary);
        docs.WriteTypeParam(writer, "T", DocTexts.SuccessContentTypeParameter);
        docs.WriteParam(writer, "response", DocTexts.ResponseParameter);
        docs.WriteParam(writer, "options", DocTexts.ReadStatusResultOptionsParameter);
        docs.WriteParam(writer, "cancellationToken", DocTexts.ReadStatusResultCancellationParameter);
        docs.WriteFixed(writer, DocTexts.ReadStatusResultReturns, "returns");
        docs.WriteFixed(writer, DocTexts.ReadStatusResultRemarks, "remarks");
        docs.WriteException(writer, "global::System.ArgumentNullException", DocTexts.ResponseIsNull);
        docs.WriteException(writer, exception, DocTexts.ReadStatusResultNoCase);
        docs.WriteException(writer, Json + ".JsonException", DocTexts.ReadStatusResultInvalidJson);
        var shapes = CaseShape.For(model.Catalog);
        // A catalog whose cases carry neither content nor problems (e.g. extends: none with a few codes) reads nothing
        // asynchronously: the method is then not async (CS1998) and reports failures through the task all the same.
        var awaits = shapes.Any(shape => shape.HasValue || shape.HasProblem);
        var async = awaits ? "async " : string.Empty;
        writer.OpenBlock($$"""
            public static {{async}}{{Task}}<StatusResult<T>> ReadStatusResultAsync<T>(
                this {{Http}}.HttpResponseMessage response,
                {{Json}}.JsonSerializerOptions? options = null,
                {{CancellationToken}} cancellationToken = default)
            """);
        if (!awaits)
        {
            writer.OpenBlock("try");
        }

        writer.Line("var status = GetStatus(response);");
        if (shapes.Count > 0)
        {
            writer.Line("StatusResult<T> result;");
        }

        writer.OpenBlock("switch (status.Code)");
        foreach (var shape in shapes)
        {
            writer.Line($$"""
                case {{shape.CodeText}}:
                    result = {{Construct(shape)}};
                    break;
                """);
        }

        writer.Line($$"""
            default:
                throw new {{exception}}(status, "StatusResult<T> has no case for " + status.ToString() + (status.IsKnown ? "." : " (a code the catalog does not define)."));
            """);
        writer.CloseBlock();
        // The extra headers once for every case, rather than in each arm (a catalog without cases never gets here: CS0162).
        if (shapes.Count > 0)
        {
            writer.Line();
            writer.Line(awaits
                ? "return result.WithHeaders(ExtraHeadersOf(response, status));"
                : "return " + Task + ".FromResult(result.WithHeaders(ExtraHeadersOf(response, status)));");
        }
        if (!awaits)
        {
            writer.CloseBlock();
            writer.Line($$"""
                catch (global::System.Exception exception)
                {
                    return {{Task}}.FromException<StatusResult<T>>(exception);
                }
                """);
        }

        writer.CloseBlock();
        writer.Line();
    }

    /// <summary>The expression that builds one case from the response.</summary>
    private static string Construct(CaseShape shape)
    {
        var type = "StatusResult<T>." + shape.Name;
        if (shape.Parameters.Count == 0)
        {
            return type + ".Instance";
        }

        var arguments = shape.Parameters.Select(parameter => parameter.Member switch
        {
            CaseMember.Value => "await ReadContentAsync<T>(response, options, cancellationToken).ConfigureAwait(false)",
            CaseMember.Location when shape.Location == LocationRule.Required => "RequireLocation(response, status)",
            CaseMember.Location => "LocationOf(response)",
            CaseMember.Header => FieldArgument(parameter.Header!),
            CaseMember.RetryAfter => "RetryAfterOf(response)",
            _ => "await ReadProblemAsync(response, status, cancellationToken).ConfigureAwait(false)",
        });
        return StatusResultEmitter.Construction(shape, type, StatusHeadersEmitter.TypeName, arguments);
    }

    /// <summary>How the reader gets a header field the case carries: HttpClient keeps <c>Allow</c> and <c>Content-Range</c> with the content.</summary>
    private static string FieldArgument(StatusHeaderField field)
    {
        var content = field.IsContentHeader ? "true" : "false";
        return field.IsRequired
            ? $"RequiredFieldOf(response, \"{field.FieldName}\", content: {content}, allowsEmpty: {(field.AllowsEmpty ? "true" : "false")})"
            : $"FieldOf(response, \"{field.FieldName}\", content: {content}, allowsEmpty: false)";
    }

    private static void WriteHelpers(SourceWriter writer, string exception, string withToken, bool nonValidated)
    {
        // As sent where HttpHeaders.NonValidated exists (.NET 6+): TryGetValues parses what it can and re-formats it
        // (Allow: GET,HEAD comes back as GET, HEAD; a challenge loses doubled spaces).
        var fieldValues = nonValidated ? "headers.NonValidated.TryGetValues(name, out var values)" : "headers.TryGetValues(name, out var values)";
        writer.Line($$"""
            private static async {{Task}}<T> ReadContentAsync<T>({{Http}}.HttpResponseMessage response, {{Json}}.JsonSerializerOptions? options, {{CancellationToken}} cancellationToken)
            {
                // Through JsonTypeInfo, as HttpClient's own JSON extensions do: options with a source-generated resolver work trimmed.
                var typeInfo = ({{Json}}.Serialization.Metadata.JsonTypeInfo<T>)(options == null ? WebOptions : Ready(options)).GetTypeInfo(typeof(T));
                var content = response.Content;
                if (content is null)
                {
                    throw new {{Json}}.JsonException("The " + GetStatus(response).ToString() + " response has no content to read as " + typeof(T).Name + ".");
                }

                using (var stream = await content.ReadAsStreamAsync({{withToken}}).ConfigureAwait(false))
                {
                    var value = await {{Json}}.JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                    return value!;
                }
            }

            /// <summary>
            /// Options without a type info resolver mean reflection, as in JsonSerializer's own calls: give them the default
            /// resolver, unless the app turned reflection off (trimmed and AOT apps do); then their options must bring a
            /// resolver, and GetTypeInfo says so.
            /// </summary>
            private static {{Json}}.JsonSerializerOptions Ready({{Json}}.JsonSerializerOptions options)
            {
                if (options.TypeInfoResolver == null && !options.IsReadOnly && {{Json}}.JsonSerializer.IsReflectionEnabledByDefault)
                {
                    #pragma warning disable IL2026, IL3050 // Only reached when reflection-based serialization is enabled.
                    options.MakeReadOnly(populateMissingResolver: true);
                    #pragma warning restore IL2026, IL3050
                }

                return options;
            }

            """);
        writer.OpenBlock($"private static async {Task}<StatusProblem?> ReadProblemAsync({Http}.HttpResponseMessage response, HttpStatus status, {CancellationToken} cancellationToken)");
        writer.Line("""
            var content = response.Content;
            var mediaType = content?.Headers.ContentType?.MediaType;
            if (content is null || !string.Equals(mediaType, ProblemMediaType, global::System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            """);
        if (withToken.Length == 0)
        {
            // HttpContent's reads take no token before .NET 5: check it once before reading.
            writer.Line("cancellationToken.ThrowIfCancellationRequested();");
        }

        writer.Line($$"""
            var body = await content.ReadAsByteArrayAsync({{withToken}}).ConfigureAwait(false);
            var problem = ParseProblem(body);
            // A problem that says nothing beyond its status is what no problem means (RFC 9457 §4.2.1).
            return problem is null || problem.Equals(StatusProblem.For(status)) ? null : problem;
            """);
        writer.CloseBlock();
        writer.Line($$"""

            private static StatusProblem? ParseProblem(byte[] body)
            {
                global::System.ReadOnlySpan<byte> json = body;
                if (json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF)
                {
                    json = json.Slice(3);
                }

                var reader = new {{Json}}.Utf8JsonReader(json);
                return reader.Read() ? {{StatusProblemJsonEmitter.ConverterName}}.ReadProblem(ref reader) : null;
            }

            /// <summary>The Location header as sent: the original string of its URI reference, absolute or relative.</summary>
            private static string? LocationOf({{Http}}.HttpResponseMessage response)
            {
                var location = response.Headers.Location;
                if (location != null)
                {
                    return string.IsNullOrWhiteSpace(location.OriginalString) ? null : location.OriginalString;
                }

                // A value HttpClient could not parse as a URI is still what the server sent.
                if (response.Headers.TryGetValues("Location", out var values))
                {
                    foreach (var value in values)
                    {
                        if (!string.IsNullOrWhiteSpace(value))
                        {
                            return value;
                        }
                    }
                }

                return null;
            }

            /// <summary>
            /// A header field as sent, its field lines joined with ", " (RFC 9110 §5.3); null when absent, and when blank unless
            /// an empty value means something (an empty Allow: no method).
            /// </summary>
            private static string? FieldOf({{Http}}.HttpResponseMessage response, string name, bool content, bool allowsEmpty)
            {
                var headers = content ? ({{Http}}.Headers.HttpHeaders?)response.Content?.Headers : response.Headers;
                if (headers == null || !{{fieldValues}})
                {
                    return null;
                }

                var value = string.Join(", ", values);
                return allowsEmpty || !string.IsNullOrWhiteSpace(value) ? value : null;
            }

            /// <summary>
            /// A field RFC 9110 requires on the status, empty when the response has none: common servers omit it (ASP.NET
            /// Core's own <c>Results.Unauthorized()</c> sends no WWW-Authenticate; HTTP/2 drops Upgrade), and the response,
            /// with its problem details, still reads.
            /// </summary>
            private static string RequiredFieldOf({{Http}}.HttpResponseMessage response, string name, bool content, bool allowsEmpty)
                => FieldOf(response, name, content, allowsEmpty) ?? string.Empty;

            /// <summary>
            /// The response's extra headers: every response and content header but the framing ones and those the case has a
            /// member for (<c>StatusHeaders.IsExtra</c>), one pair per value, in HttpClient's order.
            /// </summary>
            private static {{StatusHeadersEmitter.CollectionType}} ExtraHeadersOf({{Http}}.HttpResponseMessage response, HttpStatus status)
            {
                global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>? extra = null;
                AddExtraHeaders(ref extra, response.Headers, status);
                if (response.Content != null)
                {
                    AddExtraHeaders(ref extra, response.Content.Headers, status);
                }

                return extra == null ? {{StatusHeadersEmitter.TypeName}}.None : new {{StatusHeadersEmitter.CollectionType}}(extra);
            }

            private static void AddExtraHeaders(ref global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>? extra, {{Http}}.Headers.HttpHeaders headers, HttpStatus status)
            {
                foreach (var header in headers)
                {
                    if (!{{StatusHeadersEmitter.TypeName}}.IsExtra(status, header.Key))
                    {
                        continue;
                    }

                    foreach (var value in header.Value)
                    {
                        (extra ??= new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>()).Add(
                            new global::System.Collections.Generic.KeyValuePair<string, string>(header.Key, value));
                    }
                }
            }

            private static string RequireLocation({{Http}}.HttpResponseMessage response, HttpStatus status)
                => LocationOf(response) ?? throw new {{exception}}(status, "The " + status.ToString() + " response has no Location header, which its StatusResult case requires.");

            /// <summary>
            /// Retry-After as a delay: delta-seconds as they are; an HTTP-date relative to the response's Date header (the
            /// server's clock), or to now without one; never negative.
            /// </summary>
            private static global::System.TimeSpan? RetryAfterOf({{Http}}.HttpResponseMessage response)
            {
                var retryAfter = response.Headers.RetryAfter;
                global::System.TimeSpan delay;
                if (retryAfter?.Delta is { } delta)
                {
                    delay = delta;
                }
                else if (retryAfter?.Date is { } date)
                {
                    delay = date - (response.Headers.Date ?? global::System.DateTimeOffset.UtcNow);
                }
                else
                {
                    return null;
                }

                return delay < global::System.TimeSpan.Zero ? global::System.TimeSpan.Zero : delay;
            }
            """);
    }
}
