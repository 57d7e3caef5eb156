using System;
using System.Text;

namespace StatusGen.Emit;

/// <summary>
/// A minimal indenting writer over <see cref="StringBuilder"/>. Always writes '\n' (never the OS line ending),
/// so generated files are byte-for-byte the same on every machine. <see cref="Line(string)"/> takes multi-line
/// text too (a raw string literal holding fixed code) and indents each of its lines, so an emitter can keep fixed
/// code as the C# it produces and loop only where the model varies.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text)
    {
        // Each line of a multi-line template is appended in place (no Split, no substrings): templates are most of
        // the output, and this runs on every generation.
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var lineEnd = end < 0 ? text.Length : end;

            // A '\r' from a template checked out with CRLF line endings must not reach the output.
            var length = (lineEnd > start && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd) - start;
            WriteOneLine(text, start, length);
            if (end < 0)
            {
                return this;
            }

            start = end + 1;
        }
    }

    public SourceWriter Line() => Line(string.Empty);

    private void WriteOneLine(string text, int start, int length)
    {
        if (length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text, start, length);
        }

        _builder.Append('\n');
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
