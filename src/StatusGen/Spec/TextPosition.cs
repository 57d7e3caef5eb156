using System.Collections.Generic;
using System;
using StatusGen.Primitives;

namespace StatusGen.Spec;

/// <summary>
/// Lines of a spec file as the compiler and the IDE count them: a line ends at <c>\r\n</c>, <c>\r</c>, <c>\n</c>,
/// U+0085, U+2028 or U+2029, as in Roslyn's <c>SourceText</c>. Diagnostics take their line and column from here,
/// from character offsets alone, so they point where the IDE shows the offset even where YamlDotNet counts lines
/// differently (it puts the end of a file without a final line break on a line of its own).
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    starts.Add(i + 1);
                    break;
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>, both clamped to the text.</summary>
    public SourceSpan Span(int start, int end)
    {
        start = Math.Min(Math.Max(0, start), _length);
        end = Math.Min(Math.Max(start, end), _length);
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end - start, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
        {
            // Not a line start: the line is the one starting before it.
            line = ~line - 1;
        }

        return (line, index - _lineStarts[line]);
    }
}

/// <summary>Spans of single places in a spec file, for the checks made on its whole text.</summary>
internal static class TextPosition
{
    public static SourceSpan Span(string text, int index, int length) => new LineMap(text).Span(index, index + length);
}
