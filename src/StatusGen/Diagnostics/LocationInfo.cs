using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using StatusGen.Primitives;

namespace StatusGen.Diagnostics;

/// <summary>
/// Where a diagnostic points: a spec file and a span in it, or with <paramref name="InSyntaxTree"/> a span of one of the
/// compilation's C# files. Kept as plain values so diagnostics can be cached in the pipeline; turned into a Roslyn
/// <see cref="Location"/> only when reported. A C# location is rebuilt on that file's <see cref="SyntaxTree"/>, so
/// <c>#pragma warning</c> and <c>.editorconfig</c> severities apply to it as to the compiler's own diagnostics.
/// </summary>
internal sealed record LocationInfo(string FilePath, SourceSpan Span, bool InSyntaxTree = false)
{
    public Location ToLocation() => ToLocation(null);

    /// <summary>The location; a C# one on the tree of <paramref name="compilation"/> with this path when there is one.</summary>
    public Location ToLocation(Compilation? compilation)
    {
        var textSpan = new TextSpan(Span.Start, Span.Length);
        if (InSyntaxTree && compilation is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == FilePath && textSpan.End <= tree.Length)
                {
                    return Location.Create(tree, textSpan);
                }
            }
        }

        return Location.Create(
            FilePath,
            textSpan,
            new LinePositionSpan(
                new LinePosition(Span.StartLine, Span.StartColumn),
                new LinePosition(Span.EndLine, Span.EndColumn)));
    }

    /// <summary>"path(line,column)", one-based as compilers print it: used to name the other place in a message.</summary>
    public string Describe()
        => FilePath + "(" + (Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
           + "," + (Span.StartColumn + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
