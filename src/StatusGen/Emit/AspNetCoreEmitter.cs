using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits the ASP.NET Core part of <c>StatusResult&lt;T&gt;</c>: a second <c>partial</c> declaration that implements
/// <c>IResult</c> (and, with C# 11 and ASP.NET Core 7+, <c>IEndpointMetadataProvider</c>) explicitly, so the union's own
/// members stay the documented <c>StatusResult&lt;T&gt;</c> API, plus the internal <c>StatusResultAspNetCore</c> helpers it calls. The response:
/// <list type="bullet">
/// <item>the status code; <c>Location</c> and the header fields a flag gives the case (<c>WWW-Authenticate</c>, ...)
/// exactly as given; <c>Retry-After</c> as delta-seconds rounded up; then the case's extra <c>Headers</c>;</item>
/// <item>content: JSON with the app's <c>JsonOptions</c> (<c>Results.Json</c>'s way: through <c>JsonTypeInfo</c>, the
/// runtime type when the declared one is not sealed and has no polymorphism configured);</item>
/// <item>4xx/5xx with a body: <c>application/problem+json</c> through <c>StatusProblemJsonConverter</c>, titled with the
/// problem's own title, or else the catalog title in the request's best <c>Accept-Language</c>, with
/// <c>Vary: Accept-Language</c> and <c>Content-Language</c> when the catalog has that title in more than one text;</item>
/// <item>everything else (204, 205, 304, redirects): no body.</item>
/// </list>
/// The advertised OpenAPI responses are <see cref="AdvertisedResponses"/>.
/// </summary>
internal static class AspNetCoreEmitter
{
    public const string HintName = "StatusResult.AspNetCore.g.cs";

    public const string HelperName = "StatusResultAspNetCore";

    private const string AspNet = "global::Microsoft.AspNetCore.Http";
    private const string Json = "global::System.Text.Json";
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string JsonContentType = "application/json";
    private const string ProblemContentType = "application/problem+json";

    /// <summary>
    /// The responses a <c>StatusResult&lt;T&gt;</c> endpoint advertises, when the catalog has these cases: 200 with
    /// <c>T</c>, and 400 and 500 with <c>StatusProblem</c>. The type cannot know which of its ~60 cases one endpoint
    /// returns; listing them all would fill every operation with responses it never sends (and client generators with
    /// types for them). 200 is the success the type is named for; 400 and 500 are the codes RFC 9110 §15 tells a client
    /// to treat any unrecognised 4xx and 5xx as, so they describe every error this type sends: a problem+json body.
    /// Endpoints add their specific codes with <c>.ProducesProblem(404)</c> or <c>.Produces&lt;Order&gt;(201)</c>.
    /// </summary>
    public static IReadOnlyList<(int Code, bool IsContent)> AdvertisedResponses(StatusCatalog catalog)
    {
        var shapes = CaseShape.For(catalog);
        var responses = new List<(int, bool)>();
        if (shapes.Any(shape => shape.Code.Code == 200 && shape.HasValue))
        {
            responses.Add((200, true));
        }

        foreach (var code in new[] { 400, 500 })
        {
            if (shapes.Any(shape => shape.Code.Code == code && shape.HasProblem))
            {
                responses.Add((code, false));
            }
        }

        return responses;
    }

    public static string Emit(EmitModel input)
    {
        var model = input.Generation;
        var capabilities = input.Capabilities;
        var docs = DocComments.For(model);
        var helper = "global::" + model.Options.Namespace + "." + HelperName;
        var writer = GeneratedFile.Start(model.Options.Namespace);

        var interfaces = AspNet + ".IResult";
        if (capabilities.EndpointMetadata)
        {
            interfaces += ", " + AspNet + ".Metadata.IEndpointMetadataProvider";
        }

        // Not repeating 'abstract': the main declaration says abstract or closed (which cannot be written together).
        writer.OpenBlock($"{model.Options.Accessibility} partial class StatusResult<T> : {interfaces}");
        WriteExecute(writer, docs, model, helper);
        if (capabilities.EndpointMetadata)
        {
            WritePopulateMetadata(writer, docs, model, helper);
        }

        writer.CloseBlock();
        writer.Line();
        WriteHelper(writer, capabilities.EndpointMetadata, model.Catalog);
        return GeneratedFile.Finish(writer);
    }

