using System.Linq;

namespace StatusGen.Emit;

/// <summary>
/// Emits <c>StatusHeaders</c>, the internal class that the cases of <c>StatusResult&lt;T&gt;</c> and of every
/// <c>[StatusUnion]</c> share about header fields, written once beside <c>StatusResult&lt;T&gt;</c> rather than into each
/// case: the checks of the values a case carries (<c>Location</c>, <c>WWW-Authenticate</c>, ...: not null when required,
/// not blank unless an empty value means something, and never a CR, LF or NUL, which would end the field and let a
/// value inject headers), the extra header list that <c>WithHeader</c> builds, and which field names are extra: not
/// framing (<see cref="FramingFields"/>) and not a member of the code's case.
/// </summary>
internal static class StatusHeadersEmitter
{
    public const string TypeName = "StatusHeaders";

    /// <summary>The type the extra headers are kept in: read-only, so <c>Headers</c> cannot be cast back and changed.</summary>
    public const string CollectionType = "global::System.Collections.ObjectModel.ReadOnlyCollection<global::System.Collections.Generic.KeyValuePair<string, string>>";

    /// <summary>The type <c>Headers</c> is declared as.</summary>
    public const string ListType = "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>";

    /// <summary>
    /// Fields that the response's framing and content decide (RFC 9110 §6.4.1, §7.6.1, §8.3, §8.6; RFC 9112 §6.1): a
    /// result cannot set them, and the client does not read them back as extra headers.
    /// </summary>
    public static readonly string[] FramingFields =
    {
        "Content-Length", "Content-Type", "Transfer-Encoding", "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer",
    };

    public static void Write(SourceWriter writer, string ns)
    {
        ns = "global::" + ns;
        // The member fields of a case, with the HttpStatus property of the flag that gives a code each one.
        var members = new[] { ("UsesLocation", "Location"), ("UsesRetryAfter", "Retry-After") }
            .Concat(CaseShape.HeaderFields.Select(field => ("Uses" + field.Property, field.FieldName)));
        var isMember = string.Join("\n    || ", members.Select(member => $"(status.{member.Item1} && Is(name, \"{member.Item2}\"))"));
        var isFraming = string.Join("\n    || ", FramingFields.Select(name => $"Is(name, \"{name}\")"));
        writer.OpenBlock($$"""
            /// <summary>What the cases of <c>StatusResult&lt;T&gt;</c> and of <c>[StatusUnion]</c> classes share about header fields.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            internal static class {{TypeName}}
            """);
        writer.Line($$"""
            internal static readonly {{CollectionType}} None = new {{CollectionType}}(global::System.Array.Empty<global::System.Collections.Generic.KeyValuePair<string, string>>());

            /// <summary>Marks the internal case constructors the readers use, which take what a response had (see <see cref="Received"/>).</summary>
            internal enum Source
            {
                Response,
            }

            /// <summary>
            /// A required field value as a response had it: empty when the server sent none or a blank one (RFC 9110 requires
            /// the field, but common servers omit it), and still never a CR, LF or NUL.
            /// </summary>
            internal static string Received(string? value, string parameter)
                => value is null || string.IsNullOrWhiteSpace(value) ? string.Empty : Line(value, parameter);

            /// <summary>A field value a case requires: not null, not blank unless <paramref name="allowsEmpty"/>, no CR, LF or NUL.</summary>
            internal static string Field(string value, string parameter, bool allowsEmpty)
            {
                if (value is null)
                {
                    throw new global::System.ArgumentNullException(parameter);
                }

                if (!allowsEmpty && string.IsNullOrWhiteSpace(value))
                {
                    throw new global::System.ArgumentException("A header field value must not be empty or white space.", parameter);
                }

                return Line(value, parameter);
            }

            /// <summary>A field value a case may have: null, or a value <see cref="Field"/> accepts.</summary>
            internal static string? OptionalField(string? value, string parameter) => value is null ? null : Field(value, parameter, allowsEmpty: false);

            /// <summary>The value, unless it holds a character that would end the field line (header injection).</summary>
            internal static string Line(string value, string parameter)
            {
                if (value.IndexOfAny(LineBreaks) >= 0)
                {
                    throw new global::System.ArgumentException("A header field value must not contain CR, LF or NUL: they would end the field (header injection).", parameter);
                }

                return value;
            }

            private static readonly char[] LineBreaks = { '\r', '\n', '\0' };

            /// <summary>The extra headers of a <c>WithHeader</c> copy: <paramref name="headers"/> without <paramref name="name"/>, then its new values.</summary>
            internal static {{CollectionType}} With({{CollectionType}}? headers, {{ns}}.HttpStatus status, string name, string[] values)
            {
                if (name is null)
                {
                    throw new global::System.ArgumentNullException(nameof(name));
                }

                if (values is null)
                {
                    throw new global::System.ArgumentNullException(nameof(values));
                }

                if (!IsToken(name))
                {
                    throw new global::System.ArgumentException("A header field name is a token: letters, digits and !#$%&'*+-.^_`|~.", nameof(name));
                }

                if (IsFraming(name))
                {
                    throw new global::System.ArgumentException("The " + name + " header field is decided by the response's framing and content.", nameof(name));
                }

                if (IsMember(status, name))
                {
                    throw new global::System.ArgumentException("A " + status.ToString() + " result has " + name + " as a member: pass it to the constructor.", nameof(name));
                }

                if (values.Length == 0)
                {
                    throw new global::System.ArgumentException("A header field needs at least one value.", nameof(values));
                }

                var list = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
                if (headers != null)
                {
                    foreach (var header in headers)
                    {
                        if (!Is(header.Key, name))
                        {
                            list.Add(header);
                        }
                    }
                }

                foreach (var value in values)
                {
                    if (value is null)
                    {
                        throw new global::System.ArgumentNullException(nameof(values));
                    }

                    list.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(name, Line(value, nameof(values))));
                }

                return new {{CollectionType}}(list);
            }

            /// <summary>The headers as a read-only collection, without copying one that already is.</summary>
            internal static {{CollectionType}} Freeze({{ListType}} headers)
                => headers as {{CollectionType}} ?? new {{CollectionType}}(new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>(headers));

            /// <summary>Whether a response field read by the client is one of the case's extra headers.</summary>
            internal static bool IsExtra({{ns}}.HttpStatus status, string name) => !IsFraming(name) && !IsMember(status, name);

            /// <summary>Whether the case of <paramref name="status"/> carries the field as a member (its flags say which).</summary>
            internal static bool IsMember({{ns}}.HttpStatus status, string name)
                => {{isMember}};

            internal static bool IsFraming(string name)
                => {{isFraming}};

            /// <summary>The hash of a case with one more field value: what the cases with header fields add to theirs.</summary>
            internal static int Hash(int hash, string? value)
                => unchecked((hash * 31) + (value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(value)));

            private static bool Is(string name, string field) => string.Equals(name, field, global::System.StringComparison.OrdinalIgnoreCase);

            /// <summary>An RFC 9110 §5.6.2 token: one or more tchar.</summary>
            private static bool IsToken(string name)
            {
                if (name.Length == 0)
                {
                    return false;
                }

                foreach (var character in name)
                {
                    if (!((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9')
                        || "!#$%&'*+-.^_`|~".IndexOf(character) >= 0))
                    {
                        return false;
                    }
                }

                return true;
            }
            """);
        writer.CloseBlock();
    }
}
