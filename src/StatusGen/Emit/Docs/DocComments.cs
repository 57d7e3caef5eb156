using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Emit.Docs;

/// <summary>
/// Writes the XML docs a person reads when hovering a generated member: the title first (completion lists show
/// the first line), then the description in each configured language, a link to the defining RFC section, and in
/// <c>&lt;remarks&gt;</c> the group and flags.
/// </summary>
internal sealed class DocComments
{
    /// <summary>
    /// One instance per model, shared by all emitters of a run: a code's docs stand on its HttpStatus property, its
    /// HttpStatusCodes constant, its StatusResult case and that case's constructor, and are composed only once.
    /// </summary>
    private static readonly ConditionalWeakTable<GenerationModel, DocComments> Instances = new();

    private readonly StatusCatalog _catalog;
    private readonly List<string> _languages;
    private readonly ConcurrentDictionary<int, CodeDocs> _codeDocs = new();

    private DocComments(GenerationModel model)
    {
        _catalog = model.Catalog;
        _languages = model.Options.DocLanguages.ToList();
    }

    /// <summary>The doc writer for <paramref name="model"/>.</summary>
    public static DocComments For(GenerationModel model) => Instances.GetValue(model, static key => new DocComments(key));

    /// <summary>Docs for a member that stands for one status code.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="code">The status code.</param>
    /// <param name="action">What the member does, in Korean and English (XML), for members such as constructors.</param>
    public void WriteForCode(SourceWriter writer, StatusCodeInfo code, DocText? action = null)
    {
        var docs = _codeDocs.GetOrAdd(code.Code, _ => ComposeForCode(code));
        writer.Line("/// <summary>");
        writer.Line(docs.TitleLine);
        if (action is { } doing)
        {
            foreach (var text in Fixed(doing))
            {
                writer.Line("/// <para>" + text + "</para>");
            }
        }

        foreach (var line in docs.SummaryLines)
        {
            writer.Line(line);
        }

        writer.Line("/// </summary>");
        writer.Line("/// <remarks>");
        foreach (var line in docs.RemarkLines)
        {
            writer.Line(line);
        }

        writer.Line("/// </remarks>");
    }

    /// <summary>
    /// Docs for another member that stands for <paramref name="code"/> (its <c>HttpStatusCodes</c> constant, its
    /// <c>StatusResult&lt;T&gt;</c> case): those of its <c>HttpStatus</c> property, by reference, so each code's texts
    /// are written once. Hovers show the same text, and a library's XML documentation file keeps the reference,
    /// which the consumer's IDE resolves in the library's own docs.
    /// </summary>
    public static void WriteInheritedForCode(SourceWriter writer, StatusCodeInfo code)
        => writer.Line("/// <inheritdoc cref=\"" + StatusMember(code) + "\"/>");

    /// <summary>
    /// Docs for a member that does something with <paramref name="code"/> (a case's constructor): the title line of
    /// the code's <c>HttpStatus</c> property, then <paramref name="action"/>, then the rest of that property's summary
    /// and its remarks, all but the action by reference: what <see cref="WriteForCode"/> writes with an action.
    /// </summary>
    public void WriteInheritedForCode(SourceWriter writer, StatusCodeInfo code, DocText action)
    {
        var cref = StatusMember(code);
        writer.Line("/// <summary>");
        writer.Line("/// <inheritdoc cref=\"" + cref + "\" path=\"/summary/node()[1]\"/>");
        foreach (var text in Fixed(action))
        {
            writer.Line("/// <para>" + text + "</para>");
        }

        writer.Line("/// <inheritdoc cref=\"" + cref + "\" path=\"/summary/node()[position()&gt;1]\"/>");
        writer.Line("/// </summary>");
        writer.Line("/// <inheritdoc cref=\"" + cref + "\" path=\"/remarks\"/>");
    }

    /// <summary>The code's <c>HttpStatus</c> property, where its docs are written out.</summary>
    private static string StatusMember(StatusCodeInfo code) => "HttpStatus." + code.Name;

