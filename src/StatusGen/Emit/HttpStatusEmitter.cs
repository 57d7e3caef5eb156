using System.Collections.Generic;
using System.Linq;
using StatusGen.Emit.Docs;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Emit;

/// <summary>
/// Emits the <c>HttpStatus</c> value type. Lookups go through dense arrays indexed by <c>code - 100</c>: no
/// dictionary is built at start-up, nothing allocates, and varied inputs do not pay for a mispredicted
/// <c>switch</c>. Index 0 of every per-code table stands for "not in the catalog".
/// </summary>
internal static class HttpStatusEmitter
{
    public const string HintName = "HttpStatus.g.cs";

    /// <summary>Names and titles longer than this are not indexed by length (TryParse scans for them).</summary>
    private const int MaxIndexedLength = 64;

    public static string Emit(EmitModel model)
    {
        var catalog = model.Catalog;
        var docs = DocComments.For(model.Generation);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        docs.WriteFixed(writer, DocTexts.HttpStatusSummary);
        docs.WriteFixed(writer, DocTexts.HttpStatusRemarks, "remarks");
        writer.Line("""
            /// <example>
            /// <code>
            /// HttpStatus status = HttpStatus.FromCode(404);
            /// Console.WriteLine($"{status}");              // 404 Not Found
            /// Console.WriteLine(status.GetTitle("ko"));   // 찾을 수 없음
            /// Console.WriteLine($"{status:D}");            // 404
            /// if (HttpStatus.TryParse("too many requests", out var parsed) &amp;&amp; parsed.IsRetryable) { /* retry */ }
            /// HttpStatus same = HttpStatus.Parse("404 Not Found");
            /// </code>
            /// </example>
            [global::System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
            """);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " readonly partial struct HttpStatus : " + string.Join(", ", Interfaces(model.Capabilities)));
        writer.Line("""
            private const int MinCode = 100;
            private const int MaxCode = 599;

            private readonly int _code;

            private HttpStatus(int code) => _code = code;
            """);

        foreach (var code in catalog.Codes)
        {
            writer.Line();
            docs.WriteForCode(writer, code);
            writer.Line($"public static HttpStatus {code.Name} => new HttpStatus({CSharpLiteral.Number(code.Code)});");
        }

        WriteIdentity(writer, docs);
        WriteGroups(writer, docs);
        WriteFlags(writer, docs, catalog);
        WriteTexts(writer, docs);
        WriteLookups(writer, docs);
        WriteParsing(writer, docs, model.Capabilities);
        WriteConversionsAndEquality(writer, docs);
        WriteFormatting(writer, docs, model.Capabilities);
        WriteCatalogData(writer, catalog);

