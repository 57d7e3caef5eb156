using System.Collections.Generic;

namespace StatusGen.Primitives;

/// <summary>
/// Combines hash codes deterministically. netstandard2.0 has no <c>System.HashCode</c>, and the values only need to
/// be stable within one process, so a simple FNV-style mix is enough.
/// </summary>
internal struct HashCodeBuilder
{
    private int _hash;
    private bool _started;

    public void Add<T>(T value)
    {
        if (!_started)
        {
            _hash = unchecked((int)2166136261);
            _started = true;
        }

        var itemHash = value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);
        _hash = unchecked((_hash ^ itemHash) * 16777619);
    }

    public readonly int ToHashCode() => _hash;
}
