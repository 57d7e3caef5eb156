namespace StatusGen.Primitives;

/// <summary>
/// A range in a spec file: character offsets plus zero-based line and column, the three things
/// <c>Location.Create(path, span, lineSpan)</c> needs. Plain numbers keep pipeline models free of Roslyn objects.
/// </summary>
internal sealed record SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan Empty = new(0, 0, 0, 0, 0, 0);
}

/// <summary>A value read from a spec file, with where it stood.</summary>
internal sealed record Located<T>(T Value, SourceSpan Span);
