using System.Collections.Generic;
using System.Globalization;
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

    private const int CodeRange = 500;

    /// <summary>Names and titles longer than this are not indexed by length (TryParse scans for them).</summary>
    private const int MaxIndexedLength = 64;

    public static string Emit(GenerationModel model)
    {
        var catalog = model.Catalog;
        var docs = DocComments.For(model);
        var writer = GeneratedFile.Start(model.Options.Namespace);

        WriteTypeDocs(writer, docs);
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"{ToString(),nq}\")]");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(model.Options.Accessibility + " readonly partial struct HttpStatus : global::System.IEquatable<HttpStatus>, global::System.IComparable<HttpStatus>");

        writer.Line("private const int MinCode = 100;");
        writer.Line("private const int MaxCode = 599;");
        writer.Line();
        writer.Line("private readonly int _code;");
        writer.Line();
        writer.Line("private HttpStatus(int code) => _code = code;");

        foreach (var code in catalog.Codes)
        {
            writer.Line();
            docs.WriteForCode(writer, code);
            writer.Line("public static HttpStatus " + code.Name + " => new HttpStatus(" + Number(code.Code) + ");");
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

    private static void WriteTypeDocs(SourceWriter writer, DocComments docs)
    {
        docs.WriteFixed(writer, DocTexts.HttpStatusSummary);
        docs.WriteFixed(writer, DocTexts.HttpStatusRemarks, "remarks");
        writer.Line("/// <example>");
        writer.Line("/// <code>");
        writer.Line("/// HttpStatus status = HttpStatus.FromCode(404);");
        writer.Line("/// Console.WriteLine($\"{status}\");              // 404 Not Found");
        writer.Line("/// Console.WriteLine(status.GetTitle(\"ko\"));   // 찾을 수 없음");
        writer.Line("/// if (HttpStatus.TryParse(\"too many requests\", out var parsed) &amp;&amp; parsed.IsRetryable) { /* retry */ }");
        writer.Line("/// </code>");
        writer.Line("/// </example>");
    }

    private static void WriteIdentity(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusCode);
        writer.Line("public int Code => _code;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusName);
        writer.Line("public string Name => Ordinal != 0 ? CatalogData.Names[Ordinal] : \"Status\" + _code.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusReasonPhrase);
        writer.Line("public string ReasonPhrase => (uint)(_code - MinCode) < (uint)(MaxCode - MinCode + 1) ? CatalogData.ReasonPhrasesByCode[_code - MinCode] : string.Empty;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusIsKnown);
        writer.Line("public bool IsKnown => Ordinal != 0;");
        writer.Line();
        writer.Line("/// <summary>Position of this code in the catalog tables; 0 when the catalog does not define it.</summary>");
        writer.Line("private int Ordinal => (uint)(_code - MinCode) < (uint)(MaxCode - MinCode + 1) ? CatalogData.Ordinals[_code - MinCode] : 0;");
    }

    private static void WriteGroups(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusGroup);
        writer.Line("public StatusGroup Group => (StatusGroup)(_code / 100);");
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
            writer.Line();
            docs.WriteFixed(writer, summary);
            writer.Line("public bool " + name + " => " + expression + ";");
        }
    }

    private static void WriteFlags(SourceWriter writer, DocComments docs, StatusCatalog catalog)
    {
        for (var bit = 0; bit < catalog.Flags.Count; bit++)
        {
            var flag = catalog.Flags[bit];
            writer.Line();
            docs.WriteForFlag(writer, flag);
            var test = "(CatalogData.Flags[Ordinal] & " + FlagMask(bit) + ") " + (flag.IsNegated ? "== 0" : "!= 0");
            writer.Line("public bool " + flag.PropertyName + " => " + test + ";");
        }

        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusHasFlag);
        docs.WriteFixedOnOneLine(writer, "param name=\"flag\"", DocTexts.HttpStatusHasFlagParam);
        writer.OpenBlock("public bool HasFlag(string flag)");
        writer.OpenBlock("if (flag is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(flag));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var names = CatalogData.FlagNames;");
        writer.OpenBlock("for (var bit = 0; bit < names.Length; bit++)");
        writer.OpenBlock("if (string.Equals(names[bit], flag, global::System.StringComparison.OrdinalIgnoreCase))");
        writer.Line("return (CatalogData.Flags[Ordinal] & (1UL << bit)) != 0;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return false;");
        writer.CloseBlock();
    }

    private static void WriteTexts(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusGetTitle);
        docs.WriteFixedOnOneLine(writer, "param name=\"language\"", DocTexts.HttpStatusLanguageParam);
        writer.Line("public string GetTitle(string language) => GetText(CatalogData.Titles, language);");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusGetDescription);
        docs.WriteFixedOnOneLine(writer, "param name=\"language\"", DocTexts.HttpStatusLanguageParam);
        writer.Line("public string GetDescription(string language) => GetText(CatalogData.Descriptions, language);");
        writer.Line();
        writer.OpenBlock("private string GetText(string?[][] table, string language)");
        writer.OpenBlock("if (language is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(language));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var ordinal = Ordinal;");
        writer.Line("var index = MatchLanguage(language);");
        writer.Line("return table[index < 0 ? 0 : index][ordinal] ?? table[0][ordinal] ?? string.Empty;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Index in the text tables of the catalog language that serves <paramref name=\"language\"/>: the same tag, or the");
        writer.Line("/// longest one that is a prefix of it ending at a <c>-</c> (<c>ko-KR</c> finds <c>ko</c>, <c>kok</c> does not); -1 when none does.");
        writer.Line("/// The generator matches the languages of the docs by the same rule; the ASP.NET Core part calls this too.");
        writer.Line("/// </summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal static int MatchLanguage(string language)");
        writer.Line("var languages = CatalogData.Languages;");
        writer.Line("var best = -1;");
        writer.OpenBlock("for (var i = 0; i < languages.Length; i++)");
        writer.Line("var candidate = languages[i];");
        writer.Line("if (candidate.Length <= language.Length");
        writer.Line("    && (candidate.Length == language.Length || language[candidate.Length] == '-')");
        writer.Line("    && string.Compare(candidate, 0, language, 0, candidate.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0");
        writer.OpenBlock("    && (best < 0 || candidate.Length > languages[best].Length))");
        writer.Line("best = i;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return best;");
        writer.CloseBlock();
    }

    private static void WriteLookups(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusAll);
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<HttpStatus> All => CatalogData.All;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusFromCode);
        docs.WriteFixedOnOneLine(writer, "exception cref=\"global::System.ArgumentOutOfRangeException\"", DocTexts.HttpStatusFromCodeException);
        writer.OpenBlock("public static HttpStatus FromCode(int code)");
        writer.OpenBlock("if (code < MinCode || code > MaxCode)");
        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(code), code, \"An HTTP status code is a number from 100 to 599.\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return new HttpStatus(code);");
        writer.CloseBlock();
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusTryFromCode);
        writer.OpenBlock("public static bool TryFromCode(int code, out HttpStatus status)");
        writer.OpenBlock("if ((uint)(code - MinCode) < (uint)(MaxCode - MinCode + 1) && CatalogData.Ordinals[code - MinCode] != 0)");
        writer.Line("status = new HttpStatus(code);");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("status = default;");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusTryParse);
        writer.OpenBlock("public static bool TryParse(string? text, out HttpStatus status)");
        writer.Line("status = default;");
        writer.OpenBlock("if (text is null)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var start = 0;");
        writer.Line("var end = text.Length;");
        writer.OpenBlock("while (start < end && char.IsWhiteSpace(text[start]))");
        writer.Line("start++;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("while (end > start && char.IsWhiteSpace(text[end - 1]))");
        writer.Line("end--;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var length = end - start;");
        writer.OpenBlock("if (length == 0)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var allDigits = true;");
        writer.Line("var code = 0;");
        writer.OpenBlock("for (var i = start; i < end && allDigits; i++)");
        writer.Line("var digit = text[i] - '0';");
        writer.Line("allDigits = digit >= 0 && digit <= 9;");
        writer.Line("code = code > MaxCode ? code : (code * 10) + digit;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (allDigits)");
        writer.OpenBlock("if (code < MinCode || code > MaxCode)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("status = new HttpStatus(code);");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var names = CatalogData.Names;");
        writer.Line("var titles = CatalogData.ParsableTitles;");
        writer.OpenBlock("if (length < CatalogData.CandidatesByLength.Length)");
        writer.Line("// Only the few names and titles of exactly this length can match.");
        writer.OpenBlock("foreach (var ordinal in CatalogData.CandidatesByLength[length])");
        writer.OpenBlock("if (Matches(text, start, length, names[ordinal]) || Matches(text, start, length, titles[ordinal]))");
        writer.Line("status = new HttpStatus(CatalogData.Codes[ordinal]);");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("for (var ordinal = 1; ordinal < names.Length; ordinal++)");
        writer.OpenBlock("if (Matches(text, start, length, names[ordinal]) || Matches(text, start, length, titles[ordinal]))");
        writer.Line("status = new HttpStatus(CatalogData.Codes[ordinal]);");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("private static bool Matches(string text, int start, int length, string? candidate)");
        writer.Line("    => candidate != null && candidate.Length == length");
        writer.Line("       && string.Compare(text, start, candidate, 0, length, global::System.StringComparison.OrdinalIgnoreCase) == 0;");
    }

    private static void WriteConversionsAndEquality(SourceWriter writer, DocComments docs)
    {
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusToInt);
        writer.Line("public static implicit operator int(HttpStatus status) => status._code;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusFromInt);
        writer.Line("public static explicit operator HttpStatus(int code) => FromCode(code);");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusToHttpStatusCode);
        writer.Line("public static implicit operator global::System.Net.HttpStatusCode(HttpStatus status) => (global::System.Net.HttpStatusCode)status._code;");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusFromHttpStatusCode);
        writer.Line("public static explicit operator HttpStatus(global::System.Net.HttpStatusCode code) => FromCode((int)code);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public bool Equals(HttpStatus other) => _code == other._code;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override bool Equals(object? obj) => obj is HttpStatus other && _code == other._code;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode() => _code;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public int CompareTo(HttpStatus other) => _code.CompareTo(other._code);");
        writer.Line();
        docs.WriteFixed(writer, DocTexts.HttpStatusToString);
        writer.Line("public override string ToString() => Ordinal != 0 ? CatalogData.Displays[Ordinal] : _code.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        foreach (var (op, expression) in new[]
                 {
                     ("==", "left._code == right._code"),
                     ("!=", "left._code != right._code"),
                     ("<", "left._code < right._code"),
                     ("<=", "left._code <= right._code"),
                     (">", "left._code > right._code"),
                     (">=", "left._code >= right._code"),
                 })
        {
            writer.Line();
            docs.WriteFixedOnOneLine(writer, "summary", DocTexts.HttpStatusComparison);
            writer.Line("public static bool operator " + op + "(HttpStatus left, HttpStatus right) => " + expression + ";");
        }
    }

    private static void WriteCatalogData(SourceWriter writer, StatusCatalog catalog)
    {
        var codes = catalog.Codes;
        writer.Line();
        writer.Line("/// <summary>The catalog as tables: index 0 of each per-code table stands for a code the catalog does not define.</summary>");
        writer.OpenBlock("private static class CatalogData");

        var ordinals = new int[CodeRange];
        for (var i = 0; i < codes.Count; i++)
        {
            ordinals[codes[i].Code - 100] = i + 1;
        }

        writer.Line("/// <summary>Ordinal of each code from 100 to 599 (index <c>code - 100</c>); 0 when not in the catalog.</summary>");
        writer.Line("public static readonly ushort[] Ordinals = new ushort[]");
        writer.Line("{");
        for (var row = 0; row < CodeRange; row += 20)
        {
            writer.Line("    " + string.Join(", ", ordinals.Skip(row).Take(20).Select(Number)) + ", // " + Number(row + 100) + "-" + Number(row + 119));
        }

        writer.Line("};");
        writer.Line();
        WriteArray(writer, "int", "Codes", codes.Select(code => Number(code.Code)).Prepend("0"));
        WriteArray(writer, "string", "Names", Strings(codes.Select(code => code.Name)));
        WriteArray(writer, "string", "ReasonPhrases", Strings(codes.Select(code => code.Title.GetOrEnglish(TextByLanguage.English))));
        writer.Line("/// <summary>");
        writer.Line("/// The reason phrase of each code from 100 to 599 (index <c>code - 100</c>), empty when not in the catalog: the");
        writer.Line("/// hottest lookup takes one array read instead of two. Built once from the tables above.");
        writer.Line("/// </summary>");
        writer.Line("public static readonly string[] ReasonPhrasesByCode = CreateReasonPhrasesByCode();");
        writer.Line();
        writer.OpenBlock("private static string[] CreateReasonPhrasesByCode()");
        writer.Line("var phrases = new string[Ordinals.Length];");
        writer.OpenBlock("for (var i = 0; i < phrases.Length; i++)");
        writer.Line("phrases[i] = ReasonPhrases[Ordinals[i]];");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return phrases;");
        writer.CloseBlock();
        writer.Line();
        WriteArray(writer, "string", "Displays", Strings(codes.Select(code => Number(code.Code) + " " + code.Title.GetOrEnglish(TextByLanguage.English))));
        var parsableTitles = ParsableTitles(catalog).ToList();
        WriteArray(writer, "string?", "ParsableTitles", parsableTitles.Select(title => title is null ? "null" : CSharpLiteral.String(title)).Prepend("null"));
        WriteCandidatesByLength(writer, codes, parsableTitles);
        WriteArray(writer, "ulong", "Flags", codes.Select(code => FlagBits(catalog, code)).Prepend("0UL"));
        WriteArray(writer, "string", "FlagNames", catalog.Flags.Select(flag => CSharpLiteral.String(flag.Name)));
        WriteArray(writer, "string", "Languages", catalog.Languages.Select(CSharpLiteral.String));
        WriteTextTable(writer, "Titles", catalog, code => code.Title);
        WriteTextTable(writer, "Descriptions", catalog, code => code.Description);

        writer.Line("public static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<HttpStatus> All =");
        writer.Line("    new global::System.Collections.ObjectModel.ReadOnlyCollection<HttpStatus>(new HttpStatus[]");
        writer.Line("    {");
        foreach (var code in codes)
        {
            writer.Line("        new HttpStatus(" + Number(code.Code) + "),");
        }

        writer.Line("    });");
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
        var lengths = codes.Select(code => code.Name.Length)
            .Concat(titles.Where(title => title is not null).Select(title => title!.Length))
            .Where(length => length <= MaxIndexedLength)
            .DefaultIfEmpty(0)
            .Max();
        writer.Line("/// <summary>Ordinals whose name or parsable title has the index's length (up to " + Number(MaxIndexedLength) + ").</summary>");
        writer.Line("public static readonly ushort[][] CandidatesByLength = new ushort[][]");
        writer.Line("{");
        for (var length = 0; length <= lengths; length++)
        {
            var ordinals = new List<int>();
            for (var i = 0; i < codes.Count; i++)
            {
                if (codes[i].Name.Length == length || titles[i]?.Length == length)
                {
                    ordinals.Add(i + 1);
                }
            }

            writer.Line("    new ushort[] { " + string.Join(", ", ordinals.Select(Number)) + (ordinals.Count == 0 ? "}," : " },") + " // " + Number(length));
        }

        writer.Line("};");
        writer.Line();
    }

    private static void WriteTextTable(SourceWriter writer, string name, StatusCatalog catalog, System.Func<StatusCodeInfo, TextByLanguage> select)
    {
        writer.Line("/// <summary>Per language (as <see cref=\"Languages\"/>), per ordinal; null where a code has no text in that language.</summary>");
        writer.Line("public static readonly string?[][] " + name + " = new string?[][]");
        writer.Line("{");
        foreach (var language in catalog.Languages)
        {
            var isEnglish = language == TextByLanguage.English;
            var values = catalog.Codes.Select(code => select(code).Find(language) is { } text
                ? CSharpLiteral.String(text)
                : isEnglish ? "\"\"" : "null");
            writer.Line("    new string?[]");
            writer.Line("    {");
            writer.Line("        " + (isEnglish ? "\"\"" : "null") + ",");
            foreach (var value in values)
            {
                writer.Line("        " + value + ",");
            }

            writer.Line("    },");
        }

        writer.Line("};");
        writer.Line();
    }

    private static void WriteArray(SourceWriter writer, string type, string name, IEnumerable<string> values)
    {
        writer.Line("public static readonly " + type + "[] " + name + " = new " + type + "[]");
        writer.Line("{");
        foreach (var value in values)
        {
            writer.Line("    " + value + ",");
        }

        writer.Line("};");
        writer.Line();
    }

    private static IEnumerable<string> Strings(IEnumerable<string> values)
        => values.Select(CSharpLiteral.String).Prepend("\"\"");

    private static string FlagBits(StatusCatalog catalog, StatusCodeInfo code)
    {
        ulong bits = 0;
        for (var bit = 0; bit < catalog.Flags.Count; bit++)
        {
            if (code.HasFlag(catalog.Flags[bit].Name))
            {
                bits |= 1UL << bit;
            }
        }

        return "0x" + bits.ToString("X", CultureInfo.InvariantCulture) + "UL";
    }

    private static string FlagMask(int bit) => "0x" + (1UL << bit).ToString("X", CultureInfo.InvariantCulture) + "UL";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
