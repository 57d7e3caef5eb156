using Microsoft.CodeAnalysis;

namespace StatusGen.Configuration;

/// <summary>
/// Questions about the compilation that the pipeline turns into plain values right away, so no stage keeps a
/// <see cref="Compilation"/> and an edit that does not change the answer regenerates nothing.
/// </summary>
internal static class AttributeAvailability
{
    /// <summary>
    /// Whether code in <paramref name="compilation"/> can use the type <paramref name="metadataName"/>: defined in its
    /// own sources, public in a reference, or internal in a reference that grants it InternalsVisibleTo. An internal
    /// copy in some other reference (a common polyfill) does not count.
    /// </summary>
    public static bool HasAccessibleType(Compilation compilation, string metadataName)
    {
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return true;
            }
        }

        return false;
    }
}
