using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusResult&lt;T&gt;</c>: an abstract class whose constructor is private, with one nested sealed case
/// class per status code that can end an operation (see <see cref="CaseShape"/> for what each case carries).
/// Members of the base that the cases need but users should not see (<c>LocationOrNull</c>, <c>ProblemOrNull</c>)
/// are <c>private protected</c>; their names, like every member name here, are reserved in <c>NameRules</c> so no
/// case class can collide with them.
/// </summary>
internal static class StatusResultEmitter
{
    public const string HintName = "StatusResult.g.cs";

    private const string Func = "global::System.Func";
    private const string Action = "global::System.Action";
    private const string ArgumentNullException = "global::System.ArgumentNullException";
    private const string ArgumentException = "global::System.ArgumentException";
    private const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    private const string ValueComparer = "global::System.Collections.Generic.EqualityComparer<T>.Default";
    private const string MaybeNullWhenFalse = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)]";

    /// <param name="model">The catalog and options.</param>
    /// <param name="isPartial">
    /// Whether another generated file adds to the class (the ASP.NET Core <c>IResult</c> part). Only then is it declared
    /// <c>partial</c>: the hierarchy stays closed either way, because the constructor is private, but a project without
    /// such a part gets exactly the class issue 4 specified.
    /// </param>
    public static string Emit(GenerationModel model, bool isPartial = false)
    {
        var docs = DocComments.For(model);
        var shapes = CaseShape.For(model.Catalog);
        var okCase = shapes.FirstOrDefault(shape => shape.Code.Code == 200 && shape.HasValue && shape.Parameters.Count == 1);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        WriteTypeDocs(writer, docs, okCase);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " abstract " + (isPartial ? "partial " : string.Empty) + "class StatusResult<T> : global::System.IEquatable<StatusResult<T>>");
        writer.Line("/// <summary>Private: only the nested case classes derive from this class, so the set of cases is closed.</summary>");
        writer.OpenBlock("private StatusResult()");
        writer.CloseBlock();

        WriteIdentity(writer, docs);
        WriteMatch(writer, docs);
        WriteSwitch(writer, docs);
        WriteEquality(writer, docs);
        if (okCase is not null)
        {
            WriteImplicitConversion(writer, docs, okCase);
        }

        WriteHooks(writer);
        foreach (var shape in shapes)
        {
            WriteCase(writer, docs, shape);
        }

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }

    private static void WriteTypeDocs(SourceWriter writer, DocComments docs, CaseShape? okCase)
    {
        docs.WriteFixed(
            writer,
            "카탈로그의 상태 코드 하나로 끝나는 작업의 결과. 코드마다 중첩된 sealed case 클래스가 하나씩 있고, 각 case는 그 코드에 맞는 데이터(내용, <c>Location</c>, <c>Retry-After</c>, 문제 세부 정보)만 가진다.",
            "The result of an operation that ends in one status code of the catalog: one nested sealed case class per code, each carrying exactly the data its code calls for (content, <c>Location</c>, <c>Retry-After</c>, problem details).");
        docs.WriteTypeParam(writer, "T", "성공 응답 내용의 형식.", "The type of the content of a success response.");
        docs.WriteFixed(
            writer,
            "생성자가 private이므로 중첩된 case 클래스만 이 클래스를 상속한다. 1xx 코드와 <c>unused</c> 코드에는 case가 없다. <see cref=\"Match{TResult}\"/>는 네 그룹(성공, 리다이렉션, 클라이언트 오류, 서버 오류)을 모두 처리하도록 컴파일 시간에 강제한다. case 형식에 대한 <c>switch</c>는 컴파일러가 계층이 닫혀 있음을 알 수 없으므로 <c>_</c> 갈래가 필요하다.",
            "Closed: the constructor is private, so only the nested case classes derive from this class. 1xx codes and <c>unused</c> codes have no case. <see cref=\"Match{TResult}\"/> makes handling all four groups (success, redirection, client error, server error) a compile-time requirement; a <c>switch</c> over the case types needs a discard arm, because the compiler cannot know that the hierarchy is closed.",
            "remarks");
        writer.Line("/// <example>");
        writer.Line("/// <code>");
        writer.Line("/// public StatusResult&lt;Order&gt; Find(int id)");
        writer.Line("/// {");
        writer.Line("///     if (!_orders.TryGetValue(id, out var order))");
        writer.Line("///     {");
        writer.Line("///         return new StatusResult&lt;Order&gt;.NotFound(StatusProblem.For(HttpStatus.NotFound, \"No order \" + id));");
        writer.Line("///     }");
        writer.Line("///");
        writer.Line(okCase is null
            ? "///     return new StatusResult&lt;Order&gt;.Ok(order);"
            : "///     return order; // implicit conversion to StatusResult&lt;Order&gt;." + okCase.Name);
        writer.Line("/// }");
        writer.Line("///");
        writer.Line("/// string text = Find(42).Match(");
        writer.Line("///     success: result =&gt; result.TryGetValue(out var order) ? \"found \" + order.Id : result.ToString(),");
        writer.Line("///     redirection: (result, location) =&gt; \"moved to \" + location,");
        writer.Line("///     clientError: (result, problem) =&gt; problem.Title + \": \" + problem.Detail,");
        writer.Line("///     serverError: (result, problem) =&gt; \"try again later\");");
        writer.Line("/// </code>");
        writer.Line("/// </example>");
    }

    private static void WriteIdentity(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, "이 결과의 HTTP 상태.", "The HTTP status of this result.");
        writer.Line("public abstract HttpStatus Status { get; }");
        writer.Line();
        docs.WriteFixed(writer, "2xx 성공 결과인지 여부.", "Whether this is a 2xx success result.");
        writer.Line("public bool IsSuccess => Status.IsSuccess;");
        writer.Line();
        docs.WriteFixed(
            writer,
            "내용이 있는 case(본문이 있는 2xx 코드)이면 그 내용을 주고 <c>true</c>를 돌려준다. 그 밖의 case는 <c>false</c>.",
            "Gets the content when this case carries one (a 2xx code that has content) and returns <c>true</c>; returns <c>false</c> for every other case.");
        docs.WriteParam(writer, "value", "내용. <c>false</c>를 돌려줄 때는 <c>default</c>.", "The content; <c>default</c> when this returns <c>false</c>.");
        docs.WriteFixed(writer, "내용이 있으면 <c>true</c>.", "<c>true</c> when this case carries content.", "returns");
        writer.OpenBlock("public virtual bool TryGetValue(" + MaybeNullWhenFalse + " out T value)");
        writer.Line("value = default!;");
        writer.Line("return false;");
        writer.CloseBlock();
    }

    private static void WriteMatch(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(
            writer,
            "결과의 그룹에 맞는 콜백 하나를 호출하고 그 값을 돌려준다. 네 콜백이 모두 필요하므로 처리하지 않은 그룹은 컴파일 오류가 된다.",
            "Calls the one callback for this result's group and returns what it returns. All four callbacks are required, so a group left unhandled is a compile-time error.");
        WriteHandlerParams(writer, docs, "TResult");
        docs.WriteFixed(writer, "호출된 콜백이 돌려준 값.", "What the called callback returned.", "returns");
        WriteNullCallbackException(writer, docs);
        writer.Line("public TResult Match<TResult>(");
        writer.Line("    " + Func + "<StatusResult<T>, TResult> success,");
        writer.Line("    " + Func + "<StatusResult<T>, string?, TResult> redirection,");
        writer.Line("    " + Func + "<StatusResult<T>, StatusProblem, TResult> clientError,");
        writer.Line("    " + Func + "<StatusResult<T>, StatusProblem, TResult> serverError)");
        writer.Line("{");
        WriteCallbackChecks(writer);
        writer.Line("    switch (Status.Group)");
        writer.Line("    {");
        writer.Line("        case StatusGroup.Success:");
        writer.Line("            return success(this);");
        writer.Line("        case StatusGroup.Redirection:");
        writer.Line("            return redirection(this, LocationOrNull);");
        writer.Line("        case StatusGroup.ClientError:");
        writer.Line("            return clientError(this, ProblemOrNull ?? StatusProblem.For(Status));");
        writer.Line("        default:");
        writer.Line("            return serverError(this, ProblemOrNull ?? StatusProblem.For(Status));");
        writer.Line("    }");
        writer.Line("}");
    }

    private static void WriteSwitch(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(
            writer,
            "결과의 그룹에 맞는 동작 하나를 호출한다. <see cref=\"Match{TResult}\"/>와 같이 네 동작이 모두 필요하다.",
            "Calls the one action for this result's group. Like <see cref=\"Match{TResult}\"/>, all four actions are required.");
        WriteHandlerParams(writer, docs, null);
        WriteNullCallbackException(writer, docs);
        writer.Line("public void Switch(");
        writer.Line("    " + Action + "<StatusResult<T>> success,");
        writer.Line("    " + Action + "<StatusResult<T>, string?> redirection,");
        writer.Line("    " + Action + "<StatusResult<T>, StatusProblem> clientError,");
        writer.Line("    " + Action + "<StatusResult<T>, StatusProblem> serverError)");
        writer.Line("{");
        WriteCallbackChecks(writer);
        writer.Line("    switch (Status.Group)");
        writer.Line("    {");
        writer.Line("        case StatusGroup.Success:");
        writer.Line("            success(this);");
        writer.Line("            break;");
        writer.Line("        case StatusGroup.Redirection:");
        writer.Line("            redirection(this, LocationOrNull);");
        writer.Line("            break;");
        writer.Line("        case StatusGroup.ClientError:");
        writer.Line("            clientError(this, ProblemOrNull ?? StatusProblem.For(Status));");
        writer.Line("            break;");
        writer.Line("        default:");
        writer.Line("            serverError(this, ProblemOrNull ?? StatusProblem.For(Status));");
        writer.Line("            break;");
        writer.Line("    }");
        writer.Line("}");
    }

    /// <summary>The four callback parameters' docs; <paramref name="resultType"/> is null for actions.</summary>
    private static void WriteHandlerParams(SourceWriter writer, DocComments docs, string? resultType)
    {
        if (resultType is not null)
        {
            docs.WriteTypeParam(writer, resultType, "콜백이 돌려주는 값의 형식.", "The type the callbacks return.");
        }

        docs.WriteParam(
            writer,
            "success",
            "2xx 결과를 처리한다. case를 받는다. 내용은 <see cref=\"TryGetValue\"/>나 형식 패턴으로 얻는다 (204처럼 내용이 없는 코드도 있다).",
            "Handles a 2xx result. Receives the case; get the content with <see cref=\"TryGetValue\"/> or a type pattern (some codes, such as 204, have none).");
        docs.WriteParam(
            writer,
            "redirection",
            "3xx 결과를 처리한다. case와 그 <c>Location</c>을 받는다. <c>Location</c>이 없는 case(예: 304)는 <c>null</c>.",
            "Handles a 3xx result. Receives the case and its <c>Location</c>, or <c>null</c> for a case without one (such as 304).");
        docs.WriteParam(
            writer,
            "clientError",
            "4xx 결과를 처리한다. case와 문제 세부 정보를 받는다: case의 <c>Problem</c>, 없으면 상태의 기본값(<see cref=\"StatusProblem.For\"/>: <c>about:blank</c>, 제목은 사유 구절).",
            "Handles a 4xx result. Receives the case and its problem details: the case's <c>Problem</c>, or when it has none the default for its status (<see cref=\"StatusProblem.For\"/>: <c>about:blank</c> titled with the reason phrase, RFC 9457 §4.2.1).");
        docs.WriteParam(
            writer,
            "serverError",
            "5xx 결과를 처리한다. <paramref name=\"clientError\"/>와 같이 case와 문제 세부 정보를 받는다.",
            "Handles a 5xx result. Receives the case and its problem details, as <paramref name=\"clientError\"/> does.");
    }

    private static void WriteNullCallbackException(SourceWriter writer, DocComments docs)
        => docs.WriteException(writer, ArgumentNullException, "콜백 중 하나가 <c>null</c>이다.", "One of the callbacks is <c>null</c>.");

    private static void WriteCallbackChecks(SourceWriter writer)
    {
        foreach (var name in new[] { "success", "redirection", "clientError", "serverError" })
        {
            writer.Line("    if (" + name + " is null)");
            writer.Line("    {");
            writer.Line("        throw new " + ArgumentNullException + "(nameof(" + name + "));");
            writer.Line("    }");
            writer.Line();
        }
    }

    private static void WriteEquality(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(
            writer,
            "<paramref name=\"other\"/>가 같은 case이고 데이터(내용, <c>Location</c>, <c>Retry-After</c>, 문제 세부 정보)가 같은지 여부.",
            "Whether <paramref name=\"other\"/> is the same case with equal data (content, <c>Location</c>, <c>Retry-After</c>, problem details).");
        docs.WriteParam(writer, "other", "비교할 결과.", "The result to compare with.");
        writer.Line("public abstract bool Equals(StatusResult<T>? other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override bool Equals(object? obj) => Equals(obj as StatusResult<T>);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public abstract override int GetHashCode();");
        writer.Line();
        docs.WriteFixed(writer, "상태. 예: <c>\"404 Not Found\"</c>.", "The status, e.g. <c>\"404 Not Found\"</c>.");
        writer.Line("public override string ToString() => Status.ToString();");
        writer.Line();
        docs.WriteFixed(writer, "두 결과가 같은 case이고 데이터가 같은지 여부.", "Whether the two results are the same case with equal data.");
        docs.WriteParam(writer, "left", "왼쪽 결과.", "The left result.");
        docs.WriteParam(writer, "right", "오른쪽 결과.", "The right result.");
        writer.Line("public static bool operator ==(StatusResult<T>? left, StatusResult<T>? right) => left is null ? right is null : left.Equals(right);");
        writer.Line();
        docs.WriteFixed(writer, "두 결과가 다른 case이거나 데이터가 다른지 여부.", "Whether the two results differ in case or data.");
        docs.WriteParam(writer, "left", "왼쪽 결과.", "The left result.");
        docs.WriteParam(writer, "right", "오른쪽 결과.", "The right result.");
        writer.Line("public static bool operator !=(StatusResult<T>? left, StatusResult<T>? right) => !(left == right);");
    }

    private static void WriteImplicitConversion(SourceWriter writer, DocComments docs, CaseShape okCase)
    {
        writer.Line();
        docs.WriteFixed(
            writer,
            "내용을 <see cref=\"" + okCase.Name + "\"/> 결과로 감싼다. <c>return order;</c>처럼 쓸 수 있다.",
            "Wraps <paramref name=\"value\"/> in an <see cref=\"" + okCase.Name + "\"/> result, so a method can <c>return order;</c>.");
        docs.WriteParam(writer, "value", "응답 내용.", "The response content.");
        writer.Line("public static implicit operator StatusResult<T>(T value) => new " + okCase.Name + "(value);");
    }

    private static void WriteHooks(SourceWriter writer)
    {
        writer.Line();
        writer.Line("/// <summary>The <c>Location</c> passed to a redirection handler; overridden by the cases that have one.</summary>");
        writer.Line("private protected virtual string? LocationOrNull => null;");
        writer.Line();
        writer.Line("/// <summary>The problem details passed to an error handler; overridden by the cases that have them.</summary>");
        writer.Line("private protected virtual StatusProblem? ProblemOrNull => null;");
    }

    private static void WriteCase(SourceWriter writer, DocComments docs, CaseShape shape)
    {
        var name = shape.Name;
        var display = Number(shape.Code.Code) + " " + XmlDocText.Inline(shape.Code.Title.GetOrEnglish(TextByLanguage.English));
        writer.Line();
        docs.WriteForCode(writer, shape.Code);
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"" + DebuggerDisplay(shape) + "\")]");
        writer.OpenBlock("public sealed class " + name + " : StatusResult<T>");

        WriteConstructor(writer, docs, shape, display);
        if (shape.HasParameterlessForm)
        {
            writer.Line();
            docs.WriteFixed(
                writer,
                "<c>new " + name + "()</c>와 같은 공유 인스턴스. 돌려줄 때 할당하지 않는다.",
                "A shared instance, equal to <c>new " + name + "()</c>: returning it allocates nothing.");
            writer.Line("public static " + name + " Instance { get; } = new " + name + "();");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override HttpStatus Status => HttpStatus." + name + ";");
        WriteCaseProperties(writer, docs, shape);
        WriteCaseEquality(writer, shape);
        writer.CloseBlock();
    }

    private static void WriteConstructor(SourceWriter writer, DocComments docs, CaseShape shape, string display)
    {
        // A hover on `new StatusResult<T>.NotFound()` shows the constructor: it explains the status like the case does.
        docs.WriteForCode(writer, shape.Code, new DocText(en: "Creates a <c>" + display + "</c> result.", ko: "<c>" + display + "</c> 결과를 만든다."));
        foreach (var parameter in shape.Parameters)
        {
            switch (parameter.Name)
            {
                case "value":
                    docs.WriteParam(writer, "value", "응답 내용.", "The response content.");
                    break;
                case "location" when shape.Location == LocationRule.Optional:
                    docs.WriteParam(
                        writer,
                        "location",
                        "서버가 선호하는 선택지의 URI 참조(<c>Location</c>), 없으면 <c>null</c>. 비어 있거나 공백뿐이면 안 된다.",
                        "The URI reference of the server's preferred choice, for the <c>Location</c> header, or <c>null</c> when it has none; must not be empty or white space.");
                    break;
                case "location":
                    docs.WriteParam(
                        writer,
                        "location",
                        "<c>Location</c> 헤더에 보낼 URI 참조 (예: <c>/orders/1</c>). <c>null</c>이거나 비어 있거나 공백뿐이면 안 된다.",
                        "The URI reference for the <c>Location</c> header, e.g. <c>/orders/1</c>; must not be <c>null</c>, empty or white space.");
                    break;
                case "retryAfter":
                    docs.WriteParam(
                        writer,
                        "retryAfter",
                        "클라이언트가 다음 요청 전에 기다릴 시간(<c>Retry-After</c>), 없으면 <c>null</c>. 음수이면 안 된다.",
                        "How long the client is asked to wait before its next request (<c>Retry-After</c>), or <c>null</c>; must not be negative.");
                    break;
                case "problem":
                    docs.WriteParam(
                        writer,
                        "problem",
                        "응답 본문에 쓸 RFC 9457 문제 세부 정보, 없으면 <c>null</c>.",
                        "RFC 9457 problem details for the response body, or <c>null</c>.");
                    break;
            }
        }

        if (shape.Location == LocationRule.Required)
        {
            docs.WriteException(writer, ArgumentNullException, "<paramref name=\"location\"/>이 <c>null</c>이다.", "<paramref name=\"location\"/> is <c>null</c>.");
        }

        if (shape.HasLocation)
        {
            docs.WriteException(writer, ArgumentException, "<paramref name=\"location\"/>이 비어 있거나 공백뿐이다.", "<paramref name=\"location\"/> is empty or white space.");
        }

        if (shape.HasRetryAfter)
        {
            docs.WriteException(writer, ArgumentOutOfRangeException, "<paramref name=\"retryAfter\"/>가 음수이다.", "<paramref name=\"retryAfter\"/> is negative.");
        }

        var parameters = shape.Parameters;
        writer.OpenBlock("public " + shape.Name + "(" + string.Join(", ", parameters.Select(parameter => parameter.Declaration)) + ")");
        if (shape.Location == LocationRule.Required)
        {
            writer.OpenBlock("if (location is null)");
            writer.Line("throw new " + ArgumentNullException + "(nameof(location));");
            writer.CloseBlock();
            writer.Line();
        }

        if (shape.HasLocation)
        {
            var test = shape.Location == LocationRule.Required
                ? "string.IsNullOrWhiteSpace(location)"
                : "location != null && string.IsNullOrWhiteSpace(location)";
            writer.OpenBlock("if (" + test + ")");
            writer.Line("throw new " + ArgumentException + "(\"A Location must not be empty or white space.\", nameof(location));");
            writer.CloseBlock();
            writer.Line();
        }

        if (shape.HasRetryAfter)
        {
            writer.OpenBlock("if (retryAfter < global::System.TimeSpan.Zero)");
            writer.Line("throw new " + ArgumentOutOfRangeException + "(nameof(retryAfter), retryAfter, \"A Retry-After delay must not be negative.\");");
            writer.CloseBlock();
            writer.Line();
        }

        foreach (var parameter in parameters)
        {
            writer.Line(PropertyName(parameter.Name) + " = " + parameter.Name + ";");
        }

        writer.CloseBlock();
    }

    private static void WriteCaseProperties(SourceWriter writer, DocComments docs, CaseShape shape)
    {
        if (shape.HasValue)
        {
            writer.Line();
            docs.WriteFixed(writer, "응답 내용.", "The response content.");
            writer.Line("public T Value { get; }");
        }

        if (shape.HasLocation)
        {
            writer.Line();
            if (shape.Location == LocationRule.Optional)
            {
                docs.WriteFixed(writer, "서버가 선호하는 선택지의 URI 참조(<c>Location</c>), 없으면 <c>null</c>.", "The URI reference of the server's preferred choice (<c>Location</c>), or <c>null</c>.");
                writer.Line("public string? Location { get; }");
            }
            else
            {
                docs.WriteFixed(writer, "<c>Location</c> 헤더에 보낼 URI 참조.", "The URI reference for the <c>Location</c> header.");
                writer.Line("public string Location { get; }");
            }
        }

        if (shape.HasRetryAfter)
        {
            writer.Line();
            docs.WriteFixed(writer, "<c>Retry-After</c>로 보낼 대기 시간, 없으면 <c>null</c>.", "The delay to send as <c>Retry-After</c>, or <c>null</c>.");
            writer.Line("public global::System.TimeSpan? RetryAfter { get; }");
        }

        if (shape.HasProblem)
        {
            writer.Line();
            docs.WriteFixed(writer, "RFC 9457 문제 세부 정보, 없으면 <c>null</c>.", "RFC 9457 problem details, or <c>null</c> when none were given.");
            writer.Line("public StatusProblem? Problem { get; }");
        }

        if (shape.HasValue)
        {
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock("public override bool TryGetValue(" + MaybeNullWhenFalse + " out T value)");
            writer.Line("value = Value;");
            writer.Line("return true;");
            writer.CloseBlock();
        }

        if (shape.HasLocation)
        {
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("private protected override string? LocationOrNull => Location;");
        }

        if (shape.HasProblem)
        {
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("private protected override StatusProblem? ProblemOrNull => Problem;");
        }
    }

    private static void WriteCaseEquality(SourceWriter writer, CaseShape shape)
    {
        var terms = new List<(string Equal, string Hash)>();
        if (shape.HasValue)
        {
            terms.Add((ValueComparer + ".Equals(Value, that.Value)", "(Value is null ? 0 : " + ValueComparer + ".GetHashCode(Value))"));
        }

        if (shape.HasLocation)
        {
            terms.Add((
                "string.Equals(Location, that.Location, global::System.StringComparison.Ordinal)",
                shape.Location == LocationRule.Optional
                    ? "(Location is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(Location))"
                    : "global::System.StringComparer.Ordinal.GetHashCode(Location)"));
        }

        if (shape.HasRetryAfter)
        {
            terms.Add(("RetryAfter == that.RetryAfter", "RetryAfter.GetHashCode()"));
        }

        if (shape.HasProblem)
        {
            terms.Add(("Problem == that.Problem", "(Problem is null ? 0 : Problem.GetHashCode())"));
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        if (terms.Count == 0)
        {
            writer.Line("public override bool Equals(StatusResult<T>? other) => other is " + shape.Name + ";");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override int GetHashCode() => " + Number(shape.Code.Code) + ";");
            return;
        }

        writer.Line("public override bool Equals(StatusResult<T>? other)");
        writer.Line("    => other is " + shape.Name + " that");
        for (var i = 0; i < terms.Count; i++)
        {
            writer.Line("       && " + terms[i].Equal + (i == terms.Count - 1 ? ";" : string.Empty));
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public override int GetHashCode()");
        writer.OpenBlock("unchecked");
        writer.Line("var hash = " + Number(shape.Code.Code) + ";");
        foreach (var term in terms)
        {
            writer.Line("hash = (hash * 31) + " + term.Hash + ";");
        }

        writer.Line("return hash;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>What the debugger shows for a case: the status, then its data.</summary>
    private static string DebuggerDisplay(CaseShape shape)
    {
        var parts = new List<string> { "{ToString(),nq}" };
        if (shape.HasValue)
        {
            parts.Add("{Value}");
        }

        if (shape.HasLocation)
        {
            parts.Add("Location = {Location}");
        }

        if (shape.HasRetryAfter)
        {
            parts.Add("RetryAfter = {RetryAfter}");
        }

        if (shape.HasProblem)
        {
            parts.Add("Problem = {Problem}");
        }

        return string.Join(" ", parts);
    }

    private static string PropertyName(string parameterName)
        => char.ToUpperInvariant(parameterName[0]) + parameterName.Substring(1);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
