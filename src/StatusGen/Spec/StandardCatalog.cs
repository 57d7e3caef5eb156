using System.Linq;
using StatusGen.Diagnostics;
using StatusGen.Primitives;

namespace StatusGen.Spec;

/// <summary>
/// The standard catalog, spec/status-codes.yaml, as C# data compiled into the generator (StandardCatalog.Data.cs):
/// the <see cref="SpecDocument"/> that <see cref="SpecParser"/> reads from that file, without positions. A project
/// without a spec file of its own therefore never loads YamlDotNet nor parses YAML; the data costs one method call.
/// </summary>
/// <remarks>
/// StandardCatalog.Data.cs is generated from the YAML file and checked in, rather than written by a build step:
/// building the generator stays a plain compile, and a catalog change shows up in review as the C# it becomes.
/// StandardCatalogDataTests fails when the file no longer matches spec/status-codes.yaml, and rewrites it when run
/// with <c>STATUSGEN_REGENERATE_CATALOG=1</c>. Positions are left out: they only ever appear in diagnostics about the
/// standard catalog itself, and the tests make sure it has none.
/// </remarks>
internal static partial class StandardCatalog
{
    /// <summary>The path diagnostics would name, should the standard catalog ever be wrong (tests make sure it is not).</summary>
    public const string Path = "StatusGen/status-codes.yaml";

    /// <summary>Built on first use, once per process: it cannot change while the generator is loaded.</summary>
    public static SpecDocument Document => Holder.Value;

    private static SpecDocument Create(GroupSpec[] groups, FlagSpec[] flags, CodeSpec[] codes)
        => new(Path, null, groups.ToEquatableArray(), flags.ToEquatableArray(), codes.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);

    private static GroupSpec Group(string key, StatusGroupKind kind, EquatableArray<LocatedText> title, EquatableArray<LocatedText> description)
        => new(At(key), kind, title, description);

    private static FlagSpec Flag(string name, EquatableArray<LocatedText> title, EquatableArray<LocatedText> description, string? source)
        => new(At(name), null, title, description, source);

    private static CodeSpec Code(
        int code,
        string? name,
        Registration? registration,
        EquatableArray<LocatedText> title,
        EquatableArray<LocatedText> description,
        ReferenceSpec? reference,
        params string[] flags)
        => new(
            SourceSpan.Empty,
            At(code),
            name is null ? null : At(name),
            null,
            registration is { } value ? At(value) : null,
            title,
            description,
            reference,
            flags.Select(At).ToEquatableArray(),
            EquatableArray<Located<string>>.Empty);

    /// <summary>The code with its aliases, in the order the file gives them: alias, source, alias, source, ...</summary>
    private static CodeSpec Aliased(CodeSpec code, params string[] aliasesAndSources)
        => code with
        {
            Aliases = Enumerable.Range(0, aliasesAndSources.Length / 2)
                .Select(i => new AliasSpec(At(aliasesAndSources[2 * i]), aliasesAndSources[(2 * i) + 1]))
                .ToEquatableArray(),
        };

    private static ReferenceSpec Reference(string? document, string? section, string? url)
        => new(document, section, url is null ? null : At(url));

    /// <summary>Texts by language, in the order the file gives them: language, text, language, text, ...</summary>
    private static EquatableArray<LocatedText> Texts(params string[] languagesAndTexts)
        => Enumerable.Range(0, languagesAndTexts.Length / 2)
            .Select(i => new LocatedText(languagesAndTexts[2 * i], languagesAndTexts[(2 * i) + 1], SourceSpan.Empty))
            .ToEquatableArray();

    private static Located<T> At<T>(T value) => new(value, SourceSpan.Empty);

    /// <summary>Holds the document, so that naming <see cref="Path"/> builds nothing.</summary>
    private static class Holder
    {
        public static readonly SpecDocument Value = Create();
    }
}
