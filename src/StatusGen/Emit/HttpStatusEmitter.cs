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
            /// if (HttpStatus.TryParse("too many requests", out var parsed) &amp;&amp; parsed.IsRetryable) { /* retry */ }
            /// </code>
            /// </example>
            [global::System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
            """);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " readonly partial struct HttpStatus : global::System.IEquatable<HttpStatus>, global::System.IComparable<HttpStatus>");
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
        WriteConversionsAndEquality(writer, docs);
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
        Member(writer, docs, DocTexts.HttpStatusTryParse, """
            public static bool TryParse(string? text, out HttpStatus status)
            {
                status = default;
                if (text is null)
                {
                    return false;
                }

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

                var length = end - start;
                if (length == 0)
                {
                    return false;
                }

                var allDigits = true;
                var code = 0;
                for (var i = start; i < end && allDigits; i++)
                {
                    var digit = text[i] - '0';
                    allDigits = digit >= 0 && digit <= 9;
                    code = code > MaxCode ? code : (code * 10) + digit;
                }

                if (allDigits)
                {
                    if (code < MinCode || code > MaxCode)
                    {
                        return false;
                    }

                    status = new HttpStatus(code);
                    return true;
                }

                var names = CatalogData.Names;
                var titles = CatalogData.ParsableTitles;
                if (length < CatalogData.CandidatesByLength.Length)
                {
                    // Only the few names and titles of exactly this length can match.
                    foreach (var ordinal in CatalogData.CandidatesByLength[length])
                    {
                        if (Matches(text, start, length, names[ordinal]) || Matches(text, start, length, titles[ordinal]))
                        {
                            status = new HttpStatus(CatalogData.Codes[ordinal]);
                            return true;
                        }
                    }

                    return false;
                }

                for (var ordinal = 1; ordinal < names.Length; ordinal++)
                {
                    if (Matches(text, start, length, names[ordinal]) || Matches(text, start, length, titles[ordinal]))
                    {
                        status = new HttpStatus(CatalogData.Codes[ordinal]);
                        return true;
                    }
                }

                return false;
            }

            private static bool Matches(string text, int start, int length, string? candidate)
                => candidate != null && candidate.Length == length
                   && string.Compare(text, start, candidate, 0, length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
            """);
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
