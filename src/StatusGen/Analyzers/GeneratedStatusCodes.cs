using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusGen.Configuration;

namespace StatusGen.Analyzers;

/// <summary>
/// The project's catalog as the analyzers see it: the <c>HttpStatusCodes</c> constants the generator wrote into this
/// compilation, by value. Reading what the catalog pipeline produced, rather than the YAML, costs nothing per
/// compilation, needs no second reading of the spec files, and always agrees with the code the project compiles
/// against (custom codes included); a project whose catalog is broken gets no suggestions rather than wrong ones.
/// </summary>
internal sealed class GeneratedStatusCodes
{
    private readonly Dictionary<int, string> _namesByCode;
    private readonly Dictionary<string, int> _codesByName;

    private GeneratedStatusCodes(string @namespace, Dictionary<int, string> namesByCode)
    {
        Namespace = @namespace;
        _namesByCode = namesByCode;
        _codesByName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var pair in namesByCode)
        {
            _codesByName[pair.Value] = pair.Key;
        }
    }

    /// <summary>The namespace of the generated types (StatusGenNamespace, else the default).</summary>
    public string Namespace { get; }

    /// <summary>The constants of the generated <c>HttpStatusCodes</c>, or null when the compilation has none.</summary>
    public static GeneratedStatusCodes? Find(Compilation compilation, AnalyzerOptions options)
    {
        var @namespace = GeneratorOptionsReader.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions).Options.Namespace;
        return compilation.GetTypeByMetadataName(@namespace + ".HttpStatusCodes") is { TypeKind: TypeKind.Class } constants
            ? FromConstants(@namespace, constants)
            : null;
    }

    /// <summary>
    /// The constants of the <c>HttpStatusCodes</c> that <paramref name="assembly"/> holds in <paramref name="namespace"/>
    /// (a referenced library's own catalog, custom codes included), or null when it has none this compilation can see.
    /// </summary>
    public static GeneratedStatusCodes? Find(IAssemblySymbol assembly, string @namespace)
        => assembly.GetTypeByMetadataName(@namespace + ".HttpStatusCodes") is { TypeKind: TypeKind.Class } constants
            ? FromConstants(@namespace, constants)
            : null;

    private static GeneratedStatusCodes FromConstants(string @namespace, INamedTypeSymbol constants)
    {
        var namesByCode = new Dictionary<int, string>();
        foreach (var member in constants.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_Int32, ConstantValue: int code } field)
            {
                namesByCode[code] = field.Name;
            }
        }

        return new GeneratedStatusCodes(@namespace, namesByCode);
    }

    /// <summary>The constant's name for <paramref name="code"/> (<c>NotFound</c> for 404), or null when the catalog lacks it.</summary>
    public string? NameOf(int code) => _namesByCode.TryGetValue(code, out var name) ? name : null;

    /// <summary>The code of the constant <paramref name="name"/> (404 for <c>NotFound</c>), or null when the catalog lacks it.</summary>
    public int? CodeOf(string name) => _codesByName.TryGetValue(name, out var code) ? code : null;
}
