using StatusGen.Emit.Docs;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusProblem</c>, RFC 9457 problem details as a plain class: netstandard2.0 has no ProblemDetails, and
/// the generated code references nothing beyond the base class library. The title, detail, type and instance are
/// fixed at construction; extensions are a dictionary, created on first use so a problem without them allocates only
/// itself. Equality compares every member; the hash code leaves out the extensions, which may still change. Declared
/// <c>partial</c> so that the System.Text.Json part (<see cref="StatusProblemJsonEmitter"/>) can attach its converter.
/// </summary>
internal static class StatusProblemEmitter
{
    public const string HintName = "StatusProblem.g.cs";

    private const string Dictionary = "global::System.Collections.Generic.Dictionary<string, object?>";
    private const string Ordinal = "global::System.StringComparer.Ordinal";
    private const string OrdinalComparison = "global::System.StringComparison.Ordinal";

    public static string Emit(EmitModel model)
    {
        var docs = DocComments.For(model.Generation);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        docs.WriteFixed(writer, DocTexts.ProblemSummary);
        docs.WriteFixed(writer, DocTexts.ProblemRemarks, "remarks");
        writer.OpenBlock($$"""
            /// <example>
            /// <code>
            /// var problem = new StatusProblem(
            ///     title: "Out of stock",
            ///     detail: "Item 42 is out of stock.",
            ///     type: "https://example.com/problems/out-of-stock")
            /// {
            ///     Extensions = { ["itemId"] = 42 },
            /// };
            /// var notFound = StatusProblem.For(HttpStatus.NotFound, "No order 42.", language: "ko");
            /// </code>
            /// </example>
            [global::System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
            {{GeneratedFile.GeneratedCodeAttribute}}
            {{model.Options.Accessibility}} sealed partial class StatusProblem : global::System.IEquatable<StatusProblem>
            """);

        docs.WriteFixed(writer, DocTexts.ProblemDefaultType);
        writer.Line($$"""
            public const string DefaultType = "about:blank";

            private {{Dictionary}}? _extensions;

            """);
        docs.WriteFixed(writer, DocTexts.ProblemConstructor);
        docs.WriteParam(writer, "title", DocTexts.ProblemTitleParameter);
        docs.WriteParam(writer, "detail", DocTexts.ProblemDetailParameter);
        docs.WriteParam(writer, "type", DocTexts.ProblemTypeParameter);
        docs.WriteParam(writer, "instance", DocTexts.ProblemInstanceParameter);
        writer.Line("""
            public StatusProblem(string? title = null, string? detail = null, string? type = null, string? instance = null)
            {
                Type = type is null || type.Length == 0 ? DefaultType : type;
                Title = title;
                Detail = detail;
                Instance = instance;
            }
            """);

        WriteProperties(writer, docs);
        WriteFor(writer, docs);
        WriteEquality(writer, docs);
        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }

    private static void WriteProperties(SourceWriter writer, DocComments docs)
    {
        foreach (var (summary, declaration) in new[]
        {
            (DocTexts.ProblemType, "public string Type { get; }"),
            (DocTexts.ProblemTitle, "public string? Title { get; }"),
            (DocTexts.ProblemDetail, "public string? Detail { get; }"),
            (DocTexts.ProblemInstance, "public string? Instance { get; }"),
            (DocTexts.ProblemExtensions, "public global::System.Collections.Generic.IDictionary<string, object?> Extensions => _extensions ??= new " + Dictionary + "(" + Ordinal + ");"),
        })
        {
            writer.Line();
            docs.WriteFixed(writer, summary);
            writer.Line(declaration);
        }
    }

