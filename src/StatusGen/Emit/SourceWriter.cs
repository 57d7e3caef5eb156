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
        if (text.IndexOf('\n') >= 0)
        {
            // A '\r' from a template checked out with CRLF line endings must not reach the output.
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                WriteOneLine(line);
            }

            return this;
        }

        return WriteOneLine(text);
    }

    public SourceWriter Line() => Line(string.Empty);

    private SourceWriter WriteOneLine(string text)
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
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