    private CodeDocs ComposeForCode(StatusCodeInfo code)
    {
        var codeText = code.Code.ToString(CultureInfo.InvariantCulture);
        var title = "/// " + codeText + " " + string.Join(" · ", InLanguages(code.Title).Select(text => XmlDocText.Inline(text.Text)));
        var summary = new List<string>();
        foreach (var description in InLanguages(code.Description))
        {
            AddPara(summary, description.Text);
        }

        if (code.Reference is { } reference)
        {
            AddReference(summary, reference);
        }

        var remarks = new List<string>();
        var group = _catalog.Groups.FirstOrDefault(candidate => candidate.Kind == code.Group);
        foreach (var language in _languages)
        {
            var groupTitle = group is null ? code.Group.ToString() : group.Title.GetOrEnglish(language);
            var flagTitles = _catalog.Flags
                .Where(flag => code.HasFlag(flag.Name))
                .Select(flag => FlagTitle(flag, language))
                .ToList();
            var line = DocTexts.Group.InOrEnglish(language) + ": " + groupTitle + " (" + GroupNames.ClassText(code.Group) + ") · "
                       + DocTexts.Flags.InOrEnglish(language) + ": " + (flagTitles.Count == 0 ? DocTexts.None.InOrEnglish(language) : string.Join(", ", flagTitles));
            if (DocTexts.For(code.Registration) is { } registration)
            {
                line += " · " + DocTexts.Registration.InOrEnglish(language) + ": " + registration.InOrEnglish(language);
            }

            remarks.Add("/// <para>" + XmlDocText.Inline(line) + "</para>");
        }

        // One line for every language: the aliases and their sources are not translated, only the label is.
        if (!code.Aliases.IsEmpty)
        {
            var aliases = string.Join(", ", code.Aliases.Select(alias => "<c>" + XmlDocText.Inline(alias.Text) + "</c> (" + XmlDocText.Inline(alias.Source) + ")"));
            var labels = _languages.Select(language => DocTexts.Aliases.InOrEnglish(language)).Distinct().Select(XmlDocText.Inline);
            remarks.Add("/// <para>" + string.Join(" · ", labels) + ": " + aliases + "</para>");
        }

        return new CodeDocs(title, summary, remarks);
    }

    /// <summary>
    /// Docs for the property that tests a flag. A negated property (<c>AllowsContent</c> for <c>no-body</c>) says
    /// so first, since its title would otherwise read as the opposite of what it returns.
    /// </summary>
    public void WriteForFlag(SourceWriter writer, FlagInfo flag)
    {
        writer.Line("/// <summary>");
        var titles = InLanguages(flag.Title).Select(text => XmlDocText.Inline(text.Text)).ToList();
        var flagName = "<c>" + XmlDocText.Inline(flag.Name) + "</c>";
        if (flag.IsNegated)
        {
            writer.Line("/// " + string.Join(" · ", Fixed(DocTexts.NegatedFlag.Format(flagName))));
            if (titles.Count > 0)
            {
                writer.Line("/// <para>" + string.Join(" · ", titles) + "</para>");
            }
        }
        else
        {
            writer.Line("/// " + (titles.Count == 0 ? flagName : string.Join(" · ", titles)));
        }

        foreach (var description in InLanguages(flag.Description))
        {
            WritePara(writer, description.Text);
        }

        writer.Line("/// </summary>");
        if (flag.Source is { Length: > 0 } source)
        {
            writer.Line("/// <remarks>" + XmlDocText.Inline(DocTexts.Source.InOrEnglish(_languages[0]) + ": " + source) + "</remarks>");
        }
    }

    /// <summary>Docs for a status group.</summary>
    public void WriteForGroup(SourceWriter writer, GroupInfo group)
    {
        writer.Line("/// <summary>");
        var titles = InLanguages(group.Title).Select(text => XmlDocText.Inline(text.Text)).ToList();
        writer.Line("/// " + GroupNames.ClassText(group.Kind) + (titles.Count == 0 ? string.Empty : " " + string.Join(" · ", titles)));
        foreach (var description in InLanguages(group.Description))
        {
            WritePara(writer, description.Text);
        }

        writer.Line("/// </summary>");
    }

    /// <summary>
    /// Docs written by the generator itself (a row of <see cref="DocTexts"/>): shown in the configured languages that
    /// the row has, in the configured order; in English when it has none of them.
    /// </summary>
    public void WriteFixed(SourceWriter writer, DocText text, string tag = "summary")
        => WriteFixedElement(writer, tag, tag, text);

    /// <summary>A <c>&lt;param&gt;</c> written by the generator itself, in the languages <see cref="WriteFixed(SourceWriter, DocText, string)"/> uses.</summary>
    public void WriteParam(SourceWriter writer, string name, DocText text)
        => WriteFixedElement(writer, "param name=\"" + name + "\"", "param", text);

