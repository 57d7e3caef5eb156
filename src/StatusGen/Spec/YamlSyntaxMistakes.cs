using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StatusGen.Diagnostics;

namespace StatusGen.Spec;

/// <summary>
/// Says what a user did wrong when YamlDotNet stops on a spec file. The parser reports where it noticed the problem,
/// often a line later than the mistake (a missing ':' is noticed at the next key, a tab at line 1, an unclosed
/// bracket at the end of the file or not at all), in its own terms ("did not find expected key"). This looks at the
/// text around that point for the usual mistakes and names the place where the fix goes. It only runs on a file that
/// failed to parse, so it can afford to re-read the text; what it does not recognise stays STG0001 with the parser's
/// words (never an exception's type name).
/// </summary>
internal static class YamlSyntaxMistakes
{
    private const string Indicators = "@`&*!%|>";

    private static readonly char[] OpeningBrackets = { '{', '[' };

    /// <summary>The longest plain key YAML allows.</summary>
    private const int MaxPlainKeyLength = 1024;

    /// <summary>What is wrong, where (character offsets into the text the parser read), and the message arguments.</summary>
    internal sealed record Mistake(DiagnosticDescriptor Descriptor, int Start, int End, string[] Arguments);

    /// <param name="text">The text the parser read.</param>
    /// <param name="errorStart">Where the parser's error starts.</param>
    /// <param name="errorEnd">Where it ends.</param>
    /// <param name="parserMessage">The parser's message, or null when the parser failed without one (a YamlDotNet bug).</param>
    /// <param name="lastQuoted">The last quoted scalar the parser gave before failing, with where it ended, if any.</param>
    public static Mistake? Find(string text, int errorStart, int errorEnd, string? parserMessage, (string Value, int End)? lastQuoted)
    {
        var lines = new Lines(text);
        errorStart = Math.Min(Math.Max(0, errorStart), text.Length);
        errorEnd = Math.Min(Math.Max(errorStart, errorEnd), text.Length);

        // Mistakes in the structure of the text (a tab, an unclosed quote or bracket, a stray bracket) are found by
        // reading the text itself: the first one at or before where the parser stopped is the cause.
        var limit = parserMessage is null || Contains(parserMessage, "tab") ? text.Length : lines.EndOfLine(lines.LineOf(errorEnd));
        if (StructureScanner.Scan(text, lines) is { } structural && structural.Start <= limit)
        {
            return structural;
        }

        if (parserMessage is null)
        {
            return null;
        }

        var message = parserMessage;
        if (errorEnd - errorStart > MaxPlainKeyLength)
        {
            // The parser stopped on a whole key longer than YAML allows: its own words say what is wrong.
            return null;
        }

        var at = errorStart < text.Length ? text[errorStart] : '\0';
        if (Contains(message, "cannot start any token") || Contains(message, "anchor or alias"))
        {
            return Indicators.IndexOf(at) >= 0 && at != '\0'
                ? new Mistake(DiagnosticDescriptors.ReservedIndicator, errorStart, errorStart + 1, new[] { at.ToString() })
                : null;
        }

        if (Contains(message, "block sequence entries are not allowed") && at == '-')
        {
            return new Mistake(DiagnosticDescriptors.ItemOnKeyLine, errorStart, errorStart + 1, Array.Empty<string>());
        }

        if (Contains(message, "unknown escape"))
        {
            var backslash = text.LastIndexOf('\\', Math.Max(errorStart, Math.Min(errorEnd, text.Length - 1)));
            return backslash >= errorStart && backslash + 1 < text.Length
                ? new Mistake(DiagnosticDescriptors.UnknownEscape, backslash, backslash + 2, new[] { text.Substring(backslash, 2) })
                : null;
        }

        if (Contains(message, "invalid mapping"))
        {
            return ColonInPlainText(text, lines, errorStart);
        }

        if (Contains(message, "flow mapping") || Contains(message, "flow sequence"))
        {
            if (at == ':')
            {
                return ColonInValue(text, errorStart);
            }

            return TextAfterQuote(text, lines, errorStart, lastQuoted);
        }

        if (Contains(message, "did not find expected key") || Contains(message, "did not find expected '-'"))
        {
            return MisplacedLine(text, lines, errorStart, lastQuoted);
        }

        return null;
    }

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>A ': ' the parser found inside a plain text: in a value (quotes needed), or after a line that lacks its own ':'.</summary>
    private static Mistake? ColonInPlainText(string text, Lines lines, int errorStart)
    {
        var line = lines.LineOf(errorStart);
        var shape = LineShape.Of(text, lines, line);
        if (shape.Colon >= 0 && shape.Colon < errorStart)
        {
            // "title { en: X }": a key without its ':' that the text before it swallowed, not a colon in a value.
            return text.IndexOfAny(OpeningBrackets, shape.KeyStart, shape.Colon - shape.KeyStart) >= 0
                ? MissingColon(text, shape.KeyStart)
                : ColonInValue(text, errorStart);
        }

        if (lines.PreviousContentLine(text, line) is not { } previous)
        {
            return null;
        }

        var above = LineShape.Of(text, lines, previous);
        if (LineProblem(text, lines, previous, above) is { } problem)
        {
            return problem;
        }

        if (shape.KeyStart >= 0 && above.KeyStart >= 0 && shape.Column > above.Column)
        {
            return KeyIndentation(text, lines, line, shape, previous, above);
        }

        return null;
    }

