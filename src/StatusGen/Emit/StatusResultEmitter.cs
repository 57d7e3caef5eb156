using System.Collections.Generic;
using System.Linq;
using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusResult&lt;T&gt;</c>: an abstract class whose constructor is private, with one nested sealed case
/// class per status code that can end an operation (see <see cref="CaseShape"/> for what each case carries).
/// Members of the base that the cases need but users should not see (<c>LocationOrNull</c>, <c>ProblemOrNull</c>,
/// <c>RetryAfterOrNull</c>, and the equality every case with data shares, <c>EqualsCase</c> and <c>HashCase</c>)
/// are <c>private protected</c>; their names, like every member name here, are reserved in <c>NameRules</c> so no
/// case class can collide with them.
/// </summary>
internal static class StatusResultEmitter
{
    public const string HintName = "StatusResult.g.cs";

    private const string ArgumentNullException = "global::System.ArgumentNullException";
    private const string ArgumentException = "global::System.ArgumentException";
    private const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    private const string ValueComparer = "global::System.Collections.Generic.EqualityComparer<T>.Default";
    private const string MaybeNullWhenFalse = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)]";
    private const string Pairs = StatusHeadersEmitter.CollectionType;

    /// <summary>
    /// The callbacks of <c>Match</c> and <c>Switch</c>, in the order of their parameters and of the switch on the
    /// group: the parameter's docs, the switch label, and the arguments the callback gets.
    /// </summary>
    private static readonly (string Name, DocText Docs, string Label, string Arguments)[] Callbacks =
    {
        ("success", DocTexts.ResultSuccessCallback, "case StatusGroup.Success:", "this"),
        ("redirection", DocTexts.ResultRedirectionCallback, "case StatusGroup.Redirection:", "this, LocationOrNull"),
        ("clientError", DocTexts.ResultClientErrorCallback, "case StatusGroup.ClientError:", "this, ProblemOrNull ?? StatusProblem.For(Status)"),
        ("serverError", DocTexts.ResultServerErrorCallback, "default:", "this, ProblemOrNull ?? StatusProblem.For(Status)"),
    };

    /// <param name="model">The catalog, the options and what the compilation can use.</param>
    /// <remarks>
    /// The class is declared <c>partial</c> only when another generated file adds to it (the ASP.NET Core
    /// <c>IResult</c> part): the hierarchy stays closed either way, because the constructor is private, but a project
    /// without such a part gets exactly the documented class.
    /// </remarks>
    public static string Emit(EmitModel model)
    {
        var docs = DocComments.For(model.Generation);
        var shapes = CaseShape.For(model.Catalog);
        var okCase = shapes.FirstOrDefault(shape => shape.Code.Code == 200 && shape.HasValue && shape.Parameters.Count == 1);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        WriteTypeDocs(writer, docs, okCase, model.UsesClosed);
        var partial = model.Capabilities.ExtendsStatusResult ? "partial " : string.Empty;
        // closed (C# 15) where the compiler allows it: a switch over the cases is then exhaustive. closed implies abstract.
        var kind = model.UsesClosed ? "closed" : "abstract";
        writer.OpenBlock($$"""
            {{GeneratedFile.GeneratedCodeAttribute}}
            {{model.Options.Accessibility}} {{kind}} {{partial}}class StatusResult<T> : global::System.IEquatable<StatusResult<T>>
            """);
        writer.Line("""
            /// <summary>Private: only the nested case classes derive from this class, so the set of cases is closed.</summary>
            private StatusResult()
            {
            }
            """);

        WriteIdentity(writer, docs);
        WriteDispatch(writer, docs, returnsValue: true);
        WriteDispatch(writer, docs, returnsValue: false);
        WriteEquality(writer, docs);
        if (okCase is not null)
        {
            writer.Line();
            docs.WriteFixed(writer, DocTexts.ResultFromValue.Format(okCase.Name));
            docs.WriteParam(writer, "value", DocTexts.ResponseContent);
            writer.Line($"public static implicit operator StatusResult<T>(T value) => new {okCase.Name}(value);");
        }

        writer.Line($$"""

            /// <summary>The <c>Location</c> passed to a redirection handler; overridden by the cases that have one.</summary>
            private protected virtual string? LocationOrNull => null;

            /// <summary>The problem details passed to an error handler; overridden by the cases that have them.</summary>
            private protected virtual StatusProblem? ProblemOrNull => null;

            /// <summary>The <c>Retry-After</c> delay, for equality; overridden by the cases that have one.</summary>
            private protected virtual global::System.TimeSpan? RetryAfterOrNull => null;

            /// <summary>The extra header fields; null for none. Set only on a fresh copy, before anyone else sees it.</summary>
            private {{Pairs}}? _headers;

            /// <summary>
            /// What a case with data returns from <c>Equals</c>: whether <paramref name="other"/> is the same case with equal
            /// data (content by <c>EqualityComparer&lt;T&gt;.Default</c>, location ordinal, problem details by value). One
            /// shared implementation rather than one per case: the cases stay sealed, so the same type means the same case.
            /// </summary>
            private protected bool EqualsCase(StatusResult<T>? other)
                => other is StatusResult<T> that
                   && that.GetType() == GetType()
                   && (!TryGetValue(out var value) || (that.TryGetValue(out var otherValue) && {{ValueComparer}}.Equals(value, otherValue)))
                   && string.Equals(LocationOrNull, that.LocationOrNull, global::System.StringComparison.Ordinal)
                   && RetryAfterOrNull == that.RetryAfterOrNull
                   && ProblemOrNull == that.ProblemOrNull;

            /// <summary>
            /// What a case with data returns from <c>GetHashCode</c>: its code, then each thing it carries (the flags say
            /// which), in the order of its constructor's parameters.
            /// </summary>
            private protected int HashCase(int code, bool value, bool location, bool retryAfter, bool problem)
            {
                unchecked
                {
                    var hash = code;
                    if (value)
                    {
                        hash = (hash * 31) + (TryGetValue(out var content) && !(content is null) ? {{ValueComparer}}.GetHashCode(content) : 0);
                    }

                    if (location)
                    {
                        hash = (hash * 31) + (LocationOrNull is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(LocationOrNull));
                    }

                    if (retryAfter)
                    {
                        hash = (hash * 31) + RetryAfterOrNull.GetHashCode();
                    }

                    if (problem)
                    {
                        hash = (hash * 31) + (ProblemOrNull is null ? 0 : ProblemOrNull.GetHashCode());
                    }

                    return hash;
                }
            }
            """);
        WriteHeaders(writer, docs);
        var firstWithMember = new Dictionary<DocText, string>();
        foreach (var shape in shapes)
        {
            WriteCase(writer, docs, shape, firstWithMember);
        }

        writer.CloseBlock();
        writer.Line();
        StatusHeadersEmitter.Write(writer, model.Options.Namespace);
        return GeneratedFile.Finish(writer);
    }

    /// <summary>
    /// <c>Headers</c> and <c>WithHeader</c>, written once in the base class: a copy is <c>MemberwiseClone</c> of the case
    /// with its own header list, so every case returns a copy of itself without a member of its own.
    /// </summary>
    private static void WriteHeaders(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultHeaders);
        writer.Line($"public {StatusHeadersEmitter.ListType} Headers => ({StatusHeadersEmitter.ListType}?)_headers ?? {StatusHeadersEmitter.TypeName}.None;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultWithHeader);
        docs.WriteParam(writer, "name", DocTexts.ResultWithHeaderName);
        docs.WriteParam(writer, "values", DocTexts.ResultWithHeaderValues);
        docs.WriteFixed(writer, DocTexts.ResultWithHeaderReturns, "returns");
        docs.WriteException(writer, ArgumentNullException, DocTexts.ResultWithHeaderIsNull);
        docs.WriteException(writer, ArgumentException, DocTexts.ResultWithHeaderIsInvalid);
        writer.Line($$"""
            public StatusResult<T> WithHeader(string name, params string[] values)
                => WithHeaders({{StatusHeadersEmitter.TypeName}}.With(_headers, Status, name, values));

            /// <summary>A copy of this case with <paramref name="headers"/> as its extra header fields; this case when there are none.</summary>
            internal StatusResult<T> WithHeaders({{StatusHeadersEmitter.ListType}} headers)
            {
                if (headers.Count == 0 && _headers is null)
                {
                    return this;
                }

                var copy = (StatusResult<T>)MemberwiseClone();
                copy._headers = {{StatusHeadersEmitter.TypeName}}.Freeze(headers);
                return copy;
            }
            """);
    }

    private static void WriteTypeDocs(SourceWriter writer, DocComments docs, CaseShape? okCase, bool closed)
    {
        docs.WriteFixed(writer, DocTexts.ResultSummary);
        docs.WriteTypeParam(writer, "T", DocTexts.SuccessContentTypeParameter);
        docs.WriteFixed(writer, closed ? StatusUnionDocTexts.ResultRemarksClosed : DocTexts.ResultRemarks, "remarks");
        var returnOrder = okCase is null
            ? "return new StatusResult&lt;Order&gt;.Ok(order);"
            : "return order; // implicit conversion to StatusResult&lt;Order&gt;." + okCase.Name;
        writer.Line($$"""
            /// <example>
            /// <code>
            /// public StatusResult&lt;Order&gt; Find(int id)
            /// {
            ///     if (!_orders.TryGetValue(id, out var order))
            ///     {
            ///         return new StatusResult&lt;Order&gt;.NotFound(StatusProblem.For(HttpStatus.NotFound, "No order " + id));
            ///     }
            ///
            ///     {{returnOrder}}
            /// }
            ///
            /// string text = Find(42).Match(
            ///     success: result =&gt; result.TryGetValue(out var order) ? "found " + order.Id : result.ToString(),
            ///     redirection: (result, location) =&gt; "moved to " + location,
            ///     clientError: (result, problem) =&gt; problem.Title + ": " + problem.Detail,
            ///     serverError: (result, problem) =&gt; "try again later");
            /// </code>
            /// </example>
            """);
    }

    private static void WriteIdentity(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultStatus);
        writer.Line("public abstract HttpStatus Status { get; }");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultIsSuccess);
        writer.Line("public bool IsSuccess => Status.IsSuccess;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultTryGetValue);
        docs.WriteParam(writer, "value", DocTexts.ResultTryGetValueParameter);
        docs.WriteFixed(writer, DocTexts.ResultTryGetValueReturns, "returns");
        writer.Line($$"""
            public virtual bool TryGetValue({{MaybeNullWhenFalse}} out T value)
            {
                value = default!;
                return false;
            }
            """);
    }

    /// <summary>
    /// <c>Match&lt;TResult&gt;</c> (<paramref name="returnsValue"/>: <c>Func</c> callbacks, returns what the called one
    /// returns) or <c>Switch</c> (<c>Action</c> callbacks): the same switch on the group, calling one of four callbacks.
    /// </summary>
    private static void WriteDispatch(SourceWriter writer, DocComments docs, bool returnsValue)
    {
        writer.Line();
        docs.WriteFixed(writer, returnsValue ? DocTexts.ResultMatch : DocTexts.ResultSwitch);
        if (returnsValue)
        {
            docs.WriteTypeParam(writer, "TResult", DocTexts.ResultMatchTypeParameter);
        }

        foreach (var callback in Callbacks)
        {
            docs.WriteParam(writer, callback.Name, callback.Docs);
        }

        if (returnsValue)
        {
            docs.WriteFixed(writer, DocTexts.ResultMatchReturns, "returns");
        }

        docs.WriteException(writer, ArgumentNullException, DocTexts.ResultCallbackIsNull);
        var (method, callbackType, result) = returnsValue
            ? ("TResult Match<TResult>", "global::System.Func", ", TResult")
            : ("void Switch", "global::System.Action", string.Empty);
        writer.OpenBlock($$"""
            public {{method}}(
                {{callbackType}}<StatusResult<T>{{result}}> success,
                {{callbackType}}<StatusResult<T>, string?{{result}}> redirection,
                {{callbackType}}<StatusResult<T>, StatusProblem{{result}}> clientError,
                {{callbackType}}<StatusResult<T>, StatusProblem{{result}}> serverError)
            """);
        foreach (var callback in Callbacks)
        {
            writer.Line($$"""
                if ({{callback.Name}} is null)
                {
                    throw new {{ArgumentNullException}}(nameof({{callback.Name}}));
                }

                """);
        }

        writer.OpenBlock("switch (Status.Group)");
        foreach (var callback in Callbacks)
        {
            var call = $"{callback.Name}({callback.Arguments});";
            writer.Line(returnsValue
                ? $"""
                    {callback.Label}
                        return {call}
                    """
                : $"""
                    {callback.Label}
                        {call}
                        break;
                    """);
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteEquality(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultEquals);
        docs.WriteParam(writer, "other", DocTexts.ResultToCompare);
        writer.Line("""
            public abstract bool Equals(StatusResult<T>? other);

            /// <inheritdoc/>
            public override bool Equals(object? obj) => Equals(obj as StatusResult<T>);

            /// <inheritdoc/>
            public abstract override int GetHashCode();

            """);
        docs.WriteFixed(writer, DocTexts.ResultToString);
        writer.Line("public override string ToString() => StatusProblem.DescribeResult(Status, LocationOrNull, RetryAfterOrNull, ProblemOrNull);");
        EqualityOperators.Write(writer, docs, "StatusResult<T>", DocTexts.ResultsEqual, DocTexts.ResultsDiffer, DocTexts.ResultLeft, DocTexts.ResultRight);
    }

    /// <param name="writer">Where to write.</param>
    /// <param name="docs">The doc writer.</param>
    /// <param name="shape">The case.</param>
    /// <param name="firstWithMember">
    /// For each doc text of a case property, the first case that has such a property: it is documented there, and
    /// the same property of later cases refers to it.
    /// </param>
    private static void WriteCase(SourceWriter writer, DocComments docs, CaseShape shape, Dictionary<DocText, string> firstWithMember)
    {
        var name = shape.Name;
        writer.Line();
        DocComments.WriteInheritedForCode(writer, shape.Code);
        writer.OpenBlock($$"""
            [global::System.Diagnostics.DebuggerDisplay("{{DebuggerDisplay(shape)}}")]
            public sealed class {{name}} : StatusResult<T>
            """);

        WriteConstructor(writer, docs, shape);
        if (shape.HasParameterlessForm)
        {
            writer.Line();
            docs.WriteFixed(writer, DocTexts.CaseInstance.Format(name));
            writer.Line($$"""public static {{name}} Instance { get; } = new {{name}}();""");
        }

        writer.Line($$"""

            /// <inheritdoc/>
            public override HttpStatus Status => HttpStatus.{{name}};
            """);
        WriteCaseProperties(writer, docs, shape, firstWithMember);
        WriteCaseEquality(writer, shape);
        writer.CloseBlock();
    }

    private static void WriteConstructor(SourceWriter writer, DocComments docs, CaseShape shape)
    {
        // A hover on `new StatusResult<T>.NotFound()` shows the constructor: it explains the status like the case does.
        var display = shape.CodeText + " " + XmlDocText.Inline(shape.Code.Title.GetOrEnglish(TextByLanguage.English));
        docs.WriteInheritedForCode(writer, shape.Code, DocTexts.CaseConstructor.Format(display));
        foreach (var parameter in shape.Parameters)
        {
            docs.WriteParam(writer, parameter.Name, CaseDocs.Parameter(shape, parameter));
        }

        foreach (var (exception, text) in CaseDocs.Exceptions(shape))
        {
            docs.WriteException(writer, exception, text);
        }

        var parameters = string.Join(", ", shape.Parameters.Select(parameter => parameter.Declaration));
        writer.OpenBlock($"public {shape.Name}({parameters})");
        WriteChecks(writer, shape);
        foreach (var parameter in shape.Parameters)
        {
            writer.Line(parameter.Property + " = " + Stored(parameter, StatusHeadersEmitter.TypeName) + ";");
        }

        writer.CloseBlock();
        WriteReceivedConstructor(writer, shape, shape.Parameters.Select(parameter => parameter.Declaration), StatusHeadersEmitter.TypeName);
    }

    /// <summary>
    /// The factory the readers use (<see cref="CaseShape.HasReceivedForm"/>) and its private constructor: the same checks,
    /// but a required field the response did not have is empty. Internal, so the public constructors keep refusing blank
    /// values; a factory rather than an internal constructor, so that <c>new Unauthorized()</c> in the project still fails
    /// with CS7036 (missing argument) and not CS1729 (no overload).
    /// </summary>
    internal static void WriteReceivedConstructor(SourceWriter writer, CaseShape shape, IEnumerable<string> declarations, string headers)
    {
        if (!shape.HasReceivedForm)
        {
            return;
        }

        writer.Line();
        var list = declarations.ToList();
        writer.Line($"internal static {shape.Name} Received({headers}.Source source, {string.Join(", ", list)})");
        writer.Line($"    => new {shape.Name}(source, {string.Join(", ", shape.Parameters.Select(parameter => parameter.Name))});");
        writer.Line();
        writer.OpenBlock($"private {shape.Name}({headers}.Source source, {string.Join(", ", list.Select(declaration => declaration.Split('=')[0].TrimEnd()))})");
        WriteChecks(writer, shape);
        foreach (var parameter in shape.Parameters)
        {
            writer.Line(parameter.Property + " = " + Stored(parameter, headers, received: true) + ";");
        }

        writer.CloseBlock();
    }

    /// <summary>The expression that makes a case of <paramref name="type"/>: through the readers' factory when the case has it.</summary>
    internal static string Construction(CaseShape shape, string type, string headers, IEnumerable<string> arguments)
        => shape.HasReceivedForm
            ? type + ".Received(" + headers + ".Source.Response, " + string.Join(", ", arguments) + ")"
            : "new " + type + "(" + string.Join(", ", arguments) + ")";

    /// <summary>
    /// What a case stores for a parameter: header field values (<c>Location</c> and the flagged fields) go through the
    /// shared checks of <paramref name="headers"/>, which throw for null (when required), blank and CR/LF/NUL values.
    /// </summary>
    internal static string Stored(CaseParameter parameter, string headers, bool received = false) => parameter.Member switch
    {
        CaseMember.Header when received && parameter.DefaultValue is null && !parameter.Header!.AllowsEmpty => $"{headers}.Received({parameter.Name}, nameof({parameter.Name}))",
        CaseMember.Location when parameter.DefaultValue is null => $"{headers}.Field({parameter.Name}, nameof({parameter.Name}), allowsEmpty: false)",
        CaseMember.Header when parameter.DefaultValue is null => $"{headers}.Field({parameter.Name}, nameof({parameter.Name}), allowsEmpty: {(parameter.Header!.AllowsEmpty ? "true" : "false")})",
        CaseMember.Location or CaseMember.Header => $"{headers}.OptionalField({parameter.Name}, nameof({parameter.Name}))",
        _ => parameter.Name,
    };

    /// <summary>The checks that come before the assignments: the ones the header checks do not make.</summary>
    internal static void WriteChecks(SourceWriter writer, CaseShape shape)
    {
        if (shape.HasRetryAfter)
        {
            writer.Line($$"""
                if (retryAfter < global::System.TimeSpan.Zero)
                {
                    throw new {{ArgumentOutOfRangeException}}(nameof(retryAfter), retryAfter, "A Retry-After delay must not be negative.");
                }

                """);
        }
    }

    /// <summary>A property per constructor parameter, then the overrides that hand them to the base class.</summary>
    private static void WriteCaseProperties(SourceWriter writer, DocComments docs, CaseShape shape, Dictionary<DocText, string> firstWithMember)
    {
        foreach (var parameter in shape.Parameters)
        {
            writer.Line();
            var text = CaseDocs.Property(shape, parameter);
            if (firstWithMember.TryGetValue(text, out var first))
            {
                writer.Line($"/// <inheritdoc cref=\"{first}.{parameter.Property}\"/>");
            }
            else
            {
                docs.WriteFixed(writer, text);
                firstWithMember.Add(text, shape.Name);
            }

            writer.Line($$"""public {{parameter.Type}} {{parameter.Property}} { get; }""");
        }

        foreach (var parameter in shape.Parameters)
        {
            var code = parameter.Member switch
            {
                CaseMember.Value => $$"""
                    public override bool TryGetValue({{MaybeNullWhenFalse}} out T value)
                    {
                        value = Value;
                        return true;
                    }
                    """,
                CaseMember.Location => "private protected override string? LocationOrNull => Location;",
                CaseMember.RetryAfter => "private protected override global::System.TimeSpan? RetryAfterOrNull => RetryAfter;",
                CaseMember.Header => null,
                _ => "private protected override StatusProblem? ProblemOrNull => Problem;",
            };
            if (code is null)
            {
                // A header field is compared by the case's own Equals (WriteCaseEquality), not through the base class.
                continue;
            }

            // The private protected overrides are not visible outside the assembly: they need no docs (CS1591).
            writer.Line();
            if (parameter.Member == CaseMember.Value)
            {
                writer.Line("/// <inheritdoc/>");
            }

            writer.Line(code);
        }
    }

    private static void WriteCaseEquality(SourceWriter writer, CaseShape shape)
    {
        if (shape.Parameters.Count == 0)
        {
            writer.Line($$"""

                /// <inheritdoc/>
                public override bool Equals(StatusResult<T>? other) => other is {{shape.Name}};

                /// <inheritdoc/>
                public override int GetHashCode() => {{shape.CodeText}};
                """);
            return;
        }

        bool Has(CaseMember member) => shape.Parameters.Any(parameter => parameter.Member == member);
        string Flag(CaseMember member) => Has(member) ? "true" : "false";
        var equals = "EqualsCase(other)";
        var hash = $"HashCase({shape.CodeText}, value: {Flag(CaseMember.Value)}, location: {Flag(CaseMember.Location)}, retryAfter: {Flag(CaseMember.RetryAfter)}, problem: {Flag(CaseMember.Problem)})";
        if (shape.Headers.Count > 0)
        {
            // The base class compares what every case may carry; the few cases with header fields compare those here.
            equals += $" && other is {shape.Name} that";
            foreach (var field in shape.Headers)
            {
                equals += $" && string.Equals({field.Property}, that.{field.Property}, global::System.StringComparison.Ordinal)";
                hash = $"{StatusHeadersEmitter.TypeName}.Hash({hash}, {field.Property})";
            }
        }

        writer.Line($$"""

            /// <inheritdoc/>
            public override bool Equals(StatusResult<T>? other) => {{equals}};

            /// <inheritdoc/>
            public override int GetHashCode() => {{hash}};
            """);
    }

    /// <summary>What the debugger shows for a case: <c>ToString()</c> (the status and its headers and problem), then the content.</summary>
    private static string DebuggerDisplay(CaseShape shape) => shape.HasValue ? "{ToString(),nq} {Value}" : "{ToString(),nq}";
}