    private static void WriteExecute(SourceWriter writer, DocComments docs, GenerationModel model, string helper)
    {
        docs.WriteFixed(writer, DocTexts.ExecuteSummary);
        docs.WriteFixed(writer, DocTexts.ExecuteRemarks, "remarks");
        docs.WriteParam(writer, "httpContext", DocTexts.ExecuteHttpContextParameter);
        docs.WriteFixed(writer, DocTexts.ExecuteReturns, "returns");
        writer.OpenBlock($"{Task} {AspNet}.IResult.ExecuteAsync({AspNet}.HttpContext httpContext)");
        writer.Line("""
            if (httpContext is null)
            {
                throw new global::System.ArgumentNullException(nameof(httpContext));
            }

            global::System.TimeSpan? retryAfter = null;
            """);
        WriteCaseFields(writer, CaseShape.For(model.Catalog), helper, "result");
        writer.Line($$"""

            {{helper}}.WriteHead(httpContext, Status, LocationOrNull, retryAfter, Headers);
            if (TryGetValue(out var value))
            {
                return {{helper}}.WriteContentAsync(httpContext, value);
            }

            // Problem details are a body: a custom error code flagged no-body gets none.
            if (Status.IsError && Status.AllowsContent)
            {
                return {{helper}}.WriteProblemAsync(httpContext, Status, ProblemOrNull);
            }

            return {{Task}}.CompletedTask;
            """);
        writer.CloseBlock();
    }

    /// <summary>
    /// The switch that reads what only some cases carry: the <c>Retry-After</c> delay into <c>retryAfter</c>, and each
    /// header field a flag gives the case (<c>WWW-Authenticate</c>, ...) written at once. Only cases with such members
    /// get an arm, so the switch stays as short as the catalog allows; the union part writes the same switch.
    /// </summary>
    internal static void WriteCaseFields(SourceWriter writer, IEnumerable<CaseShape> shapes, string helper, string variable)
    {
        var cases = shapes.Where(shape => shape.HasRetryAfter || shape.Headers.Count > 0).ToList();
        if (cases.Count == 0)
        {
            return;
        }

        writer.OpenBlock("switch (this)");
        foreach (var shape in cases)
        {
            var statements = new List<string>();
            if (shape.HasRetryAfter)
            {
                statements.Add($"    retryAfter = {variable}.RetryAfter;");
            }

            foreach (var field in shape.Headers)
            {
                statements.Add($"    {helper}.WriteField(httpContext, \"{field.FieldName}\", {variable}.{field.Property}, allowsEmpty: {(field.AllowsEmpty ? "true" : "false")});");
            }

            statements.Add("    break;");
            writer.Line($"case {shape.Name} {variable}:\n" + string.Join("\n", statements));
        }

        writer.CloseBlock();
    }

