using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using StatusGen.Primitives;

namespace StatusGen.Diagnostics;

/// <summary>
/// Where a diagnostic points: a spec file and a span in it. Kept as plain values so diagnostics can be cached in
/// the pipeline; turned into a Roslyn <see cref="Location"/> only when reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, SourceSpan Span)
{
    public Location ToLocation()
        => Location.Create(
            FilePath,
            new TextSpan(Span.Start, Span.Length),
            new LinePositionSpan(
                new LinePosition(Span.StartLine, Span.StartColumn),
                new LinePosition(Span.EndLine, Span.EndColumn)));

    /// <summary>"path(line,column)", one-based as compilers print it: used to name the other place in a message.</summary>
    public string Describe()
        => FilePath + "(" + (Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
           + "," + (Span.StartColumn + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
