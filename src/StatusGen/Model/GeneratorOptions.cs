using StatusGen.Primitives;

namespace StatusGen.Model;

/// <summary>The consumer's settings, read from MSBuild properties.</summary>
/// <param name="Namespace">Namespace of the generated types.</param>
/// <param name="IsPublic">Whether the generated types are public (default internal).</param>
/// <param name="DocLanguages">Languages shown in XML docs, in order.</param>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, EquatableArray<string> DocLanguages)
{
    public string Accessibility => IsPublic ? "public" : "internal";
}

/// <summary>Everything one run of the emitters needs: the catalog and the options.</summary>
internal sealed record GenerationModel(StatusCatalog Catalog, GeneratorOptions Options);