    /// <summary>A line that cannot be a key: '-' without a space, no ':' at all, or a ':' without a space after it.</summary>
    private static Mistake? LineProblem(string text, Lines lines, int line, LineShape shape)
    {
        if (shape.GluedDash >= 0)
        {
            var written = lines.Content(text, line, shape.GluedDash);
            return new Mistake(DiagnosticDescriptors.MissingSpaceAfterDash, shape.GluedDash, shape.GluedDash + 1, new[] { written, written.Substring(1) });
        }

        if (shape.KeyStart < 0 || shape.Colon >= 0)
        {
            return null;
        }

        var content = lines.Content(text, line, shape.KeyStart);
        var glued = GluedColon(content);
        if (glued >= 0)
        {
            var token = content.Substring(0, IndexOfSpace(content, glued));
            return new Mistake(
                DiagnosticDescriptors.MissingSpaceAfterColon,
                shape.KeyStart + glued,
                shape.KeyStart + glued + 1,
                new[] { token, token.Substring(0, glued + 1) + " " + token.Substring(glued + 1) });
        }

        return MissingColon(text, shape.KeyStart);
    }

    /// <summary>The key that has no ':' after it: the first word at <paramref name="start"/>.</summary>
    internal static Mistake MissingColon(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('{' or '[' or '#'))
        {
            end++;
        }

