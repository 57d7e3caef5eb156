using StatusGen.Model;

namespace StatusGen.Spec;

/// <summary>Spans from character offsets, with lines counted as the compiler and the IDE count them.</summary>
internal static class TextPosition
{
    /// <summary>
    /// The span of <paramref name="length"/> characters at <paramref name="index"/>. Lines end at <c>\r\n</c>,
    /// <c>\r</c>, <c>\n</c>, U+0085, U+2028 and U+2029, as in Roslyn's <c>SourceText</c>, so the line and column
    /// match what the IDE shows for the same offset.
    /// </summary>
    public static SourceSpan Span(string text, int index, int length)
    {
        var (startLine, startColumn) = LineAndColumn(text, index);
        var (endLine, endColumn) = LineAndColumn(text, index + length);
        return new SourceSpan(index, length, startLine, startColumn, endLine, endColumn);
    }

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        if (i + 1 == index)
                        {
                            // Between \r and \n is still on the line the pair ends.
                            return (line, index - lineStart);
                        }

                        i++;
                    }

                    line++;
                    lineStart = i + 1;
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    line++;
                    lineStart = i + 1;
                    break;
            }
        }

        return (line, index - lineStart);
    }
}