    /// <summary>A <c>&lt;typeparam&gt;</c> written by the generator itself.</summary>
    public void WriteTypeParam(SourceWriter writer, string name, DocText text)
        => WriteFixedElement(writer, "typeparam name=\"" + name + "\"", "typeparam", text);

    /// <summary>An <c>&lt;exception&gt;</c> written by the generator itself; <paramref name="cref"/> names the exception type.</summary>
    public void WriteException(SourceWriter writer, string cref, DocText text)
        => WriteFixedElement(writer, "exception cref=\"" + cref + "\"", "exception", text);

    private void WriteFixedElement(SourceWriter writer, string openTag, string closeTag, DocText text)
    {
        var texts = Fixed(text);
        writer.Line("/// <" + openTag + ">");
        writer.Line("/// " + texts[0]);
        foreach (var other in texts.Skip(1))
        {
            writer.Line("/// <para>" + other + "</para>");
        }

        writer.Line("/// </" + closeTag + ">");
    }

    /// <summary>The row's texts in the configured languages that it has, in order, without repeats; else English.</summary>
    private List<string> Fixed(DocText row)
    {
        var texts = new List<string>();
        foreach (var language in _languages)
        {
            if (row.In(language) is { } text && !texts.Contains(text))
            {
                texts.Add(text);
            }
        }

        if (texts.Count == 0)
        {
            texts.Add(row.English);
        }

        return texts;
    }

    /// <summary>The texts in the configured languages, in order; English when none of them is present.</summary>
    private List<LocalizedText> InLanguages(TextByLanguage texts)
    {
        var result = new List<LocalizedText>();
        foreach (var language in _languages)
        {
            if (texts.Find(language) is { Length: > 0 } text && !result.Any(existing => existing.Text == text))
            {
                result.Add(new LocalizedText(language, text));
            }
        }

        if (result.Count == 0 && texts.Find(TextByLanguage.English) is { Length: > 0 } english)
        {
            result.Add(new LocalizedText(TextByLanguage.English, english));
        }

        return result;
    }

    private static string FlagTitle(FlagInfo flag, string language)
    {
        var title = flag.Title.GetOrEnglish(language);
        return title.Length == 0 ? flag.Name : title;
    }

    private static void WritePara(SourceWriter writer, string text)
    {
        var lines = new List<string>();
        AddPara(lines, text);
        foreach (var line in lines)
        {
            writer.Line(line);
        }
    }

    private static void AddPara(List<string> lines, string text)
    {
        var textLines = XmlDocText.Lines(text);
        if (textLines.Count == 1)
        {
            lines.Add("/// <para>" + textLines[0] + "</para>");
            return;
        }

        lines.Add("/// <para>");
        foreach (var line in textLines)
        {
            lines.Add(("/// " + line).TrimEnd());
        }

        lines.Add("/// </para>");
    }

    private static void AddReference(List<string> lines, ReferenceInfo reference)
    {
        var label = reference.Document ?? reference.Url ?? string.Empty;
        if (reference.Section is { Length: > 0 } section)
        {
            label += " §" + section;
        }

        if (reference.Url is { } url)
        {
            lines.Add("/// <para><see href=\"" + XmlDocText.Inline(url) + "\">" + XmlDocText.Inline(label) + "</see></para>");
        }
        else if (label.Length > 0)
        {
            lines.Add("/// <para>" + XmlDocText.Inline(label) + "</para>");
        }
    }

    /// <summary>A code's composed doc lines: the title line, the rest of the summary, the remarks.</summary>
    private sealed record CodeDocs(string TitleLine, IReadOnlyList<string> SummaryLines, IReadOnlyList<string> RemarkLines);

    /// <summary>
    /// A short element written by the generator itself on one line, <c>/// &lt;param name="x"&gt;text&lt;/param&gt;</c>, when
    /// the configured languages show one text of the row (as for the rows the docs show only in English); several texts
    /// take the lines of <see cref="WriteFixed(SourceWriter, DocText, string)"/>.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="element">The opening tag's content: <c>summary</c>, <c>param name="x"</c>, <c>exception cref="T"</c>.</param>
    /// <param name="text">The row.</param>
    public void WriteFixedOnOneLine(SourceWriter writer, string element, DocText text)
    {
        var space = element.IndexOf(' ');
        var name = space < 0 ? element : element.Substring(0, space);
        var texts = Fixed(text);
        if (texts.Count == 1)
        {
            writer.Line("/// <" + element + ">" + texts[0] + "</" + name + ">");
        }
        else
        {
            WriteFixedElement(writer, element, name, text);
        }
    }
}