    private static void WriteFor(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ProblemFor);
        docs.WriteParam(writer, "status", DocTexts.ProblemForStatusParameter);
        docs.WriteParam(writer, "detail", DocTexts.ProblemDetailParameter);
        docs.WriteParam(writer, "language", DocTexts.ProblemForLanguageParameter);
        writer.Line("""
            public static StatusProblem For(HttpStatus status, string? detail = null, string? language = null)
            {
                var title = language is null ? status.ReasonPhrase : status.GetTitle(language);
                return new StatusProblem(title.Length == 0 ? null : title, detail);
            }
            """);
    }

    private static void WriteEquality(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ProblemEquals);
        docs.WriteParam(writer, "other", DocTexts.ProblemToCompare);
        writer.Line($$"""
            public bool Equals(StatusProblem? other)
            {
                if (other is null)
                {
                    return false;
                }

                return ReferenceEquals(this, other)
                    || (string.Equals(Type, other.Type, {{OrdinalComparison}})
                        && string.Equals(Title, other.Title, {{OrdinalComparison}})
                        && string.Equals(Detail, other.Detail, {{OrdinalComparison}})
                        && string.Equals(Instance, other.Instance, {{OrdinalComparison}})
                        && ExtensionsEqual(_extensions, other._extensions));
            }

            /// <inheritdoc/>
            public override bool Equals(object? obj) => Equals(obj as StatusProblem);

            """);
        docs.WriteFixed(writer, DocTexts.ProblemHashCode);
        writer.Line($$"""
            public override int GetHashCode()
            {
                unchecked
                {
                    var hash = {{Ordinal}}.GetHashCode(Type);
                    hash = (hash * 31) + (Title is null ? 0 : {{Ordinal}}.GetHashCode(Title));
                    hash = (hash * 31) + (Detail is null ? 0 : {{Ordinal}}.GetHashCode(Detail));
                    hash = (hash * 31) + (Instance is null ? 0 : {{Ordinal}}.GetHashCode(Instance));
                    return hash;
                }
            }

            """);
        docs.WriteFixed(writer, DocTexts.ProblemToString);
        writer.Line("""
            public override string ToString()
            {
                if (Title is null)
                {
                    return Detail ?? Type;
                }

                return Detail is null ? Title : Title + ": " + Detail;
            }
            """);
        writer.Line();
        docs.WriteFixed(writer, DocTexts.ResultDescribe);
        writer.Line("""
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal static string DescribeResult(HttpStatus status, string? location, global::System.TimeSpan? retryAfter, StatusProblem? problem)
            {
                var text = status.ToString();
                if (location != null)
                {
                    text += " \u2192 " + EscapeForLog(location);
                }

                // The detail says what happened (a blank one says nothing); a title only when it is not the reason phrase already written.
                var said = problem == null ? null
                    : !string.IsNullOrWhiteSpace(problem.Detail) ? problem.Detail
                    : string.Equals(problem.Title, status.ReasonPhrase, global::System.StringComparison.Ordinal) ? null : problem.Title;
                if (!string.IsNullOrWhiteSpace(said))
                {
                    text += ": " + EscapeForLog(said!);
                }

                if (retryAfter.HasValue)
                {
                    // As the header is sent: delta-seconds, rounded up.
                    var ticks = retryAfter.Value.Ticks;
                    var seconds = (ticks / global::System.TimeSpan.TicksPerSecond) + (ticks % global::System.TimeSpan.TicksPerSecond == 0 ? 0 : 1);
                    text += " (Retry-After: " + seconds.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";
                }

                return text;
            }

            /// <summary>
            /// The text with control characters (and U+2028, U+2029, where some log viewers break lines) escaped as
            /// <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>: a detail or location is often built from input, and a
            /// line break in it would let that input forge log lines. The text itself when there is nothing to escape.
            /// </summary>
            private static string EscapeForLog(string text)
            {
                var start = 0;
                while (start < text.Length && !NeedsLogEscape(text[start]))
                {
                    start++;
                }

                if (start == text.Length)
                {
                    return text;
                }

                var escaped = new global::System.Text.StringBuilder(text.Length + 8).Append(text, 0, start);
                for (var i = start; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c == '\n')
                    {
                        escaped.Append("\\n");
                    }
                    else if (c == '\r')
                    {
                        escaped.Append("\\r");
                    }
                    else if (c == '\t')
                    {
                        escaped.Append("\\t");
                    }
                    else if (NeedsLogEscape(c))
                    {
                        escaped.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }
                }

                return escaped.ToString();
            }

            private static bool NeedsLogEscape(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';
            """);
        EqualityOperators.Write(writer, docs, "StatusProblem", DocTexts.ProblemsEqual, DocTexts.ProblemsDiffer, DocTexts.ProblemLeft, DocTexts.ProblemRight);
        writer.Line($$"""

            /// <summary>Equal when both have the same keys with equal values; no dictionary counts as an empty one.</summary>
            private static bool ExtensionsEqual({{Dictionary}}? left, {{Dictionary}}? right)
            {
                if (left is null || left.Count == 0)
                {
                    return right is null || right.Count == 0;
                }

                if (right is null || right.Count != left.Count)
                {
                    return false;
                }

                foreach (var pair in left)
                {
                    if (!right.TryGetValue(pair.Key, out var value) || !object.Equals(pair.Value, value))
                    {
                        return false;
                    }
                }

                return true;
            }
            """);
    }
}
