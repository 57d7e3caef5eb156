using System.Collections.Generic;
using System.IO;
using System.Threading;
using System;
using StatusGen.Diagnostics;
using StatusGen.Primitives;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace StatusGen.Spec;

/// <summary>
/// Builds a <see cref="YamlTreeNode"/> tree from YamlDotNet's event parser. Working from events rather than
/// YamlDotNet's representation model lets this reader refuse aliases (no "billion laughs" expansion), bound the
/// nesting depth without recursion (neither YamlDotNet's parser nor this reader recurses, so no input can overflow
/// the compiler's stack), and keep exact positions for diagnostics.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string _path;
    private readonly DiagnosticList _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly int _skippedPrefix;
    private readonly LineMap _lines;

    /// <summary>The text the parser reads (without a byte order mark).</summary>
    private readonly string _text;

    /// <summary>The last event the parser gave: a quoted scalar just before an error tells what the error is.</summary>
    private ParsingEvent? _lastEvent;

    /// <summary>Where the last event the parser gave ended: the place to report an error YamlDotNet gives no position for.</summary>
    private Mark _lastEnd = Mark.Empty;

    private YamlTreeReader(string path, string text, DiagnosticList diagnostics, int skippedPrefix, CancellationToken cancellationToken)
    {
        _path = path;
        _lines = new LineMap(text);
        _text = skippedPrefix == 0 ? text : text.Substring(skippedPrefix);
        _diagnostics = diagnostics;
        _skippedPrefix = skippedPrefix;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Reads the first document of <paramref name="text"/>. Returns null when the text holds no document, is not
    /// valid YAML or nests deeper than <see cref="SpecLimits.MaxDepth"/>; the reason is added to <paramref name="diagnostics"/>.
    /// </summary>
    public static YamlTreeNode? Read(string path, string text, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        // A byte order mark that survived decoding would otherwise be read as part of the first key. It is skipped,
        // and positions are shifted back so they still match the text the IDE shows.
        var skippedPrefix = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var reader = new YamlTreeReader(path, text, diagnostics, skippedPrefix, cancellationToken);
        var parser = new Parser(new StringReader(reader._text));
        try
        {
            if (reader.Next(parser) is not StreamStart || reader.Next(parser) is not DocumentStart)
            {
                return null;
            }

            var root = reader.ReadNode(parser);
            if (root is null)
            {
                return null;
            }

            if (reader.Next(parser) is not DocumentEnd and var unexpected)
            {
                throw new YamlException(unexpected.Start, unexpected.End, "Expected the end of the document.");
            }

            reader.ReportFurtherDocuments(parser);
            return root;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(reader.Describe(exception));
            return null;
        }
    }

    /// <summary>
    /// The diagnostic for a file the parser stopped on: the user's mistake at the place where it is, when
    /// <see cref="YamlSyntaxMistakes"/> recognises it; otherwise STG0001 with the parser's own words.
    /// </summary>
    private DiagnosticInfo Describe(YamlException exception)
    {
        // A YamlDotNet failure that is not a YamlException (see Next) has no message worth showing.
        var parserMessage = exception.InnerException is null or YamlException ? CleanMessage(exception) : null;
        var lastQuoted = _lastEvent is Scalar { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } quoted
            ? (quoted.Value, ToIndex(quoted.End))
            : ((string Value, int End)?)null;
        // YamlDotNet leaves some errors (a tab used as indentation) at line 1, column 1: where reading stopped is better.
        var (errorStart, errorEnd) = exception.Start.Index == 0 && exception.End.Index == 0 && _lastEnd.Index > 0
            ? (ToIndex(_lastEnd), ToIndex(_lastEnd))
            : (ToIndex(exception.Start), ToIndex(exception.End));
        var mistake = YamlSyntaxMistakes.Find(_text, errorStart, errorEnd, parserMessage, lastQuoted);
        if (mistake is not null)
        {
            return DiagnosticInfo.Create(mistake.Descriptor, _path, _lines.Span(mistake.Start + _skippedPrefix, mistake.End + _skippedPrefix), mistake.Arguments);
        }

        // YamlDotNet leaves some errors at line 1, column 1: point past what it read instead.
        var (start, end) = exception.Start.Index == 0 && exception.End.Index == 0 && _lastEnd.Index > 0
            ? (_lastEnd, _lastEnd)
            : (exception.Start, exception.End);
        return DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidYaml,
            _path,
            ToSpan(start, end),
            parserMessage ?? "reading stopped here; look for a stray character, an unclosed bracket or quote, or a line break inside brackets");
    }

    private static int ToIndex(Mark mark) => (int)Math.Min(int.MaxValue - 1, Math.Max(0, mark.Index));

    /// <summary>
    /// A spec file is one YAML document. Codes after a second <c>---</c> would otherwise vanish without a word, so the
    /// first further document that holds anything is reported (at its <c>---</c>) and not read; an empty one (a
    /// trailing <c>---</c>) holds nothing to lose. What the further documents say is not parsed for errors: a mistake
    /// there must not cost the first document.
    /// </summary>
    private void ReportFurtherDocuments(IParser parser)
    {
        DocumentStart? further = null;
        try
        {
            while (Next(parser) is DocumentStart start)
            {
                further = start;
                if (Next(parser) is Scalar { Value.Length: 0 } && Next(parser) is DocumentEnd)
                {
                    continue;
                }

                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FurtherDocument, _path, ToSpan(start.Start, start.End)));
                return;
            }
        }
        catch (YamlException)
        {
            // Broken YAML after the first document: it was not going to be read; say that it is there.
            var at = further?.Start ?? _lastEnd;
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FurtherDocument, _path, ToSpan(at, further?.End ?? _lastEnd)));
        }
    }

    /// <summary>
    /// Reads one node and everything under it. Nesting is followed with an explicit stack so that a deeply nested
    /// document cannot overflow the compiler's stack. Past <see cref="SpecLimits.MaxDepth"/> reading stops and null is
    /// returned: skipping the rest instead would let YamlDotNet's scanner, which does work proportional to the flow
    /// nesting depth for every token, take quadratic time on <c>[[[[...</c> (40,000 levels took 8 seconds).
    /// </summary>
    private YamlTreeNode? ReadNode(IParser parser)
    {
        var stack = new Stack<Frame>();
        YamlTreeNode? completed = null;

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();

            if (completed is null)
            {
                var parsingEvent = Next(parser);
                switch (parsingEvent)
                {
                    case Scalar scalar:
                        completed = CreateScalar(scalar);
                        break;
                    case AnchorAlias alias:
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AliasNotSupported, _path, ToSpan(alias.Start, alias.End)));
                        completed = new YamlTreeScalar(string.Empty, isPlain: true, ToSpan(alias.Start, alias.End));
                        break;
                    case MappingStart mappingStart:
                        if (stack.Count >= SpecLimits.MaxDepth)
                        {
                            ReportTooDeep(mappingStart);
                            return null;
                        }

                        stack.Push(Frame.ForMapping(mappingStart.Start));
                        continue;
                    case SequenceStart sequenceStart:
                        if (stack.Count >= SpecLimits.MaxDepth)
                        {
                            ReportTooDeep(sequenceStart);
                            return null;
                        }

                        stack.Push(Frame.ForSequence(sequenceStart.Start));
                        continue;
                    case MappingEnd mappingEnd:
                        var mappingFrame = stack.Pop();
                        completed = new YamlTreeMapping(mappingFrame.Entries!, ToSpan(mappingFrame.Start, mappingEnd.End));
                        break;
                    case SequenceEnd sequenceEnd:
                        var sequenceFrame = stack.Pop();
                        completed = new YamlTreeSequence(sequenceFrame.Items!, ToSpan(sequenceFrame.Start, sequenceEnd.End));
                        break;
                    default:
                        throw new YamlException(parsingEvent.Start, parsingEvent.End, "Unexpected " + parsingEvent.GetType().Name);
                }
            }

            if (stack.Count == 0)
            {
                return completed;
            }

            var parent = stack.Peek();
            if (parent.Items is not null)
            {
                parent.Items.Add(completed);
            }
            else if (parent.PendingKey is null)
            {
                parent.PendingKey = completed;
            }
            else
            {
                parent.Entries!.Add(new KeyValuePair<YamlTreeNode, YamlTreeNode>(parent.PendingKey, completed));
                parent.PendingKey = null;
            }

            completed = null;
        }
    }

    /// <summary>The next event. YamlDotNet should only ever throw <see cref="YamlException"/> on bad input.</summary>
    private ParsingEvent Next(IParser parser)
    {
        try
        {
            if (!parser.MoveNext() || parser.Current is not { } parsingEvent)
            {
                throw new YamlException(_lastEnd, _lastEnd, "Unexpected end of the text.");
            }

            _lastEnd = parsingEvent.End;
            _lastEvent = parsingEvent;
            return parsingEvent;
        }
        catch (Exception exception) when (exception is not YamlException and not OperationCanceledException)
        {
            // YamlDotNet 16.3 throws InvalidOperationException on some malformed input, e.g. an unclosed '[' followed by
            // a key, or ": {\u2028l" (a U+2028 line separator inside a flow mapping). It is still the file's problem:
            // Describe looks for the mistake, and never shows the exception's type.
            throw new YamlException(_lastEnd, _lastEnd, "The YAML parser stopped here.", exception);
        }
    }

    private YamlTreeScalar CreateScalar(Scalar scalar)
    {
        var value = scalar.Value;
        if (value.Length > SpecLimits.MaxScalarLength)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TextTooLong,
                _path,
                ToSpan(scalar.Start, scalar.End),
                SpecLimits.Text(value.Length),
                SpecLimits.Text(SpecLimits.MaxScalarLength)));

            // Never between the two halves of a surrogate pair.
            var length = char.IsHighSurrogate(value[SpecLimits.MaxScalarLength - 1]) ? SpecLimits.MaxScalarLength - 1 : SpecLimits.MaxScalarLength;
            value = value.Substring(0, length);
        }

        var span = ToSpan(scalar.Start, scalar.End);
        return new YamlTreeScalar(value, scalar.Style == ScalarStyle.Plain, span)
        {
            Continuation = scalar.Style == ScalarStyle.Plain && span.EndLine > span.StartLine ? SecondLine(span) : null,
        };
    }

    /// <summary>The text of the second line of a plain scalar that spans lines, where it stands.</summary>
    private Located<string>? SecondLine(SourceSpan span)
    {
        var lineStart = _text.IndexOf('\n', span.Start - _skippedPrefix);
        if (lineStart < 0)
        {
            return null;
        }

        var start = lineStart + 1;
        while (start < _text.Length && _text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < _text.Length && _text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        var content = _text.Substring(start, end - start).TrimEnd();
        return content.Length == 0 ? null : new Located<string>(content, _lines.Span(start + _skippedPrefix, start + content.Length + _skippedPrefix));
    }

    private void ReportTooDeep(ParsingEvent start)
        => _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.NestingTooDeep,
            _path,
            ToSpan(start.Start, start.End),
            SpecLimits.Text(SpecLimits.MaxDepth)));

    /// <summary>
    /// The span between two marks, by their character offsets only (<see cref="LineMap"/> gives line and column). The
    /// offsets count from after a skipped byte order mark, so they are shifted back onto the text the IDE holds.
    /// </summary>
    private SourceSpan ToSpan(Mark start, Mark end)
    {
        var startIndex = (int)Math.Min(int.MaxValue, Math.Max(0, start.Index)) + _skippedPrefix;
        var endIndex = (int)Math.Min(int.MaxValue - 1, Math.Max(0, end.Index)) + _skippedPrefix;
        return _lines.Span(startIndex, endIndex);
    }

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (...): "; the diagnostic's location already says that.
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && separator >= 0)
        {
            message = message.Substring(separator + 3);
        }

        return message.Trim();
    }

    private sealed class Frame
    {
        private Frame(Mark start) => Start = start;

        public Mark Start { get; }

        public List<KeyValuePair<YamlTreeNode, YamlTreeNode>>? Entries { get; private set; }

        public List<YamlTreeNode>? Items { get; private set; }

        public YamlTreeNode? PendingKey { get; set; }

        public static Frame ForMapping(Mark start) => new(start) { Entries = new List<KeyValuePair<YamlTreeNode, YamlTreeNode>>() };

        public static Frame ForSequence(Mark start) => new(start) { Items = new List<YamlTreeNode>() };
    }
}
