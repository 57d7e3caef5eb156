using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits the ASP.NET Core part of <c>StatusResult&lt;T&gt;</c>: a second <c>partial</c> declaration that implements
/// <c>IResult</c> (and, with C# 11 and ASP.NET Core 7+, <c>IEndpointMetadataProvider</c>) explicitly, so the union's own
/// members stay what issue 4 specified, plus the internal <c>StatusResultAspNetCore</c> helpers it calls. The response:
/// <list type="bullet">
/// <item>the status code; <c>Location</c> exactly as given; <c>Retry-After</c> as delta-seconds rounded up;</item>
/// <item>content: JSON with the app's <c>JsonOptions</c> (<c>Results.Json</c>'s way: through <c>JsonTypeInfo</c>, the
/// runtime type when the declared one is not sealed and has no polymorphism configured);</item>
/// <item>4xx/5xx with a body: <c>application/problem+json</c> through <c>StatusProblemJsonConverter</c>, titled with the
/// problem's own title, or else the catalog title in the request's best <c>Accept-Language</c>;</item>
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

    public static string Emit(InteropModel interop)
    {
        var model = interop.Generation;
        var capabilities = interop.Capabilities;
        var docs = DocComments.For(model);
        var helper = "global::" + model.Options.Namespace + "." + HelperName;
        var writer = GeneratedFile.Start(model.Options.Namespace);

        var interfaces = AspNet + ".IResult";
        if (capabilities.EndpointMetadata)
        {
            interfaces += ", " + AspNet + ".Metadata.IEndpointMetadataProvider";
        }

        writer.OpenBlock(model.Options.Accessibility + " abstract partial class StatusResult<T> : " + interfaces);
        WriteExecute(writer, docs, model, helper);
        if (capabilities.EndpointMetadata)
        {
            WritePopulateMetadata(writer, docs, model, helper);
        }

        writer.CloseBlock();
        writer.Line();
        WriteHelper(writer, model, capabilities.EndpointMetadata);
        return GeneratedFile.Finish(writer);
    }

    private static void WriteExecute(SourceWriter writer, DocComments docs, GenerationModel model, string helper)
    {
        docs.WriteFixed(
            writer,
            "이 결과를 HTTP 응답으로 쓴다: 상태 코드, <c>Location</c>(주어진 그대로), <c>Retry-After</c>(올림한 초), 내용 case는 앱의 JSON 옵션으로 쓴 JSON, 오류 case는 RFC 9457 <c>application/problem+json</c> 본문, 본문 없는 코드(204, 205, 304)와 리다이렉션은 본문 없음.",
            "Writes this result as the HTTP response: the status code, <c>Location</c> exactly as given, <c>Retry-After</c> in whole seconds rounded up; the content of a content case as JSON with the app's JSON options; an RFC 9457 <c>application/problem+json</c> body for every error case; no body for the <c>no-body</c> codes (204, 205, 304) and redirections.");
        docs.WriteFixed(
            writer,
            "문제 본문의 <c>title</c>은 문제에 제목이 있으면 그 제목, 없으면 요청의 <c>Accept-Language</c>(q 값 순)에서 카탈로그에 있는 첫 언어의 제목이다 (예: <c>ko</c>, <c>ko-KR</c> → 한국어). 그 밖에는 영어.",
            "The problem body's <c>title</c> is the problem's own title when it has one; otherwise the catalog title in the first language of the request's <c>Accept-Language</c> (by q-value) that the catalog has (<c>ko</c> or <c>ko-KR</c> gives Korean), else English.",
            "remarks");
        docs.WriteParam(writer, "httpContext", "응답을 쓸 HTTP 컨텍스트.", "The HTTP context to write the response to.");
        docs.WriteFixed(writer, "응답을 다 쓰면 끝나는 작업.", "A task that completes when the response is written.", "returns");
        writer.OpenBlock(Task + " " + AspNet + ".IResult.ExecuteAsync(" + AspNet + ".HttpContext httpContext)");
        writer.OpenBlock("if (httpContext is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(httpContext));");
        writer.CloseBlock();
        writer.Line();

        var retryAfterCases = CaseShape.For(model.Catalog).Where(shape => shape.HasRetryAfter).ToList();
        writer.Line("global::System.TimeSpan? retryAfter = null;");
        if (retryAfterCases.Count > 0)
        {
            writer.OpenBlock("switch (this)");
            foreach (var shape in retryAfterCases)
            {
                writer.Line("case " + shape.Name + " result:");
                writer.Line("    retryAfter = result.RetryAfter;");
                writer.Line("    break;");
            }

            writer.CloseBlock();
        }

        writer.Line();
        writer.Line(helper + ".WriteHead(httpContext.Response, Status, LocationOrNull, retryAfter);");
        writer.OpenBlock("if (TryGetValue(out var value))");
        writer.Line("return " + helper + ".WriteContentAsync(httpContext, value);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("// Problem details are a body: a custom error code flagged no-body gets none.");
        writer.OpenBlock("if (Status.IsError && Status.AllowsContent)");
        writer.Line("return " + helper + ".WriteProblemAsync(httpContext, Status, ProblemOrNull);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return " + Task + ".CompletedTask;");
        writer.CloseBlock();
    }

    private static void WritePopulateMetadata(SourceWriter writer, DocComments docs, GenerationModel model, string helper)
    {
        var advertised = AdvertisedResponses(model.Catalog);
        var list = string.Join(", ", advertised.Select(response => Number(response.Code)));
        writer.Line();
        docs.WriteFixed(
            writer,
            "OpenAPI에 응답을 알린다: 200은 <typeparamref name=\"T\"/>(<c>application/json</c>), 400과 500은 <see cref=\"StatusProblem\"/>(<c>application/problem+json</c>). 엔드포인트가 실제로 돌려주는 다른 코드는 <c>.ProducesProblem(404)</c>처럼 엔드포인트에서 더한다.",
            "Describes the responses to OpenAPI: 200 with <typeparamref name=\"T\"/> as <c>application/json</c>, 400 and 500 with <see cref=\"StatusProblem\"/> as <c>application/problem+json</c> (the codes RFC 9110 tells clients to treat any other 4xx and 5xx as). Add the other codes an endpoint returns on the endpoint, e.g. <c>.ProducesProblem(404)</c>.");
        docs.WriteFixed(writer, "이 카탈로그에서 알리는 코드: " + list + ".", "Advertised for this catalog: " + list + ".", "remarks");
        docs.WriteParam(writer, "method", "엔드포인트의 메서드.", "The endpoint's method.");
        docs.WriteParam(writer, "builder", "메타데이터를 더할 엔드포인트 빌더.", "The endpoint builder to add the metadata to.");
        writer.OpenBlock("static void " + AspNet + ".Metadata.IEndpointMetadataProvider.PopulateMetadata(global::System.Reflection.MethodInfo method, global::Microsoft.AspNetCore.Builder.EndpointBuilder builder)");
        writer.OpenBlock("if (builder is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(builder));");
        writer.CloseBlock();
        writer.Line();
        foreach (var (code, isContent) in advertised)
        {
            writer.Line("builder.Metadata.Add(new " + helper + ".ResponseMetadata(" + Number(code) + ", typeof(" + (isContent ? "T" : "StatusProblem") + "), "
                        + (isContent ? helper + ".JsonContentType" : helper + ".ProblemContentType") + "));");
        }

        writer.CloseBlock();
    }

    private static void WriteHelper(SourceWriter writer, GenerationModel model, bool endpointMetadata)
    {
        writer.Line("/// <summary>What <c>StatusResult&lt;T&gt;</c>'s <c>IResult</c> implementation needs, apart from the type argument.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("internal static class " + HelperName);
        writer.Line("internal const string JsonContentType = \"" + JsonContentType + "\";");
        writer.Line();
        writer.Line("internal const string ProblemContentType = \"" + ProblemContentType + "\";");
        writer.Line();
        writer.Line("/// <summary>The options when the app registered none: ASP.NET Core's own defaults (web: camelCase).</summary>");
        writer.Line("private static readonly " + Json + ".JsonSerializerOptions DefaultOptions = new " + AspNet + ".Json.JsonOptions().SerializerOptions;");
        writer.Line();

        writer.OpenBlock("internal static void WriteHead(" + AspNet + ".HttpResponse response, HttpStatus status, string? location, global::System.TimeSpan? retryAfter)");
        writer.Line("response.StatusCode = status.Code;");
        writer.OpenBlock("if (location != null)");
        writer.Line("response.Headers[\"Location\"] = location;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (retryAfter.HasValue)");
        writer.Line("// delta-seconds (RFC 9110 §10.2.3) are whole seconds: round up, so a client never retries too early.");
        writer.Line("var ticks = retryAfter.Value.Ticks;");
        writer.Line("var seconds = (ticks / global::System.TimeSpan.TicksPerSecond) + (ticks % global::System.TimeSpan.TicksPerSecond == 0 ? 0 : 1);");
        writer.Line("response.Headers[\"Retry-After\"] = seconds.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>As <c>Results.Json</c> writes: the app's options, the runtime type when the declared one is open to subtypes.</summary>");
        writer.OpenBlock("internal static " + Task + " WriteContentAsync<TValue>(" + AspNet + ".HttpContext httpContext, TValue value)");
        writer.Line("var options = SerializerOptions(httpContext);");
        writer.Line("var declared = typeof(TValue);");
        writer.Line("var typeInfo = options.GetTypeInfo(declared);");
        writer.OpenBlock("if (value != null && !declared.IsSealed && !declared.IsValueType && typeInfo.PolymorphismOptions == null)");
        writer.Line("var runtimeType = value.GetType();");
        writer.OpenBlock("if (runtimeType != declared)");
        writer.Line("typeInfo = options.GetTypeInfo(runtimeType);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return " + AspNet + ".HttpResponseJsonExtensions.WriteAsJsonAsync(httpContext.Response, value, typeInfo, JsonContentType + \"; charset=utf-8\");");
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>An RFC 9457 body: the problem's members, the numeric status, and a title in the request's language when the problem has none.</summary>");
        writer.OpenBlock("internal static " + Task + " WriteProblemAsync(" + AspNet + ".HttpContext httpContext, HttpStatus status, StatusProblem? problem)");
        writer.Line("var title = problem?.Title ?? status.GetTitle(PreferredLanguage(httpContext.Request));");
        writer.Line("var options = SerializerOptions(httpContext);");
        writer.Line("var body = new global::System.Buffers.ArrayBufferWriter<byte>();");
        writer.OpenBlock("using (var json = new " + Json + ".Utf8JsonWriter(body, new " + Json + ".JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))");
        writer.Line(StatusProblemJsonEmitter.ConverterName + ".WriteProblem(json, problem, title.Length == 0 ? null : title, status.Code, options);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var response = httpContext.Response;");
        writer.Line("response.ContentType = ProblemContentType;");
        writer.Line("response.ContentLength = body.WrittenCount;");
        writer.Line("return response.Body.WriteAsync(body.WrittenMemory).AsTask();");
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>");
        writer.Line("/// The Accept-Language range with the highest q-value (the first of equals) that the catalog has titles in, as");
        writer.Line("/// <c>HttpStatus.GetTitle</c> matches it (<c>HttpStatus.MatchLanguage</c>: <c>ko-KR</c> finds <c>ko</c>, <c>kok</c> does not); English");
        writer.Line("/// when none does or the header is missing or malformed. <c>q=0</c> means \"not this one\".");
        writer.Line("/// </summary>");
        writer.OpenBlock("internal static string PreferredLanguage(" + AspNet + ".HttpRequest request)");
        writer.Line("var best = \"en\";");
        writer.Line("var bestQuality = 0.0;");
        writer.OpenBlock("foreach (var range in " + AspNet + ".HeaderDictionaryTypeExtensions.GetTypedHeaders(request).AcceptLanguage)");
        writer.Line("var quality = range.Quality ?? 1.0;");
        writer.Line("var tag = range.Value.Value;");
        writer.OpenBlock("if (quality > bestQuality && tag != null && HttpStatus.MatchLanguage(tag) >= 0)");
        writer.Line("best = tag;");
        writer.Line("bestQuality = quality;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return best;");
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>The app's <c>JsonOptions</c> (<c>ConfigureHttpJsonOptions</c>), as <c>Results.Json</c> resolves them.</summary>");
        writer.OpenBlock("private static " + Json + ".JsonSerializerOptions SerializerOptions(" + AspNet + ".HttpContext httpContext)");
        writer.Line("var configured = httpContext.RequestServices?.GetService(typeof(global::Microsoft.Extensions.Options.IOptions<" + AspNet + ".Json.JsonOptions>))");
        writer.Line("    as global::Microsoft.Extensions.Options.IOptions<" + AspNet + ".Json.JsonOptions>;");
        writer.Line("return configured?.Value?.SerializerOptions ?? DefaultOptions;");
        writer.CloseBlock();

        if (endpointMetadata)
        {
            writer.Line();
            writer.Line("/// <summary>One advertised response: status code, body type, content type.</summary>");
            writer.OpenBlock("internal sealed class ResponseMetadata : " + AspNet + ".Metadata.IProducesResponseTypeMetadata");
            writer.Line("/// <summary>A response with <paramref name=\"statusCode\"/>, a body of <paramref name=\"type\"/> as <paramref name=\"contentType\"/>.</summary>");
            writer.Line("/// <param name=\"statusCode\">The status code.</param>");
            writer.Line("/// <param name=\"type\">The type of the body.</param>");
            writer.Line("/// <param name=\"contentType\">The media type of the body.</param>");
            writer.OpenBlock("public ResponseMetadata(int statusCode, global::System.Type type, string contentType)");
            writer.Line("StatusCode = statusCode;");
            writer.Line("Type = type;");
            writer.Line("ContentTypes = new[] { contentType };");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public global::System.Type? Type { get; }");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public int StatusCode { get; }");
            writer.Line();
            writer.Line("/// <summary>None: OpenAPI documents use the reason phrase.</summary>");
            writer.Line("public string? Description => null;");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public global::System.Collections.Generic.IEnumerable<string> ContentTypes { get; }");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override string ToString() => StatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" \" + Type?.Name + \" \" + string.Join(\", \", ContentTypes);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