        writer.CloseBlock();
        return GeneratedFile.Finish(writer);
    }

    private static void WriteIdentity(SourceWriter writer, DocComments docs)
    {
        Member(writer, docs, DocTexts.HttpStatusCode, "public int Code => _code;");
        Member(writer, docs, DocTexts.HttpStatusName, """public string Name => Ordinal != 0 ? CatalogData.Names[Ordinal] : "Status" + _code.ToString(global::System.Globalization.CultureInfo.InvariantCulture);""");
        Member(writer, docs, DocTexts.HttpStatusReasonPhrase, "public string ReasonPhrase => (uint)(_code - MinCode) < (uint)(MaxCode - MinCode + 1) ? CatalogData.ReasonPhrasesByCode[_code - MinCode] : string.Empty;");
        Member(writer, docs, DocTexts.HttpStatusIsKnown, "public bool IsKnown => Ordinal != 0;");
        writer.Line("""

            /// <summary>Position of this code in the catalog tables; 0 when the catalog does not define it.</summary>
            private int Ordinal => (uint)(_code - MinCode) < (uint)(MaxCode - MinCode + 1) ? CatalogData.Ordinals[_code - MinCode] : 0;
            """);
    }

    private static void WriteGroups(SourceWriter writer, DocComments docs)
    {
        Member(writer, docs, DocTexts.HttpStatusGroup, "public StatusGroup Group => (StatusGroup)(_code / 100);");
        var groups = new[]
        {
            ("IsInformational", DocTexts.HttpStatusIsInformational, "_code / 100 == 1"),
            ("IsSuccess", DocTexts.HttpStatusIsSuccess, "_code / 100 == 2"),
            ("IsRedirection", DocTexts.HttpStatusIsRedirection, "_code / 100 == 3"),
            ("IsClientError", DocTexts.HttpStatusIsClientError, "_code / 100 == 4"),
            ("IsServerError", DocTexts.HttpStatusIsServerError, "_code / 100 == 5"),
            ("IsError", DocTexts.HttpStatusIsError, "_code >= 400 && _code <= MaxCode"),
        };
        foreach (var (name, summary, expression) in groups)
        {
            Member(writer, docs, summary, $"public bool {name} => {expression};");
        }
    }

    private static void WriteFlags(SourceWriter writer, DocComments docs, StatusCatalog catalog)
    {
        for (var bit = 0; bit < catalog.Flags.Count; bit++)
        {
            var flag = catalog.Flags[bit];
            writer.Line();
            docs.WriteForFlag(writer, flag);
            writer.Line($"public bool {flag.PropertyName} => (CatalogData.Flags[Ordinal] & {FlagLiteral(1UL << bit)}) {(flag.IsNegated ? "==" : "!=")} 0;");
        }

        Member(writer, docs, DocTexts.HttpStatusHasFlag, ("param name=\"flag\"", DocTexts.HttpStatusHasFlagParam), """
            public bool HasFlag(string flag)
            {
                if (flag is null)
                {
                    throw new global::System.ArgumentNullException(nameof(flag));
                }

                var names = CatalogData.FlagNames;
                for (var bit = 0; bit < names.Length; bit++)
                {
                    if (string.Equals(names[bit], flag, global::System.StringComparison.OrdinalIgnoreCase))
                    {
                        return (CatalogData.Flags[Ordinal] & (1UL << bit)) != 0;
                    }
                }

                return false;
            }
            """);
    }

    private static void WriteTexts(SourceWriter writer, DocComments docs)
    {
        var language = ("param name=\"language\"", DocTexts.HttpStatusLanguageParam);
        Member(writer, docs, DocTexts.HttpStatusGetTitle, language, "public string GetTitle(string language) => GetText(CatalogData.Titles, language);");
        Member(writer, docs, DocTexts.HttpStatusGetDescription, language, "public string GetDescription(string language) => GetText(CatalogData.Descriptions, language);");
        writer.Line("""

            private string GetText(string?[][] table, string language)
            {
                if (language is null)
                {
                    throw new global::System.ArgumentNullException(nameof(language));
                }

                var ordinal = Ordinal;
                var index = MatchLanguage(language);
                return table[index < 0 ? 0 : index][ordinal] ?? table[0][ordinal] ?? string.Empty;
            }

            /// <summary>
            /// Index in the text tables of the catalog language that serves <paramref name="language"/>: the same tag, or the
            /// longest one that is a prefix of it ending at a <c>-</c> (<c>ko-KR</c> finds <c>ko</c>, <c>kok</c> does not); -1 when none does.
            /// The generator matches the languages of the docs by the same rule; the ASP.NET Core part calls this too.
            /// </summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal static int MatchLanguage(string language)
            {
                var languages = CatalogData.Languages;
                var best = -1;
                for (var i = 0; i < languages.Length; i++)
                {
                    var candidate = languages[i];
                    if (candidate.Length <= language.Length
                        && (candidate.Length == language.Length || language[candidate.Length] == '-')
                        && string.Compare(candidate, 0, language, 0, candidate.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0
                        && (best < 0 || candidate.Length > languages[best].Length))
                    {
                        best = i;
                    }
                }

                return best;
            }
            """);
    }

    private static void WriteLookups(SourceWriter writer, DocComments docs)
    {
        Member(writer, docs, DocTexts.HttpStatusAll, "public static global::System.Collections.Generic.IReadOnlyList<HttpStatus> All => CatalogData.All;");
        Member(writer, docs, DocTexts.HttpStatusFromCode, ("exception cref=\"global::System.ArgumentOutOfRangeException\"", DocTexts.HttpStatusFromCodeException), """
            public static HttpStatus FromCode(int code)
            {
                if (code < MinCode || code > MaxCode)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(code), code, "An HTTP status code is a number from 100 to 599.");
                }

                return new HttpStatus(code);
            }
            """);
        Member(writer, docs, DocTexts.HttpStatusTryFromCode, """
            public static bool TryFromCode(int code, out HttpStatus status)
            {
                if ((uint)(code - MinCode) < (uint)(MaxCode - MinCode + 1) && CatalogData.Ordinals[code - MinCode] != 0)
                {
                    status = new HttpStatus(code);
                    return true;
                }

                status = default;
                return false;
            }
            """);
    }

    private static void WriteParsing(SourceWriter writer, DocComments docs, InteropCapabilities capabilities)
    {
        var spans = capabilities.Spans;
        var text = spans ? "global::System.ReadOnlySpan<char>" : "string";
        var formatException = ("exception cref=\"global::System.FormatException\"", DocTexts.HttpStatusParseFormatException);
        Member(writer, docs, DocTexts.HttpStatusTryParse, $$"""
            public static bool TryParse(string? text, out HttpStatus status)
            {
                if (text is null)
                {
                    status = default;
                    return false;
                }

                return TryParseText({{(spans ? "global::System.MemoryExtensions.AsSpan(text)" : "text")}}, out status);
            }
            """);
        Member(writer, docs, DocTexts.HttpStatusParse, """
            public static HttpStatus Parse(string text)
            {
                if (text is null)
                {
                    throw new global::System.ArgumentNullException(nameof(text));
                }

                return TryParse(text, out var status) ? status : throw NotAStatus(text);
            }
            """, formatException, ("exception cref=\"global::System.ArgumentNullException\"", DocTexts.HttpStatusParseNullException));
        if (spans)
        {
            // The string overloads' docs, by reference: each sentence is written once.
            writer.Line("""

                /// <inheritdoc cref="TryParse(string, out HttpStatus)"/>
                public static bool TryParse(global::System.ReadOnlySpan<char> text, out HttpStatus status) => TryParseText(text, out status);

                /// <inheritdoc cref="Parse(string)" path="/summary"/>
                /// <exception cref="global::System.FormatException"><inheritdoc cref="Parse(string)" path="/exception[1]/node()"/></exception>
                public static HttpStatus Parse(global::System.ReadOnlySpan<char> text) => TryParseText(text, out var status) ? status : throw NotAStatus(text.ToString());
                """);
        }

        if (capabilities.Parsable)
        {
            writer.Line("""

                /// <inheritdoc/>
                static HttpStatus global::System.IParsable<HttpStatus>.Parse(string s, global::System.IFormatProvider? provider) => Parse(s);

                /// <inheritdoc/>
                static bool global::System.IParsable<HttpStatus>.TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, global::System.IFormatProvider? provider, out HttpStatus result) => TryParse(s, out result);
                """);
        }

        if (capabilities.SpanParsable)
        {
            writer.Line("""

                /// <inheritdoc/>
                static HttpStatus global::System.ISpanParsable<HttpStatus>.Parse(global::System.ReadOnlySpan<char> s, global::System.IFormatProvider? provider) => Parse(s);

                /// <inheritdoc/>
                static bool global::System.ISpanParsable<HttpStatus>.TryParse(global::System.ReadOnlySpan<char> s, global::System.IFormatProvider? provider, out HttpStatus result) => TryParse(s, out result);
                """);
        }

        // One implementation over the widest text type the target has: the string overloads call the span one.
        writer.Line($$"""

            private static global::System.FormatException NotAStatus(string text)
                => new global::System.FormatException("'" + text + "' is not an HTTP status: expected digits from 100 to 599, a name such as NotFound, an English title or alias such as Not Found, or the digits followed by one of those, as in 404 Not Found.");

            private static bool TryParseText({{text}} text, out HttpStatus status)
            {
                status = default;
                var start = 0;
                var end = text.Length;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (start == end)
                {
                    return false;
                }

                // Leading digits are the code: alone (404), or followed by that code's name, title or alias (404 Not Found,
                // what ToString writes; the title of an unused code or one two codes share counts here, the number decides).
                var digitsEnd = start;
                var code = 0;
                while (digitsEnd < end)
                {
                    var digit = text[digitsEnd] - '0';
                    if (digit < 0 || digit > 9)
                    {
                        break;
                    }

                    code = code > MaxCode ? code : (code * 10) + digit;
                    digitsEnd++;
                }

                if (digitsEnd > start && code >= MinCode && code <= MaxCode)
                {
                    if (digitsEnd == end)
                    {
                        status = new HttpStatus(code);
                        return true;
                    }

                    var ordinal = CatalogData.Ordinals[code - MinCode];
                    if (ordinal != 0 && char.IsWhiteSpace(text[digitsEnd]))
                    {
                        var rest = digitsEnd;
                        while (char.IsWhiteSpace(text[rest]))
                        {
                            rest++;
                        }

                        if (IsTextOf(ordinal, text, rest, end - rest))
                        {
                            status = new HttpStatus(code);
                            return true;
                        }
                    }
                }

                var found = FindText(text, start, end - start);
                if (found == 0)
                {
                    return false;
                }

                status = new HttpStatus(CatalogData.Codes[found]);
                return true;
            }

            /// <summary>The ordinal whose name, parsable title or alias the text is; 0 when there is none.</summary>
            private static int FindText({{text}} text, int start, int length)
            {
                var names = CatalogData.Names;
                var titles = CatalogData.ParsableTitles;
                if (length < CatalogData.CandidatesByLength.Length)
                {
                    // Only the few names and titles of exactly this length can match.
                    foreach (var ordinal in CatalogData.CandidatesByLength[length])
                    {
                        if (Matches(text, start, length, names[ordinal]) || Matches(text, start, length, titles[ordinal]))
                        {
                            return ordinal;
                        }
                    }
                }
                else
                {
                    for (var ordinal = 1; ordinal < names.Length; ordinal++)
                    {
                        if (Matches(text, start, length, names[ordinal]) || Matches(text, start, length, titles[ordinal]))
                        {
                            return ordinal;
                        }
                    }
                }

                var aliases = CatalogData.Aliases;
                for (var i = 0; i < aliases.Length; i++)
                {
                    if (Matches(text, start, length, aliases[i]))
                    {
                        return CatalogData.AliasOrdinals[i];
                    }
                }

                return 0;
            }

            /// <summary>Whether the text is the name, English title or an alias of the code at <paramref name="ordinal"/>.</summary>
            private static bool IsTextOf(int ordinal, {{text}} text, int start, int length)
            {
                if (Matches(text, start, length, CatalogData.Names[ordinal]) || Matches(text, start, length, CatalogData.Titles[0][ordinal]))
                {
                    return true;
                }

                var aliases = CatalogData.Aliases;
                for (var i = 0; i < aliases.Length; i++)
                {
                    if (CatalogData.AliasOrdinals[i] == ordinal && Matches(text, start, length, aliases[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            """);
        writer.Line(spans
            ? """
              private static bool Matches(global::System.ReadOnlySpan<char> text, int start, int length, string? candidate)
                  => candidate != null && candidate.Length == length
                     && global::System.MemoryExtensions.Equals(text.Slice(start, length), global::System.MemoryExtensions.AsSpan(candidate), global::System.StringComparison.OrdinalIgnoreCase);
              """
            : """
              private static bool Matches(string text, int start, int length, string? candidate)
                  => candidate != null && candidate.Length == length
                     && string.Compare(text, start, candidate, 0, length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
              """);
    }

    private static IEnumerable<string> Interfaces(InteropCapabilities capabilities)
    {
        yield return "global::System.IEquatable<HttpStatus>";
        yield return "global::System.IComparable<HttpStatus>";
        yield return capabilities.SpanFormattable ? "global::System.ISpanFormattable" : "global::System.IFormattable";
        if (capabilities.Utf8SpanFormattable)
        {
            yield return "global::System.IUtf8SpanFormattable";
        }

        if (capabilities.SpanParsable)
        {
            yield return "global::System.ISpanParsable<HttpStatus>";
        }
        else if (capabilities.Parsable)
        {
            yield return "global::System.IParsable<HttpStatus>";
        }
    }

    /// <summary>
    /// The formats G (<c>404 Not Found</c>, the default) and D (<c>404</c>): <c>ToString(format)</c> everywhere, through
    /// <c>IFormattable</c>; <c>TryFormat</c> into chars and UTF-8 bytes where the target has the interfaces, so
    /// interpolation and UTF-8 writers format without allocating.
    /// </summary>
    private static void WriteFormatting(SourceWriter writer, DocComments docs, InteropCapabilities capabilities)
    {
        var unknownFormat = ("exception cref=\"global::System.FormatException\"", DocTexts.HttpStatusFormatException);
        Member(writer, docs, DocTexts.HttpStatusToStringFormat, "public string ToString(string? format) => ToString(format, null);", unknownFormat);
        writer.Line("""

            /// <inheritdoc cref="ToString(string)"/>
            public string ToString(string? format, global::System.IFormatProvider? formatProvider)
                => FormatOf(format ?? string.Empty) == 'D' ? _code.ToString(global::System.Globalization.CultureInfo.InvariantCulture) : ToString();
            """);
        if (capabilities.SpanFormattable)
        {
            Member(writer, docs, DocTexts.HttpStatusTryFormat, """
                public bool TryFormat(global::System.Span<char> destination, out int charsWritten, global::System.ReadOnlySpan<char> format = default, global::System.IFormatProvider? provider = null)
                {
                    var title = FormatOf(format) == 'G' && Ordinal != 0 ? CatalogData.ReasonPhrasesByCode[_code - MinCode] : null;

                    // Measured before writing, so a destination that is too small is left as it was.
                    var needed = DigitCount(_code) + (title is null ? 0 : title.Length + 1);
                    if (destination.Length < needed || !_code.TryFormat(destination, out charsWritten, default, global::System.Globalization.CultureInfo.InvariantCulture))
                    {
                        charsWritten = 0;
                        return false;
                    }

                    if (title != null)
                    {
                        destination[charsWritten] = ' ';
                        global::System.MemoryExtensions.AsSpan(title).CopyTo(destination.Slice(charsWritten + 1));
                        charsWritten += title.Length + 1;
                    }

                    return true;
                }
                """, unknownFormat);
        }

        if (capabilities.Utf8SpanFormattable)
        {
            Member(writer, docs, DocTexts.HttpStatusTryFormatUtf8, """
                public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten, global::System.ReadOnlySpan<char> format = default, global::System.IFormatProvider? provider = null)
                {
                    var title = FormatOf(format) == 'G' && Ordinal != 0 ? CatalogData.ReasonPhrasesByCode[_code - MinCode] : null;

                    // Measured before writing (a custom title may be non-ASCII), so a destination that is too small is left as it was.
                    var titleBytes = title is null ? 0 : global::System.Text.Encoding.UTF8.GetByteCount(title);
                    var needed = DigitCount(_code) + (title is null ? 0 : titleBytes + 1);
                    if (utf8Destination.Length < needed || !_code.TryFormat(utf8Destination, out bytesWritten, default, global::System.Globalization.CultureInfo.InvariantCulture))
                    {
                        bytesWritten = 0;
                        return false;
                    }

                    if (title != null)
                    {
                        utf8Destination[bytesWritten] = (byte)' ';
                        global::System.Text.Unicode.Utf8.FromUtf16(global::System.MemoryExtensions.AsSpan(title), utf8Destination.Slice(bytesWritten + 1, titleBytes), out _, out _);
                        bytesWritten += titleBytes + 1;
                    }

                    return true;
                }
                """, unknownFormat);
        }

        if (capabilities.SpanFormattable || capabilities.Utf8SpanFormattable)
        {
            writer.Line("""

                /// <summary>How many digits <c>TryFormat</c> writes for a code (0 for <c>default</c>, else 100–599).</summary>
                private static int DigitCount(int code)
                {
                    var count = 1;
                    for (var rest = code / 10; rest != 0; rest /= 10)
                    {
                        count++;
                    }

                    return count;
                }
                """);
        }

        var format = capabilities.SpanFormattable ? "global::System.ReadOnlySpan<char>" : "string";
        writer.Line($$"""

            /// <summary>G or D for a format <c>ToString</c> and <c>TryFormat</c> accept (empty is G, case is ignored); else a <see cref="global::System.FormatException"/>, as .NET's own types throw.</summary>
            private static char FormatOf({{format}} format)
            {
                if (format.Length == 0)
                {
                    return 'G';
                }

                if (format.Length == 1)
                {
                    var letter = (char)(format[0] | 0x20);
                    if (letter == 'g')
                    {
                        return 'G';
                    }

                    if (letter == 'd')
                    {
                        return 'D';
                    }
                }

                throw new global::System.FormatException("The format '" + format.ToString() + "' is not supported by HttpStatus: use G (404 Not Found, the default) or D (404).");
            }
            """);
    }

    /// <summary>A documented member with more one-line elements (exceptions) after its summary.</summary>
    private static void Member(SourceWriter writer, DocComments docs, DocText summary, string code, params (string Element, DocText Text)[] more)
    {
        writer.Line();
        docs.WriteFixed(writer, summary);
        foreach (var (element, text) in more)
        {
            docs.WriteFixedOnOneLine(writer, element, text);
        }

        writer.Line(code);
    }

    private static void WriteConversionsAndEquality(SourceWriter writer, DocComments docs)
    {
        Member(writer, docs, DocTexts.HttpStatusToInt, "public static implicit operator int(HttpStatus status) => status._code;");
        Member(writer, docs, DocTexts.HttpStatusFromInt, "public static explicit operator HttpStatus(int code) => FromCode(code);");
        Member(writer, docs, DocTexts.HttpStatusToHttpStatusCode, "public static implicit operator global::System.Net.HttpStatusCode(HttpStatus status) => (global::System.Net.HttpStatusCode)status._code;");
        Member(writer, docs, DocTexts.HttpStatusFromHttpStatusCode, "public static explicit operator HttpStatus(global::System.Net.HttpStatusCode code) => FromCode((int)code);");
        writer.Line("""

            /// <inheritdoc/>
            public bool Equals(HttpStatus other) => _code == other._code;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is HttpStatus other && _code == other._code;

            /// <inheritdoc/>
            public override int GetHashCode() => _code;

            /// <inheritdoc/>
            public int CompareTo(HttpStatus other) => _code.CompareTo(other._code);
            """);
        Member(writer, docs, DocTexts.HttpStatusToString, "public override string ToString() => Ordinal != 0 ? CatalogData.Displays[Ordinal] : _code.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        foreach (var op in new[] { "==", "!=", "<", "<=", ">", ">=" })
        {
            writer.Line();
            docs.WriteFixedOnOneLine(writer, "summary", DocTexts.HttpStatusComparison);
            writer.Line($"public static bool operator {op}(HttpStatus left, HttpStatus right) => left._code {op} right._code;");
        }
    }

    /// <summary>A documented member after a blank line: its summary, then its code (a template).</summary>
    private static void Member(SourceWriter writer, DocComments docs, DocText summary, string code)
    {
        writer.Line();
        docs.WriteFixed(writer, summary);
        writer.Line(code);
    }

    /// <summary>A documented member with one more one-line element (a parameter, an exception) after its summary.</summary>
    private static void Member(SourceWriter writer, DocComments docs, DocText summary, (string Element, DocText Text) more, string code)
    {
        writer.Line();
        docs.WriteFixed(writer, summary);
        docs.WriteFixedOnOneLine(writer, more.Element, more.Text);
        writer.Line(code);
    }

    private static void WriteCatalogData(SourceWriter writer, StatusCatalog catalog)
    {
        var codes = catalog.Codes;
        writer.Line();
        writer.Line("/// <summary>The catalog as tables: index 0 of each per-code table stands for a code the catalog does not define.</summary>");
        writer.OpenBlock("private static class CatalogData");

        // What is written out is each fact once; the tables that repeat them (ordinals by code, reason phrases,
        // "404 Not Found", All) are built from them when the class is first used, so no lookup does more work.
        WriteArray(writer, "int", "Codes", Rows(codes.Select(code => CSharpLiteral.Number(code.Code)).Prepend("0"), 16));
        WriteArray(writer, "string", "Names", Strings(codes.Select(code => code.Name)));
        var parsableTitles = ParsableTitles(catalog).ToList();
        WriteArray(writer, "string?", "ParsableTitles", Elements(parsableTitles.Select(title => title is null ? "null" : CSharpLiteral.String(title)).Prepend("null")));
        WriteCandidatesByLength(writer, codes, parsableTitles);
        WriteAliases(writer, codes);
        WriteArray(writer, "ulong", "Flags", Rows(codes.Select(code => FlagLiteral(CodeFlags(catalog, code))).Prepend("0UL"), 10));
        WriteArray(writer, "string", "FlagNames", Elements(catalog.Flags.Select(flag => CSharpLiteral.String(flag.Name))));
        WriteArray(writer, "string", "Languages", Elements(catalog.Languages.Select(CSharpLiteral.String)));
        WriteTextTable(writer, "Titles", catalog, code => code.Title);
        WriteTextTable(writer, "Descriptions", catalog, code => code.Description);

        writer.Line("""
            /// <summary>Ordinal of each code from 100 to 599 (index <c>code - 100</c>); 0 when not in the catalog.</summary>
            public static readonly ushort[] Ordinals = CreateOrdinals();

            /// <summary>
            /// The reason phrase (the English title) of each code from 100 to 599 (index <c>code - 100</c>), empty when not in
            /// the catalog: the hottest lookup takes one array read instead of two.
            /// </summary>
            public static readonly string[] ReasonPhrasesByCode = CreateReasonPhrasesByCode();

            /// <summary>What <c>ToString()</c> returns for each ordinal, e.g. <c>404 Not Found</c>.</summary>
            public static readonly string[] Displays = CreateDisplays();

            public static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<HttpStatus> All = CreateAll();

            private static ushort[] CreateOrdinals()
            {
                var ordinals = new ushort[MaxCode - MinCode + 1];
                for (var ordinal = 1; ordinal < Codes.Length; ordinal++)
                {
                    ordinals[Codes[ordinal] - MinCode] = (ushort)ordinal;
                }

                return ordinals;
            }

            private static string[] CreateReasonPhrasesByCode()
            {
                var phrases = new string[Ordinals.Length];
                for (var i = 0; i < phrases.Length; i++)
                {
                    phrases[i] = Titles[0][Ordinals[i]]!;
                }

                return phrases;
            }

            private static string[] CreateDisplays()
            {
                var displays = new string[Codes.Length];
                displays[0] = string.Empty;
                for (var ordinal = 1; ordinal < Codes.Length; ordinal++)
                {
                    displays[ordinal] = Codes[ordinal].ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + Titles[0][ordinal];
                }

                return displays;
            }

            private static global::System.Collections.ObjectModel.ReadOnlyCollection<HttpStatus> CreateAll()
            {
                var all = new HttpStatus[Codes.Length - 1];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = new HttpStatus(Codes[i + 1]);
                }

                return new global::System.Collections.ObjectModel.ReadOnlyCollection<HttpStatus>(all);
            }
            """);
        writer.CloseBlock();
    }

    /// <summary>
    /// English titles TryParse accepts: not those of <c>unused</c> codes ("(Unused)" names no status) and not a
    /// title two codes share, which could not say which code is meant.
    /// </summary>
    private static IEnumerable<string?> ParsableTitles(StatusCatalog catalog)
    {
        var titles = catalog.Codes.Select(code => code.Title.GetOrEnglish(TextByLanguage.English)).ToList();
        var uses = titles
            .GroupBy(title => title, System.StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), System.StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < catalog.Codes.Count; i++)
        {
            var title = titles[i];
            yield return catalog.Codes[i].HasFlag("unused") || uses[title] > 1 ? null : title;
        }
    }

    /// <summary>
    /// For each text length up to <see cref="MaxIndexedLength"/>, the ordinals whose name or parsable title has that
    /// length: TryParse compares only those. Longer input falls back to comparing every entry.
    /// </summary>
    private static void WriteCandidatesByLength(SourceWriter writer, EquatableArray<StatusCodeInfo> codes, List<string?> titles)
    {
        var longest = codes.Select(code => code.Name.Length)
            .Concat(titles.Where(title => title is not null).Select(title => title!.Length))
            .Where(length => length <= MaxIndexedLength)
            .DefaultIfEmpty(0)
            .Max();
        writer.Line($"/// <summary>Ordinals whose name or parsable title has the index's length (up to {CSharpLiteral.Number(MaxIndexedLength)}).</summary>");
        WriteArray(writer, "ushort[]", "CandidatesByLength", Enumerable.Range(0, longest + 1).Select(length =>
        {
            var ordinals = Enumerable.Range(0, codes.Count)
                .Where(i => codes[i].Name.Length == length || titles[i]?.Length == length)
                .Select(i => CSharpLiteral.Number(i + 1))
                .ToList();
            return (ordinals.Count == 0 ? "new ushort[] { }," : "new ushort[] { " + string.Join(", ", ordinals) + " },") + " // " + CSharpLiteral.Number(length);
        }));
    }

    /// <summary>Every alias, and the ordinal of its code at the same index: TryParse compares the few there are one by one.</summary>
    private static void WriteAliases(SourceWriter writer, EquatableArray<StatusCodeInfo> codes)
    {
        var aliases = codes.SelectMany((code, i) => code.Aliases.Select(alias => (Ordinal: i + 1, alias.Text))).ToList();
        WriteArray(writer, "string", "Aliases", Elements(aliases.Select(alias => CSharpLiteral.String(alias.Text))));
        WriteArray(writer, "ushort", "AliasOrdinals", Rows(aliases.Select(alias => CSharpLiteral.Number(alias.Ordinal)), 16));
    }

    /// <summary>A table per language (as <c>Languages</c>), an entry per ordinal; null where a code has no text in that language.</summary>
    private static void WriteTextTable(SourceWriter writer, string name, StatusCatalog catalog, System.Func<StatusCodeInfo, TextByLanguage> select)
    {
        writer.Line("/// <summary>Per language (as <see cref=\"Languages\"/>), per ordinal; null where a code has no text in that language.</summary>");
        WriteArray(writer, "string?[]", name, catalog.Languages.Select(language =>
        {
            // English is every code's fallback, so it has no gaps: a code without an English text reads as empty.
            var missing = language == TextByLanguage.English ? "\"\"" : "null";
            var values = catalog.Codes.Select(code => select(code).Find(language) is { } text ? CSharpLiteral.String(text) : missing);
            return "new string?[]\n{\n" + string.Concat(values.Prepend(missing).Select(value => "    " + value + ",\n")) + "},";
        }));
    }

    /// <summary>A <c>public static readonly</c> array of <paramref name="type"/>, one line per element, and a blank line.</summary>
    private static void WriteArray(SourceWriter writer, string type, string name, IEnumerable<string> lines)
    {
        writer.OpenBlock($"public static readonly {type}[] {name} = new {type}[]");
        foreach (var line in lines)
        {
            writer.Line(line);
        }

        writer.CloseBlock(";");
        writer.Line();
    }

    /// <summary>Array elements, one a line.</summary>
    private static IEnumerable<string> Elements(IEnumerable<string> values) => values.Select(value => value + ",");

    /// <summary>Short array elements (numbers), <paramref name="perRow"/> a line.</summary>
    private static IEnumerable<string> Rows(IEnumerable<string> values, int perRow)
        => values.Select((value, i) => (Value: value, Row: i / perRow))
            .GroupBy(item => item.Row)
            .Select(row => string.Join(" ", row.Select(item => item.Value + ",")));

    /// <summary>String literals after the empty string of ordinal 0.</summary>
    private static IEnumerable<string> Strings(IEnumerable<string> values)
        => Elements(values.Select(CSharpLiteral.String).Prepend("\"\""));

    private static ulong CodeFlags(StatusCatalog catalog, StatusCodeInfo code)
    {
        ulong bits = 0;
        for (var bit = 0; bit < catalog.Flags.Count; bit++)
        {
            if (code.HasFlag(catalog.Flags[bit].Name))
            {
                bits |= 1UL << bit;
            }
        }

        return bits;
    }

    /// <summary>Flag bits as a C# literal, e.g. <c>0x10UL</c>.</summary>
    private static string FlagLiteral(ulong bits) => "0x" + bits.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "UL";
}
