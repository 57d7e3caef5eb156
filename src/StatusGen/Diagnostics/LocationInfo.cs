using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using StatusGen.Primitives;

namespace StatusGen.Diagnostics;

/// <summary>What kind of file a <see cref="LocationInfo"/> is in, which decides the Roslyn location it becomes.</summary>
internal enum LocationFileKind
{
    /// <summary>
    /// An additional file, such as a spec file: reported as an external-file location (<c>Location.Create(path,
    /// span, lineSpan)</c>) with the line and column stored here, which is all the compiler can show for a non-C# file.
    /// </summary>
    AdditionalFile,

    /// <summary>
    /// A C# file of the compilation: reported inside its <see cref="SyntaxTree"/> (<c>Location.Create(tree, span)</c>),
    /// so that <c>#pragma warning disable</c> and per-file <c>.editorconfig</c> severities apply to it.
    /// </summary>
    SourceFile,
}

/// <summary>
/// Where a diagnostic points: a file, a span in it, and what kind of file it is. Kept as plain values so diagnostics
/// can be cached in the pipeline and compared by value; turned into a Roslyn <see cref="Location"/> only when reported.
/// </summary>
/// <remarks>
/// A location in C# code is kept as a path and a span too, never as the <see cref="SyntaxTree"/> or the
/// <see cref="Location"/> it came from: the compiler makes new trees on every edit, so a stored tree would keep an old
/// compilation alive in the generator's cache, make every cached diagnostic compare unequal after any keystroke, and
/// be refused when reported (a generator may only report source locations in trees of the compilation it runs on).
/// So the tree is looked up by path in the current compilation at the last moment (<see cref="ToLocation(Compilation)"/>).
/// </remarks>
/// <param name="FilePath">The file's path as the compiler gives it.</param>
/// <param name="Span">The span; for a source file its line and column are only used when the tree is not found.</param>
/// <param name="FileKind">What kind of file <paramref name="FilePath"/> is.</param>
internal sealed record LocationInfo(string FilePath, SourceSpan Span, LocationFileKind FileKind = LocationFileKind.AdditionalFile)
{
    /// <summary>A span in an additional file, e.g. a spec file.</summary>
    public static LocationInfo InAdditionalFile(string filePath, SourceSpan span) => new(filePath, span, LocationFileKind.AdditionalFile);

    /// <summary>A span in a C# file of the compilation.</summary>
    public static LocationInfo InSourceFile(string filePath, SourceSpan span) => new(filePath, span, LocationFileKind.SourceFile);

    /// <summary>The values of a Roslyn location, e.g. a syntax node's: a source file if it is in a tree, else an additional file.</summary>
    public static LocationInfo From(Location location)
    {
        var lineSpan = location.GetLineSpan();
        var span = new SourceSpan(
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            lineSpan.StartLinePosition.Line,
            lineSpan.StartLinePosition.Character,
            lineSpan.EndLinePosition.Line,
            lineSpan.EndLinePosition.Character);
        return new LocationInfo(lineSpan.Path ?? string.Empty, span, location.IsInSource ? LocationFileKind.SourceFile : LocationFileKind.AdditionalFile);
    }

    /// <summary>
    /// An external-file location with the stored line and column: right for an additional file, and what a source
    /// file falls back to when its tree is not at hand (it shows at the same place, but <c>#pragma</c> does not apply).
    /// </summary>
    public Location ToLocation()
        => Location.Create(
            FilePath,
            ToTextSpan(),
            new LinePositionSpan(
                new LinePosition(Span.StartLine, Span.StartColumn),
                new LinePosition(Span.EndLine, Span.EndColumn)));

    /// <summary>A location inside <paramref name="tree"/>, which must be the tree of <see cref="FilePath"/>; line and column come from the tree.</summary>
    public Location ToLocation(SyntaxTree tree)
    {
        var span = ToTextSpan();
        var length = tree.Length;
        var start = System.Math.Min(span.Start, length);
        return Location.Create(tree, new TextSpan(start, System.Math.Min(span.Length, length - start)));
    }

    /// <summary>
    /// The location as the reporting stage should give it: inside the compilation's tree for a source file (found by
    /// path), an external-file location otherwise, or when no tree of the compilation has that path.
    /// </summary>
    public Location ToLocation(Compilation compilation)
    {
        if (FileKind == LocationFileKind.SourceFile)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (string.Equals(tree.FilePath, FilePath, System.StringComparison.Ordinal))
                {
                    return ToLocation(tree);
                }
            }
        }

        return ToLocation();
    }

    /// <summary>"path(line,column)", one-based as compilers print it: used to name the other place in a message.</summary>
    public string Describe()
        => FilePath + "(" + (Span.StartLine + 1).ToString(CultureInfo.InvariantCulture)
           + "," + (Span.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")";

    private TextSpan ToTextSpan() => new(Span.Start, Span.Length);
}