    private static void WritePopulateMetadata(SourceWriter writer, DocComments docs, GenerationModel model, string helper)
    {
        var advertised = AdvertisedResponses(model.Catalog);
        writer.Line();
        docs.WriteFixed(writer, DocTexts.PopulateMetadataSummary);
        docs.WriteFixed(writer, DocTexts.AdvertisedCodes.Format(string.Join(", ", advertised.Select(response => Number(response.Code)))), "remarks");
        docs.WriteParam(writer, "method", DocTexts.PopulateMetadataMethodParameter);
        docs.WriteParam(writer, "builder", DocTexts.PopulateMetadataBuilderParameter);
        writer.OpenBlock($"static void {AspNet}.Metadata.IEndpointMetadataProvider.PopulateMetadata(global::System.Reflection.MethodInfo method, global::Microsoft.AspNetCore.Builder.EndpointBuilder builder)");
        writer.Line("""
            if (builder is null)
            {
                throw new global::System.ArgumentNullException(nameof(builder));
            }

            """);
        foreach (var (code, isContent) in advertised)
        {
            // Errors name StatusProblem's OpenAPI shape: StatusProblem itself is the open schema {} to exporters.
            var (type, contentType) = isContent ? ("T", "JsonContentType") : (StatusProblemOpenApiEmitter.TypeName(model.Options), "ProblemContentType");
            writer.Line($"builder.Metadata.Add(new {helper}.ResponseMetadata({Number(code)}, typeof({type}), {helper}.{contentType}));");
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// The internal helper class: fixed code but for the <c>ResponseMetadata</c> class, which only a project with
    /// endpoint metadata gets. Its members are no public API, so their comments are plain English.
    /// </summary>
    private static void WriteHelper(SourceWriter writer, bool endpointMetadata, StatusCatalog catalog)
    {
        var languages = string.Join(", ", catalog.Languages.Select(CSharpLiteral.String));
        writer.OpenBlock($$"""
            /// <summary>What <c>StatusResult&lt;T&gt;</c>'s <c>IResult</c> implementation needs, apart from the type argument.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            internal static class {{HelperName}}
            """);
        writer.Line($$"""
            internal const string JsonContentType = "{{JsonContentType}}";

            internal const string ProblemContentType = "{{ProblemContentType}}";

            /// <summary>The options when the app registered none: ASP.NET Core's own defaults (web: camelCase).</summary>
            private static readonly {{Json}}.JsonSerializerOptions DefaultOptions = new {{AspNet}}.Json.JsonOptions().SerializerOptions;

            /// <summary>The catalog's languages in the order of <c>HttpStatus.MatchLanguage</c>'s indexes: English first.</summary>
            private static readonly string[] Languages = { {{languages}} };

            internal static void WriteHead({{AspNet}}.HttpContext httpContext, HttpStatus status, string? location, global::System.TimeSpan? retryAfter, {{StatusHeadersEmitter.ListType}} headers)
            {
                var response = httpContext.Response;
                response.StatusCode = status.Code;
                if (location != null)
                {
                    response.Headers["Location"] = location;
                }

                if (retryAfter.HasValue)
                {
                    // delta-seconds (RFC 9110 §10.2.3) are whole seconds: round up, so a client never retries too early.
                    var ticks = retryAfter.Value.Ticks;
                    var seconds = (ticks / global::System.TimeSpan.TicksPerSecond) + (ticks % global::System.TimeSpan.TicksPerSecond == 0 ? 0 : 1);
                    response.Headers["Retry-After"] = seconds.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                }

                // The extra headers, each name's values together (WithHeader keeps them so): they replace what was there,
                // except Vary, which lists what the response depends on: replacing it would drop what middleware added
                // (CORS's Vary: Origin), so its tokens are added.
                for (var i = 0; i < headers.Count; i++)
                {
                    var name = headers[i].Key;
                    var end = i + 1;
                    while (end < headers.Count && string.Equals(headers[end].Key, name, global::System.StringComparison.OrdinalIgnoreCase))
                    {
                        end++;
                    }

                    if (string.Equals(name, "Vary", global::System.StringComparison.OrdinalIgnoreCase))
                    {
                        for (var j = i; j < end; j++)
                        {
                            AddVary(response, headers[j].Value);
                        }
                    }
                    else if (end == i + 1)
                    {
                        response.Headers[name] = headers[i].Value;
                    }
                    else
                    {
                        var values = new string[end - i];
                        for (var j = i; j < end; j++)
                        {
                            values[j - i] = headers[j].Value;
                        }

                        response.Headers[name] = values;
                    }

                    i = end - 1;
                }
            }

            /// <summary>
            /// A header field the case carries as a member (the flag of its code says which). An <c>Upgrade</c> also needs the
            /// <c>upgrade</c> connection option in HTTP/1.x (RFC 9110 §7.8), with <c>keep-alive</c> where the connection persists;
            /// HTTP/2 and HTTP/3 have no Connection field. An
            /// empty value of a field that must not be blank is a case read from a response that had none: none is sent.
            /// </summary>
            internal static void WriteField({{AspNet}}.HttpContext httpContext, string name, string? value, bool allowsEmpty)
            {
                if (value == null || (value.Length == 0 && !allowsEmpty))
                {
                    return;
                }

                var response = httpContext.Response;
                response.Headers[name] = value;
                if (name == "Upgrade" && httpContext.Request.Protocol.StartsWith("HTTP/1.", global::System.StringComparison.Ordinal))
                {
                    // Kestrel keeps a connection alive after a response with a Connection field only when the field lists
                    // keep-alive (it closes it otherwise, without saying so): list it when the connection would persist
                    // anyway, so a 426 does not cost the client its connection.
                    var connection = response.Headers["Connection"];
                    var persists = !ListsToken(connection, "close")
                                   && !ListsToken(httpContext.Request.Headers["Connection"], "close")
                                   && (httpContext.Request.Protocol == "HTTP/1.1" || ListsToken(httpContext.Request.Headers["Connection"], "keep-alive"));
                    connection = global::Microsoft.Extensions.Primitives.StringValues.Concat(connection, "upgrade");
                    response.Headers["Connection"] = persists && !ListsToken(connection, "keep-alive")
                        ? global::Microsoft.Extensions.Primitives.StringValues.Concat(connection, "keep-alive")
                        : connection;
                }
            }

            /// <summary>Whether a comma-separated field lists the token (case-insensitively, as connection options compare).</summary>
            private static bool ListsToken(global::Microsoft.Extensions.Primitives.StringValues field, string token)
            {
                foreach (var value in field)
                {
                    foreach (var listed in (value ?? string.Empty).Split(','))
                    {
                        if (string.Equals(listed.Trim(), token, global::System.StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }

            /// <summary>As <c>Results.Json</c> writes: the app's options, the runtime type when the declared one is open to subtypes.</summary>
            internal static {{Task}} WriteContentAsync<TValue>({{AspNet}}.HttpContext httpContext, TValue value)
            {
                var options = SerializerOptions(httpContext);
                var declared = typeof(TValue);
                var typeInfo = options.GetTypeInfo(declared);
                if (value != null && !declared.IsSealed && !declared.IsValueType && typeInfo.PolymorphismOptions == null)
                {
                    var runtimeType = value.GetType();
                    if (runtimeType != declared)
                    {
                        typeInfo = options.GetTypeInfo(runtimeType);
                    }
                }

                return {{AspNet}}.HttpResponseJsonExtensions.WriteAsJsonAsync(httpContext.Response, value, typeInfo, JsonContentType + "; charset=utf-8");
            }

            /// <summary>An RFC 9457 body: the problem's members, the numeric status, and a title in the request's language when the problem has none.</summary>
            internal static {{Task}} WriteProblemAsync({{AspNet}}.HttpContext httpContext, HttpStatus status, StatusProblem? problem)
            {
                var title = problem?.Title;
                if (title == null)
                {
                    var language = PreferredLanguage(httpContext.Request);
                    title = status.GetTitle(language);
                    Negotiated(httpContext.Response, status, language, title);
                }

                var options = SerializerOptions(httpContext);
                var body = new global::System.Buffers.ArrayBufferWriter<byte>();
                using (var json = new {{Json}}.Utf8JsonWriter(body, new {{Json}}.JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
                {
                    {{StatusProblemJsonEmitter.ConverterName}}.WriteProblem(json, problem, title.Length == 0 ? null : title, status.Code, options);
                }

                var response = httpContext.Response;
                response.ContentType = ProblemContentType;
                response.ContentLength = body.WrittenCount;
                return response.Body.WriteAsync(body.WrittenMemory).AsTask();
            }

            /// <summary>
            /// The Accept-Language range with the highest q-value (the first of equals) that the catalog has titles in, as
            /// <c>HttpStatus.GetTitle</c> matches it (<c>HttpStatus.MatchLanguage</c>: <c>ko-KR</c> finds <c>ko</c>, <c>kok</c> does not); English
            /// when none does or the header is missing or malformed. <c>q=0</c> means "not this one".
            /// </summary>
            internal static string PreferredLanguage({{AspNet}}.HttpRequest request)
            {
                var best = "en";
                var bestQuality = 0.0;
                foreach (var range in {{AspNet}}.HeaderDictionaryTypeExtensions.GetTypedHeaders(request).AcceptLanguage)
                {
                    var quality = range.Quality ?? 1.0;
                    var tag = range.Value.Value;
                    if (quality > bestQuality && tag != null && HttpStatus.MatchLanguage(tag) >= 0)
                    {
                        best = tag;
                        bestQuality = quality;
                    }
                }

                return best;
            }

            /// <summary>
            /// A title chosen from Accept-Language makes the response depend on that header when the catalog has the code's
            /// title in more than one language, even when the request had no Accept-Language (a cache must not give its
            /// English body to a Korean request): then <c>Vary: Accept-Language</c>, added to any Vary the response has, and
            /// the catalog language actually served as <c>Content-Language</c>, unless the app set one. With one title only
            /// (a code whose texts are English only, or a code the catalog does not have), neither.
            /// </summary>
            private static void Negotiated({{AspNet}}.HttpResponse response, HttpStatus status, string language, string title)
            {
                var english = status.GetTitle("en");
                var varies = false;
                for (var i = 1; i < Languages.Length && !varies; i++)
                {
                    varies = status.GetTitle(Languages[i]) != english;
                }

                if (!varies)
                {
                    return;
                }

                AddVary(response, "Accept-Language");

                if (global::Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers["Content-Language"]))
                {
                    var index = HttpStatus.MatchLanguage(language);
                    response.Headers["Content-Language"] = index > 0 && title != english ? Languages[index] : Languages[0];
                }
            }

            /// <summary>
            /// Adds the field names of a Vary value to the response's Vary, each unless it is listed already (names compare
            /// case-insensitively); <c>*</c> (varies on more than the request's fields) wins over any list.
            /// </summary>
            private static void AddVary({{AspNet}}.HttpResponse response, string value)
            {
                var vary = response.Headers["Vary"];
                if (Lists(vary, "*"))
                {
                    return;
                }

                foreach (var token in value.Split(','))
                {
                    var name = token.Trim();
                    if (name == "*")
                    {
                        response.Headers["Vary"] = "*";
                        return;
                    }

                    if (name.Length > 0 && !Lists(vary, name))
                    {
                        vary = global::Microsoft.Extensions.Primitives.StringValues.Concat(vary, name);
                    }
                }

                response.Headers["Vary"] = vary;
            }

            private static bool Lists(global::Microsoft.Extensions.Primitives.StringValues vary, string name)
                => ListsToken(vary, "*") || ListsToken(vary, name);

            /// <summary>The app's <c>JsonOptions</c> (<c>ConfigureHttpJsonOptions</c>), as <c>Results.Json</c> resolves them.</summary>
            private static {{Json}}.JsonSerializerOptions SerializerOptions({{AspNet}}.HttpContext httpContext)
            {
                var configured = httpContext.RequestServices?.GetService(typeof(global::Microsoft.Extensions.Options.IOptions<{{AspNet}}.Json.JsonOptions>))
                    as global::Microsoft.Extensions.Options.IOptions<{{AspNet}}.Json.JsonOptions>;
                return configured?.Value?.SerializerOptions ?? DefaultOptions;
            }
            """);
        if (endpointMetadata)
        {
            writer.Line($$"""

                /// <summary>One advertised response: status code, body type, content type.</summary>
                internal sealed class ResponseMetadata : {{AspNet}}.Metadata.IProducesResponseTypeMetadata
                {
                    /// <summary>A response with <paramref name="statusCode"/>, a body of <paramref name="type"/> as <paramref name="contentType"/>, or no body when both are null.</summary>
                    /// <param name="statusCode">The status code.</param>
                    /// <param name="type">The type of the body, or <c>null</c> for none.</param>
                    /// <param name="contentType">The media type of the body, or <c>null</c> for none.</param>
                    public ResponseMetadata(int statusCode, global::System.Type? type, string? contentType)
                    {
                        StatusCode = statusCode;
                        Type = type;
                        ContentTypes = contentType == null ? global::System.Array.Empty<string>() : new[] { contentType };
                    }

                    /// <inheritdoc/>
                    public global::System.Type? Type { get; }

                    /// <inheritdoc/>
                    public int StatusCode { get; }

                    /// <summary>None: OpenAPI documents use the reason phrase.</summary>
                    public string? Description => null;

                    /// <inheritdoc/>
                    public global::System.Collections.Generic.IEnumerable<string> ContentTypes { get; }

                    /// <inheritdoc/>
                    public override string ToString() => StatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + Type?.Name + " " + string.Join(", ", ContentTypes);
                }
                """);
        }

        writer.CloseBlock();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
