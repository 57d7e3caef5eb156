using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using StatusGen.Diagnostics;
using StatusGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
    /// <summary>Where the last event the parser gave ended: the place to report an error YamlDotNet gives no position for.</summary>
    private Mark _lastEnd = Mark.Empty;

    private YamlTreeReader(string path, DiagnosticList diagnostics, int skippedPrefix, CancellationToken cancellationToken)
    {
        _path = path;
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
        var reader = new YamlTreeReader(path, diagnostics, skippedPrefix, cancellationToken);
        var parser = new Parser(new StringReader(skippedPrefix == 0 ? text : text.Substring(skippedPrefix)));
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return null;
            }

            var root = reader.ReadNode(parser);
            if (root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            return root;
        }
        catch (YamlException exception)
        {
            // YamlDotNet leaves some errors (a tab used as indentation) at line 1, column 1: point past what it read instead.
            var (start, end) = exception.Start.Index == 0 && exception.End.Index == 0 && reader._lastEnd.Index > 0
                ? (reader._lastEnd, reader._lastEnd)
                : (exception.Start, exception.End);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidYaml, path, reader.ToSpan(start, end), CleanMessage(exception)));
            return null;
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
                var parsingEvent = parser.Consume<ParsingEvent>();
                _lastEnd = parsingEvent.End;
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

    private YamlTreeScalar CreateScalar(Scalar scalar)
    {
        var value = scalar.Value;
        if (value.Length > SpecLimits.MaxScalarLength)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.LimitExceeded,
                _path,
                ToSpan(scalar.Start, scalar.End),
                "A text value",
                SpecLimits.Text(SpecLimits.MaxScalarLength) + " characters",
                "it is cut to that length"));

            // Never between the two halves of a surrogate pair.
            var length = char.IsHighSurrogate(value[SpecLimits.MaxScalarLength - 1]) ? SpecLimits.MaxScalarLength - 1 : SpecLimits.MaxScalarLength;
            value = value.Substring(0, length);
        }

        return new YamlTreeScalar(value, scalar.Style == ScalarStyle.Plain, ToSpan(scalar.Start, scalar.End));
    }

    private void ReportTooDeep(ParsingEvent start)
        => _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.LimitExceeded,
            _path,
            ToSpan(start.Start, start.End),
            "Nesting depth",
            SpecLimits.Text(SpecLimits.MaxDepth) + " levels",
            "the file is ignored"));

    private SourceSpan ToSpan(Mark start, Mark end)
    {
        // YamlDotNet counts lines and columns from one and characters from zero; Roslyn counts everything from zero.
        var startIndex = (int)Math.Max(0, start.Index) + _skippedPrefix;
        var endIndex = (int)Math.Max(startIndex, end.Index + _skippedPrefix);
        var startLine = (int)Math.Max(0, start.Line - 1);
        var startColumn = (int)Math.Max(0, start.Column - 1) + (startLine == 0 ? _skippedPrefix : 0);
        var endLine = (int)Math.Max(startLine, end.Line - 1);
        var endColumn = (int)Math.Max(0, end.Column - 1) + (endLine == 0 ? _skippedPrefix : 0);
        if (endLine == startLine && endColumn < startColumn)
        {
            endColumn = startColumn;
        }

        return new SourceSpan(startIndex, endIndex - startIndex, startLine, startColumn, endLine, endColumn);
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