        end = Math.Max(end, Math.Min(start + 1, text.Length));
        return new Mistake(DiagnosticDescriptors.MissingColon, start, end, new[] { text.Substring(start, end - start) });
    }

    /// <summary>The first ':' of a key-like text that a character other than a space follows (<c>code:404</c>), or -1.</summary>
    private static int GluedColon(string content)
    {
        var end = IndexOfSpace(content, 0);
        for (var i = 1; i < end; i++)
        {
            if (content[i] == ':' && i + 1 < content.Length && content[i + 1] != ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfSpace(string text, int from)
    {
        var space = text.IndexOf(' ', from);
        return space < 0 ? text.Length : space;
    }

    private static Mistake ColonInValue(string text, int colon)
    {
        var end = colon;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('{' or '[' or ',' or ':'))
        {
            start--;
        }

        var word = start < end ? text.Substring(start, end - start) : ":";
        return new Mistake(DiagnosticDescriptors.ColonInValue, colon, colon + 1, new[] { word });
    }

    private static Mistake? TextAfterQuote(string text, Lines lines, int errorStart, (string Value, int End)? lastQuoted)
    {
        if (lastQuoted is not { } quoted || quoted.End > errorStart || lines.LineOf(quoted.End) != lines.LineOf(errorStart))
        {
            // Inside brackets the parser fails before it hands over the quoted value: find it in the text.
            if (QuotedBefore(text, lines, errorStart) is not { } found)
            {
                return null;
            }

            quoted = found;
        }

        var end = errorStart;
        var lineEnd = lines.EndOfLine(lines.LineOf(errorStart));
        while (end < lineEnd && text[end] is not (',' or ']' or '}' or '#'))
        {
            end++;
        }

        while (end > errorStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Mistake(DiagnosticDescriptors.TextAfterQuote, errorStart, Math.Max(end, errorStart + 1), new[] { quoted.Value });
    }

    /// <summary>A quoted text that ends right before <paramref name="index"/> (spaces between), on the same line.</summary>
    private static (string Value, int End)? QuotedBefore(string text, Lines lines, int index)
    {
        var close = index - 1;
        while (close >= 0 && text[close] == ' ')
        {
            close--;
        }

        if (close <= 0 || text[close] is not ('"' or '\''))
        {
            return null;
        }

        var open = text.LastIndexOf(text[close], close - 1);
        if (open < 0 || open < lines.StartOfLine(lines.LineOf(index)))
        {
            return null;
        }

        return (text.Substring(open + 1, close - open - 1), close + 1);
    }

    /// <summary>The parser expected a key or a '-' and found something else: say what is wrong with that line.</summary>
    private static Mistake? MisplacedLine(string text, Lines lines, int errorStart, (string Value, int End)? lastQuoted)
    {
        var at = errorStart < text.Length ? text[errorStart] : '\0';
        if (at is ']' or '}')
        {
            return new Mistake(DiagnosticDescriptors.UnmatchedClosingBracket, errorStart, errorStart + 1, new[] { at.ToString(), at == ']' ? "[" : "{" });
        }

        if (TextAfterQuote(text, lines, errorStart, lastQuoted) is { } afterQuote)
        {
            return afterQuote;
        }

        var line = lines.LineOf(errorStart);
        var shape = LineShape.Of(text, lines, line);
        if (shape.FirstDash >= 0 && shape.FirstDash == lines.FirstContent(text, line))
        {
            for (var above = line - 1; above >= 0; above--)
            {
                var candidate = LineShape.Of(text, lines, above);
                if (candidate.FirstDash >= 0 && candidate.FirstDash == lines.FirstContent(text, above) && lines.Indent(text, above) != lines.Indent(text, line))
                {
                    return new Mistake(
                        DiagnosticDescriptors.ItemIndentation,
                        shape.FirstDash,
                        shape.FirstDash + 1,
                        new[] { Number(lines.Indent(text, line) + 1), Number(above + 1), Number(lines.Indent(text, above) + 1) });
                }
            }

            return null;
        }

        if (LineProblem(text, lines, line, shape) is { } problem)
        {
            return problem;
        }

        if (shape.KeyStart >= 0 && lines.PreviousContentLine(text, line) is { } previous && LineShape.Of(text, lines, previous) is { KeyStart: >= 0 } above2 && above2.Column != shape.Column)
        {
            return KeyIndentation(text, lines, line, shape, previous, above2);
        }

        return null;
    }

    private static Mistake KeyIndentation(string text, Lines lines, int line, LineShape shape, int previous, LineShape above)
        => new(
            DiagnosticDescriptors.KeyIndentation,
            shape.KeyStart,
            shape.KeyStart + shape.Key(text).Length,
            new[] { shape.Key(text), Number(shape.Column + 1), above.Key(text), Number(previous + 1), Number(above.Column + 1) });

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where a line's parts are: leading '-' items, the key, the ':' that ends it.</summary>
    private sealed class LineShape
    {
        /// <summary>The first '-' that starts an item ("- "), or -1.</summary>
        public int FirstDash { get; private set; } = -1;

        /// <summary>A '-' glued to the text after it ("-code: 404"), or -1.</summary>
        public int GluedDash { get; private set; } = -1;

        /// <summary>Where the key (or the line's text, when it has no ':') starts, or -1 on an empty line.</summary>
        public int KeyStart { get; private set; } = -1;

        /// <summary>The column of <see cref="KeyStart"/>.</summary>
        public int Column { get; private set; }

        /// <summary>The ':' (followed by a space or the end of the line) that ends the key, or -1.</summary>
        public int Colon { get; private set; } = -1;

        private int _keyEnd;

        public string Key(string text) => text.Substring(KeyStart, Math.Max(0, _keyEnd - KeyStart)).TrimEnd();

        public static LineShape Of(string text, Lines lines, int line)
        {
            var shape = new LineShape();
            var start = lines.StartOfLine(line);
            var end = lines.EndOfLine(line);
            var i = start;
            while (true)
            {
                while (i < end && text[i] == ' ')
                {
                    i++;
                }

                if (i < end && text[i] == '-' && (i + 1 == end || text[i + 1] == ' '))
                {
                    if (shape.FirstDash < 0)
                    {
                        shape.FirstDash = i;
                    }

                    i++;
                    continue;
                }

                break;
            }

            if (i >= end || text[i] == '#')
            {
                return shape;
            }

            if (text[i] == '-' && i + 1 < end && text[i + 1] != '-' && text[i + 1] != ' ')
            {
                shape.GluedDash = i;
            }

            shape.KeyStart = i;
            shape.Column = i - start;
            var quote = '\0';
            for (var j = i; j < end; j++)
            {
                var c = text[j];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                    continue;
                }

                if ((c is '"' or '\'') && j == i)
                {
                    quote = c;
                    continue;
                }

                if (c == '#' && j > i && text[j - 1] == ' ')
                {
                    break;
                }

                if (c == ':' && (j + 1 == end || text[j + 1] is ' ' or '\t'))
                {
                    shape.Colon = j;
                    shape._keyEnd = j;
                    return shape;
                }
            }

            shape._keyEnd = end;
            return shape;
        }
    }

    /// <summary>Line starts and ends, counted as <see cref="LineMap"/> counts them.</summary>
    internal sealed class Lines
    {
        private readonly List<int> _starts = new() { 0 };
        private readonly List<int> _ends = new();

        public Lines(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    _ends.Add(i);
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    _starts.Add(i + 1);
                }
            }

            _ends.Add(text.Length);
        }

        public int Count => _starts.Count;

        public int StartOfLine(int line) => _starts[line];

        public int EndOfLine(int line) => _ends[line];

        public int LineOf(int index)
        {
            var line = _starts.BinarySearch(index);
            return line >= 0 ? line : ~line - 1;
        }

        public int Indent(string text, int line)
        {
            var i = _starts[line];
            while (i < _ends[line] && text[i] == ' ')
            {
                i++;
            }

            return i - _starts[line];
        }

        /// <summary>The first character that is neither a space nor a tab, or the end of the line.</summary>
        public int FirstContent(string text, int line)
        {
            var i = _starts[line];
            while (i < _ends[line] && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i;
        }

        /// <summary>The line's text from <paramref name="from"/>, without a trailing comment or spaces.</summary>
        public string Content(string text, int line, int from)
        {
            var end = _ends[LineOf(from)];
            for (var i = from; i < end; i++)
            {
                if (text[i] == '#' && i > from && text[i - 1] == ' ')
                {
                    end = i;
                    break;
                }
            }

            return text.Substring(from, end - from).TrimEnd();
        }

        /// <summary>The nearest line above that holds more than spaces and a comment.</summary>
        public int? PreviousContentLine(string text, int line)
        {
            for (var above = line - 1; above >= 0; above--)
            {
                var first = FirstContent(text, above);
                if (first < _ends[above] && text[first] != '#')
                {
                    return above;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Reads the text for mistakes in its structure that the parser reports late or badly: a tab that indents a line,
    /// a quote or bracket that is never closed, a closing bracket that closes nothing. Block scalars (<c>|</c>,
    /// <c>&gt;</c>) and comments are skipped; brackets count only where YAML reads them as brackets.
    /// </summary>
    private static class StructureScanner
    {
        public static Mistake? Scan(string text, Lines lines)
        {
            var stack = new Stack<(char Bracket, int Index)>();
            var flowIndent = -1;
            var blockScalarIndent = -1;
            var quote = '\0';
            var quoteStart = -1;
            int? firstTab = null;

            for (var line = 0; line < lines.Count; line++)
            {
                var start = lines.StartOfLine(line);
                var end = lines.EndOfLine(line);
                var i = start;
                var indent = lines.Indent(text, line);
                var first = lines.FirstContent(text, line);
                var hasContent = first < end && text[first] != '#';

                if (quote == '\0' && stack.Count == 0)
                {
                    if (blockScalarIndent >= 0)
                    {
                        if (!hasContent || indent > blockScalarIndent)
                        {
                            continue;
                        }

                        blockScalarIndent = -1;
                    }

                    if (hasContent && firstTab is null)
                    {
                        var tab = text.IndexOf('\t', start, first - start);
                        if (tab >= 0)
                        {
                            firstTab = tab;
                        }
                    }
                }
                else if (quote == '\0' && hasContent && indent <= flowIndent && text[first] is not (']' or '}'))
                {
                    // A line back at (or before) the indentation where the brackets opened is not inside them.
                    return Earliest(firstTab, Unclosed(stack.Peek()));
                }

                var afterIndicator = quote == '\0';
                var closedOnThisLine = false;
                for (i = quote == '\0' ? first : start; i < end; i++)
                {
                    var c = text[i];
                    if (quote != '\0')
                    {
                        if (quote == '"' && c == '\\')
                        {
                            i++;
                        }
                        else if (c == quote)
                        {
                            if (quote == '\'' && i + 1 < end && text[i + 1] == '\'')
                            {
                                i++;
                            }
                            else
                            {
                                quote = '\0';
                            }
                        }

                        afterIndicator = false;
                        continue;
                    }

                    if (c is ' ' or '\t')
                    {
                        continue;
                    }

                    if (c == '#' && (i == start || text[i - 1] is ' ' or '\t'))
                    {
                        break;
                    }

                    if ((c is '"' or '\'') && afterIndicator)
                    {
                        quote = c;
                        quoteStart = i;
                    }
                    else if ((c is '[' or '{') && (afterIndicator || stack.Count > 0))
                    {
                        if (stack.Count == 0)
                        {
                            flowIndent = indent;
                        }

                        stack.Push((c, i));
                    }
                    else if ((c is ']' or '}') && stack.Count > 0)
                    {
                        if (stack.Peek().Bracket != Opening(c))
                        {
                            // "{ en: X ]": the '{' is the one never closed.
                            return Earliest(firstTab, Unclosed(stack.Peek()));
                        }

                        stack.Pop();
                        closedOnThisLine = stack.Count == 0;
                    }
                    else if ((c is ']' or '}') && closedOnThisLine)
                    {
                        return Earliest(firstTab, new Mistake(DiagnosticDescriptors.UnmatchedClosingBracket, i, i + 1, new[] { c.ToString(), Opening(c).ToString() }));
                    }
                    else if ((c is '|' or '>') && afterIndicator && stack.Count == 0 && IsBlockScalarHeader(text, i + 1, end))
                    {
                        blockScalarIndent = indent;
                        break;
                    }

                    afterIndicator = c is '[' or '{' or ','
                                     || (c is ':' or '-' or '?' && (i + 1 == end || text[i + 1] is ' ' or '\t'));
                }
            }

            if (quote != '\0')
            {
                return Earliest(firstTab, new Mistake(DiagnosticDescriptors.UnclosedQuote, quoteStart, quoteStart + 1, new[] { quote.ToString() }));
            }

            if (stack.Count > 0)
            {
                return Earliest(firstTab, Unclosed(stack.Peek()));
            }

            return firstTab is { } tabIndex ? Tab(tabIndex) : null;
        }

        private static Mistake Earliest(int? tab, Mistake other) => tab is { } index && index < other.Start ? Tab(index) : other;

        private static Mistake Tab(int index) => new(DiagnosticDescriptors.TabIndentation, index, index + 1, Array.Empty<string>());

        private static Mistake Unclosed((char Bracket, int Index) open)
            => new(DiagnosticDescriptors.UnclosedBracket, open.Index, open.Index + 1, new[] { open.Bracket.ToString(), open.Bracket == '[' ? "]" : "}" });

        private static char Opening(char closing) => closing == ']' ? '[' : '{';

        private static bool IsBlockScalarHeader(string text, int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                var c = text[i];
                if (c is '+' or '-' || c is >= '0' and <= '9')
                {
                    continue;
                }

                return c is ' ' or '\t' || c == '#';
            }

            return true;
        }
    }
}
