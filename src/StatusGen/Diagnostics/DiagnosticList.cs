using System;
using System.Collections.Generic;
using System.Globalization;
using StatusGen.Primitives;

namespace StatusGen.Diagnostics;

/// <summary>
/// Collects diagnostics, at most <see cref="MaxPerFile"/> per file: a hostile or badly broken
/// file (100,000 unknown keys, aliases or flags) would otherwise flood the IDE's error list and the pipeline's cache.
/// The first diagnostic past the limit is replaced by one STG0047 saying so; the rest are dropped.
/// </summary>
internal sealed class DiagnosticList
{
    /// <summary>Most diagnostics reported for one file; the rest are dropped with one STG0047 saying so.</summary>
    public const int MaxPerFile = 1_000;

    private readonly List<DiagnosticInfo> _items = new();
    private readonly Dictionary<string, int> _countByPath = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    /// <summary>Whether nothing more will be reported for <paramref name="path"/>: callers can skip work spent only on messages.</summary>
    public bool IsFull(string path) => _countByPath.TryGetValue(path, out var count) && count >= MaxPerFile;

    public void Add(DiagnosticInfo diagnostic)
    {
        if (diagnostic.Location is not { } location)
        {
            _items.Add(diagnostic);
            return;
        }

        _countByPath.TryGetValue(location.FilePath, out var count);
        if (count < MaxPerFile)
        {
            _items.Add(diagnostic);
        }
        else if (count == MaxPerFile)
        {
            _items.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyProblems,
                location,
                MaxPerFile.ToString("N0", CultureInfo.InvariantCulture)));
        }
        else
        {
            return;
        }

        _countByPath[location.FilePath] = count + 1;
    }

    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
