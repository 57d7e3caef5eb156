using System.Collections.Generic;
using System.Globalization;
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

    public static string Emit(InteropModel interop)
    {
        var model = interop.Generation;
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);
        var exception = "global::" + model.Options.Namespace + "." + StatusResultExceptionEmitter.TypeName;
        var withToken = interop.Capabilities.HttpContentTakesCancellation ? "cancellationToken" : string.Empty;

        docs.WriteFixed(
            writer,
            "<see cref=\"" + Http + ".HttpResponseMessage\"/>의 상태를 <see cref=\"HttpStatus\"/>로, 응답 전체를 <see cref=\"StatusResult{T}\"/>로 읽는 확장 메서드.",
            "Extension methods that read an <see cref=\"" + Http + ".HttpResponseMessage\"/>'s status as an <see cref=\"HttpStatus\"/> and the whole response as a <see cref=\"StatusResult{T}\"/>.");
        writer.Line("/// <example>");
        writer.Line("/// <code>");
        writer.Line("/// using var response = await client.GetAsync(\"/orders/42\");");
        writer.Line("/// StatusResult&lt;Order&gt; result = await response.ReadStatusResultAsync&lt;Order&gt;();");
        writer.Line("/// var text = result switch");
        writer.Line("/// {");
        writer.Line("///     StatusResult&lt;Order&gt;.Ok { Value: var order } =&gt; \"order \" + order.Id,");
        writer.Line("///     StatusResult&lt;Order&gt;.NotFound { Problem: var problem } =&gt; problem?.Detail ?? \"no such order\",");
        writer.Line("///     _ =&gt; result.ToString(),");
        writer.Line("/// };");
        writer.Line("/// </code>");
        writer.Line("/// </example>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " static class " + TypeName);
        writer.Line("private const string ProblemMediaType = \"application/problem+json\";");
        writer.Line();
        writer.Line("/// <summary>System.Text.Json's web defaults: camelCase names, read case-insensitively, numbers also from strings.</summary>");
        writer.Line("private static readonly " + Json + ".JsonSerializerOptions WebOptions = Ready(new " + Json + ".JsonSerializerOptions(" + Json + ".JsonSerializerDefaults.Web));");
        writer.Line();

        WriteGetStatus(writer, docs);
        WriteReadStatusResult(writer, docs, model, exception, withToken);
        WriteHelpers(writer, exception, withToken);

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }

    private static void WriteGetStatus(SourceWriter writer, DocComments docs)
    {
        docs.WriteFixed(
            writer,
            "응답의 상태 코드를 <see cref=\"HttpStatus\"/>로. 카탈로그에 없는 코드도 그대로 돌려준다 (589 → <see cref=\"HttpStatus.IsKnown\"/>이 <c>false</c>).",
            "The response's status code as an <see cref=\"HttpStatus\"/>; a code the catalog does not define is kept (589 gives <see cref=\"HttpStatus.IsKnown\"/> <c>false</c>).");
        docs.WriteParam(writer, "response", "HTTP 응답.", "The HTTP response.");
        docs.WriteFixed(writer, "응답의 상태.", "The response's status.", "returns");
        docs.WriteException(writer, "global::System.ArgumentNullException", "<paramref name=\"response\"/>가 <c>null</c>이다.", "<paramref name=\"response\"/> is <c>null</c>.");
        docs.WriteException(
            writer,
            "global::System.ArgumentOutOfRangeException",
            "상태 코드가 HTTP가 정의하는 100–599 밖이다.",
            "The status code is outside 100–599, the range HTTP defines (RFC 9110 §15).");
        writer.OpenBlock("public static HttpStatus GetStatus(this " + Http + ".HttpResponseMessage response)");
        writer.OpenBlock("if (response is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(response));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return HttpStatus.FromCode((int)response.StatusCode);");
        writer.CloseBlock();
        writer.Line();
    }

    private static void WriteReadStatusResult(SourceWriter writer, DocComments docs, GenerationModel model, string exception, string withToken)
    {
        docs.WriteFixed(
            writer,
            "응답을 상태 코드에 맞는 <see cref=\"StatusResult{T}\"/> case로 읽는다: 내용(JSON), <c>Location</c>, <c>Retry-After</c>, 문제 세부 정보(<c>application/problem+json</c>).",
            "Reads the response as the <see cref=\"StatusResult{T}\"/> case of its status code, with what that case carries: the content (JSON), <c>Location</c>, <c>Retry-After</c>, problem details (<c>application/problem+json</c>).");
        docs.WriteTypeParam(writer, "T", "성공 응답 내용의 형식.", "The type of the content of a success response.");
        docs.WriteParam(writer, "response", "HTTP 응답.", "The HTTP response.");
        docs.WriteParam(
            writer,
            "options",
            "내용을 읽을 JSON 옵션. <c>null</c>이면 웹 기본값(camelCase, 대소문자 무시).",
            "The JSON options to read the content with; <c>null</c> for the web defaults (camelCase, case-insensitive).");
        docs.WriteParam(writer, "cancellationToken", "취소 토큰.", "Cancels reading the content.");
        docs.WriteFixed(writer, "응답의 case.", "The response's case.", "returns");
        docs.WriteFixed(
            writer,
            "<c>Location</c>은 보낸 그대로(상대 참조는 상대 참조로) 읽는다. <c>Retry-After</c>는 초 단위 지연 또는 HTTP 날짜이며, 날짜는 응답의 <c>Date</c> 헤더(없으면 현재 시각)부터의 지연으로 바꾸고 음수는 0으로 한다. 문제 세부 정보는 <c>application/problem+json</c> 본문일 때만 읽으며, 제목은 보낸 그대로이다. 본문이 <c>StatusProblem.For(status)</c>와 같으면(상태 코드 외의 의미가 없는 문제, RFC 9457 §4.2.1) 문제 없음(<c>null</c>)으로 읽으므로, 서버의 <c>new NotFound()</c>는 같은 case로 돌아온다.",
            "<c>Location</c> is read as sent (a relative reference stays relative). <c>Retry-After</c> may be delta-seconds or an HTTP-date; a date becomes the delay from the response's <c>Date</c> header (the server's clock, so clock skew does not matter), or from now when there is none, and a date in the past gives zero. Problem details are read from an <c>application/problem+json</c> body only, with the title as sent; a body equal to <c>StatusProblem.For(status)</c> — a problem with no meaning beyond its status code (RFC 9457 §4.2.1) — reads as no problem (<c>null</c>), so a server's <c>new NotFound()</c> comes back as an equal case.",
            "remarks");
        docs.WriteException(writer, "global::System.ArgumentNullException", "<paramref name=\"response\"/>가 <c>null</c>이다.", "<paramref name=\"response\"/> is <c>null</c>.");
        docs.WriteException(
            writer,
            exception,
            "상태 코드에 case가 없거나(1xx, <c>unused</c>, 카탈로그에 없는 코드), case가 요구하는 <c>Location</c> 헤더가 없다. 예외의 <c>Status</c>가 응답의 상태이다.",
            "The status code has no case (1xx, <c>unused</c>, or not in the catalog), or the response lacks the <c>Location</c> header its case requires; the exception's <c>Status</c> is the response's status.");
        docs.WriteException(
            writer,
            Json + ".JsonException",
            "내용이나 문제 세부 정보가 올바른 JSON이 아니거나 <typeparamref name=\"T\"/>로 읽을 수 없다.",
            "The content or the problem details are not valid JSON, or the content does not fit <typeparamref name=\"T\"/>.");
        var shapes = CaseShape.For(model.Catalog);
        // A catalog whose cases carry neither content nor problems (e.g. extends: none with a few codes) reads nothing
        // asynchronously: the method is then not async (CS1998) and reports failures through the task all the same.
        var awaits = shapes.Any(shape => shape.HasValue || shape.HasProblem);
        writer.Line("public static " + (awaits ? "async " : string.Empty) + Task + "<StatusResult<T>> ReadStatusResultAsync<T>(");
        writer.Line("    this " + Http + ".HttpResponseMessage response,");
        writer.Line("    " + Json + ".JsonSerializerOptions? options = null,");
        writer.Line("    " + CancellationToken + " cancellationToken = default)");
        writer.Line("{");
        var indent = awaits ? string.Empty : "    ";
        if (!awaits)
        {
            writer.Line("    try");
            writer.Line("    {");
        }

        writer.Line(indent + "    var status = GetStatus(response);");
        writer.Line(indent + "    switch (status.Code)");
        writer.Line(indent + "    {");
        foreach (var shape in shapes)
        {
            var construct = Construct(shape);
            writer.Line(indent + "        case " + shape.Code.Code.ToString(CultureInfo.InvariantCulture) + ":");
            writer.Line(indent + "            return " + (awaits ? construct : Task + ".FromResult<StatusResult<T>>(" + construct + ")") + ";");
        }

        writer.Line(indent + "        default:");
        writer.Line(indent + "            throw new " + exception + "(status, \"StatusResult<T> has no case for \" + status.ToString() + (status.IsKnown ? \".\" : \" (a code the catalog does not define).\"));");
        writer.Line(indent + "    }");
        if (!awaits)
        {
            writer.Line("    }");
            writer.Line("    catch (global::System.Exception exception)");
            writer.Line("    {");
            writer.Line("        return " + Task + ".FromException<StatusResult<T>>(exception);");
            writer.Line("    }");
        }

        writer.Line("}");
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

        var arguments = new List<string>();
        foreach (var parameter in shape.Parameters)
        {
            arguments.Add(parameter.Name switch
            {
                "value" => "await ReadContentAsync<T>(response, options, cancellationToken).ConfigureAwait(false)",
                "location" when shape.Location == LocationRule.Required => "RequireLocation(response, status)",
                "location" => "LocationOf(response)",
                "retryAfter" => "RetryAfterOf(response)",
                _ => "await ReadProblemAsync(response, status, cancellationToken).ConfigureAwait(false)",
            });
        }

        return "new " + type + "(" + string.Join(", ", arguments) + ")";
    }

    private static void WriteHelpers(SourceWriter writer, string exception, string withToken)
    {
        writer.OpenBlock("private static async " + Task + "<T> ReadContentAsync<T>(" + Http + ".HttpResponseMessage response, " + Json + ".JsonSerializerOptions? options, " + CancellationToken + " cancellationToken)");
        writer.Line("// Through JsonTypeInfo, as HttpClient's own JSON extensions do: options with a source-generated resolver work trimmed.");
        writer.Line("var typeInfo = (" + Json + ".Serialization.Metadata.JsonTypeInfo<T>)(options == null ? WebOptions : Ready(options)).GetTypeInfo(typeof(T));");
        writer.Line("var content = response.Content;");
        writer.OpenBlock("if (content is null)");
        writer.Line("throw new " + Json + ".JsonException(\"The \" + GetStatus(response).ToString() + \" response has no content to read as \" + typeof(T).Name + \".\");");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("using (var stream = await content.ReadAsStreamAsync(" + withToken + ").ConfigureAwait(false))");
        writer.Line("var value = await " + Json + ".JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);");
        writer.Line("return value!;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>");
        writer.Line("/// Options without a type info resolver mean reflection, as in JsonSerializer's own calls: give them the default");
        writer.Line("/// resolver, unless the app turned reflection off (trimmed and AOT apps do); then their options must bring a");
        writer.Line("/// resolver, and GetTypeInfo says so.");
        writer.Line("/// </summary>");
        writer.OpenBlock("private static " + Json + ".JsonSerializerOptions Ready(" + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("if (options.TypeInfoResolver == null && !options.IsReadOnly && " + Json + ".JsonSerializer.IsReflectionEnabledByDefault)");
        writer.Line("#pragma warning disable IL2026, IL3050 // Only reached when reflection-based serialization is enabled.");
        writer.Line("options.MakeReadOnly(populateMissingResolver: true);");
        writer.Line("#pragma warning restore IL2026, IL3050");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return options;");
        writer.CloseBlock();
        writer.Line();

        writer.OpenBlock("private static async " + Task + "<StatusProblem?> ReadProblemAsync(" + Http + ".HttpResponseMessage response, HttpStatus status, " + CancellationToken + " cancellationToken)");
        writer.Line("var content = response.Content;");
        writer.Line("var mediaType = content?.Headers.ContentType?.MediaType;");
        writer.OpenBlock("if (content is null || !string.Equals(mediaType, ProblemMediaType, global::System.StringComparison.OrdinalIgnoreCase))");
        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();
        if (withToken.Length == 0)
        {
            writer.Line("cancellationToken.ThrowIfCancellationRequested();");
        }

        writer.Line("var body = await content.ReadAsByteArrayAsync(" + withToken + ").ConfigureAwait(false);");
        writer.Line("var problem = ParseProblem(body);");
        writer.Line("// A problem that says nothing beyond its status is what no problem means (RFC 9457 §4.2.1).");
        writer.Line("return problem is null || problem.Equals(StatusProblem.For(status)) ? null : problem;");
        writer.CloseBlock();
        writer.Line();

        writer.OpenBlock("private static StatusProblem? ParseProblem(byte[] body)");
        writer.Line("global::System.ReadOnlySpan<byte> json = body;");
        writer.OpenBlock("if (json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF)");
        writer.Line("json = json.Slice(3);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var reader = new " + Json + ".Utf8JsonReader(json);");
        writer.Line("return reader.Read() ? " + StatusProblemJsonEmitter.ConverterName + ".ReadProblem(ref reader) : null;");
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>The Location header as sent: the original string of its URI reference, absolute or relative.</summary>");
        writer.OpenBlock("private static string? LocationOf(" + Http + ".HttpResponseMessage response)");
        writer.Line("var location = response.Headers.Location;");
        writer.OpenBlock("if (location != null)");
        writer.Line("return string.IsNullOrWhiteSpace(location.OriginalString) ? null : location.OriginalString;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("// A value HttpClient could not parse as a URI is still what the server sent.");
        writer.OpenBlock("if (response.Headers.TryGetValues(\"Location\", out var values))");
        writer.OpenBlock("foreach (var value in values)");
        writer.OpenBlock("if (!string.IsNullOrWhiteSpace(value))");
        writer.Line("return value;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();

        writer.Line("private static string RequireLocation(" + Http + ".HttpResponseMessage response, HttpStatus status)");
        writer.Line("    => LocationOf(response) ?? throw new " + exception + "(status, \"The \" + status.ToString() + \" response has no Location header, which its StatusResult case requires.\");");
        writer.Line();

        writer.Line("/// <summary>");
        writer.Line("/// Retry-After as a delay: delta-seconds as they are; an HTTP-date relative to the response's Date header (the");
        writer.Line("/// server's clock), or to now without one; never negative.");
        writer.Line("/// </summary>");
        writer.OpenBlock("private static global::System.TimeSpan? RetryAfterOf(" + Http + ".HttpResponseMessage response)");
        writer.Line("var retryAfter = response.Headers.RetryAfter;");
        writer.Line("global::System.TimeSpan delay;");
        writer.OpenBlock("if (retryAfter?.Delta is { } delta)");
        writer.Line("delay = delta;");
        writer.CloseBlock();
        writer.OpenBlock("else if (retryAfter?.Date is { } date)");
        writer.Line("delay = date - (response.Headers.Date ?? global::System.DateTimeOffset.UtcNow);");
        writer.CloseBlock();
        writer.OpenBlock("else");
        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return delay < global::System.TimeSpan.Zero ? global::System.TimeSpan.Zero : delay;");
        writer.CloseBlock();
    }
}
