using Microsoft.CodeAnalysis;

namespace StatusGen.Diagnostics;

/// <summary>
/// Every diagnostic StatusGen reports. Ids are stable (users suppress them by id); new ones are appended and listed
/// in AnalyzerReleases.Unshipped.md. Each is reported at the line and column of the spec file it is about.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "StatusGen";

    /// <summary>STG0001: <c>{0}</c> = the YAML parser's message.</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "STG0001", "Invalid YAML", "The status code spec is not valid YAML: {0}");

    /// <summary>STG0002: <c>{0}</c> = the key, <c>{1}</c> = what it must be (e.g. "an integer").</summary>
    public static readonly DiagnosticDescriptor WrongType = Error(
        "STG0002", "Value has the wrong type", "'{0}' must be {1}");

    /// <summary>STG0003: <c>{0}</c> = the code.</summary>
    public static readonly DiagnosticDescriptor CodeOutOfRange = Error(
        "STG0003", "Status code out of range", "Status code {0} is outside the range 100-599");

    /// <summary>STG0004: <c>{0}</c> = the code, <c>{1}</c> = the other place it is defined.</summary>
    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "STG0004", "Status code defined twice", "Status code {0} is defined more than once (also at {1}); neither definition is used");

    /// <summary>STG0005: <c>{0}</c> = the group as written, <c>{1}</c> = the code, <c>{2}</c> = the code's group.</summary>
    public static readonly DiagnosticDescriptor GroupMismatch = Error(
        "STG0005", "Group does not match the status code", "Group '{0}' does not match status code {1}, which is in group {2}");

    /// <summary>STG0006: <c>{0}</c> = the name, <c>{1}</c> = why it is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidName = Error(
        "STG0006", "Invalid name", "'{0}' cannot be used as a name: {1}");

    /// <summary>STG0007: <c>{0}</c> = the code, <c>{1}</c> = the English title.</summary>
    public static readonly DiagnosticDescriptor NameRequired = Error(
        "STG0007", "Name required", "Status code {0}: no C# name can be derived from the title '{1}'; give one with 'name:'");

    /// <summary>STG0008: <c>{0}</c> = the name.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Error(
        "STG0008", "Reserved name", "'{0}' is the name of a member of the generated types and cannot name a status code or flag");

    /// <summary>STG0009: <c>{0}</c> = the name, <c>{1}</c> = what already uses it.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "STG0009", "Name already used", "The name '{0}' is already used by {1}");

    /// <summary>STG0010: <c>{0}</c> = the code.</summary>
    public static readonly DiagnosticDescriptor MissingEnglishTitle = Error(
        "STG0010", "English title required", "Status code {0} is not in the catalog it extends, so it needs an English title ('title: {{ en: ... }}')");

    /// <summary>STG0011: <c>{0}</c> = the code, <c>{1}</c> = the field (title or description).</summary>
    public static readonly DiagnosticDescriptor MissingKorean = Warning(
        "STG0011", "Korean text missing", "Status code {0} has no Korean {1}; the English text is used instead");

    /// <summary>STG0012: <c>{0}</c> = the flag, <c>{1}</c> = a suggestion sentence or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownFlag = Warning(
        "STG0012", "Unknown flag", "Unknown flag '{0}' is ignored{1}");

    /// <summary>STG0013: <c>{0}</c> = the key, <c>{1}</c> = where, <c>{2}</c> = the keys allowed there.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "STG0013", "Unknown key", "Unknown key '{0}' in {1} is ignored; expected one of: {2}");

    /// <summary>STG0014: <c>{0}</c> = the version as written.</summary>
    public static readonly DiagnosticDescriptor UnsupportedVersion = Error(
        "STG0014", "Unsupported spec version", "Spec version '{0}' is not supported; this StatusGen reads 'version: 1'");

    /// <summary>STG0015: no arguments.</summary>
    public static readonly DiagnosticDescriptor ExtendsDisagreement = Warning(
        "STG0015", "Spec files disagree on 'extends'", "This file says 'extends: none' but another spec file says 'extends: standard'; the standard catalog is kept");

    /// <summary>STG0016: <c>{0}</c> = the key, <c>{1}</c> = the value, <c>{2}</c> = what is allowed.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "STG0016", "Invalid value", "'{1}' is not a valid value for '{0}': {2}");

    /// <summary>STG0017: <c>{0}</c> = what is duplicated, <c>{1}</c> = the other place.</summary>
    public static readonly DiagnosticDescriptor DuplicateDefinition = Error(
        "STG0017", "Defined twice", "{0} is defined more than once (also at {1})");

    /// <summary>STG0018: <c>{0}</c> = the project's language version.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "STG0018", "C# 8 or later required", "StatusGen generates code that needs C# 8 or later, but the project uses C# {0}; set <LangVersion>8</LangVersion> or later");

    /// <summary>STG0019: <c>{0}</c> = what is too large, <c>{1}</c> = the limit, <c>{2}</c> = what happens instead (e.g. "the file is ignored").</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = Error(
        "STG0019", "Spec file exceeds a limit", "{0} exceeds the limit of {1}; {2}");

    /// <summary>STG0020: <c>{0}</c> = the MSBuild property, <c>{1}</c> = its value, <c>{2}</c> = what is used instead.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Warning(
        "STG0020", "Invalid StatusGen setting", "MSBuild property {0} has the invalid value '{1}'; {2}");

    /// <summary>STG0021: <c>{0}</c> = the reason.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "STG0021", "Spec file cannot be read", "The status code spec cannot be read: {0}");

    /// <summary>STG0022: no arguments.</summary>
    public static readonly DiagnosticDescriptor AliasNotSupported = Error(
        "STG0022", "YAML aliases are not supported", "YAML aliases (*name) are not supported in status code specs; write the value out");

    /// <summary>STG0023: <c>{0}</c> = the code, <c>{1}</c> = the conflict.</summary>
    public static readonly DiagnosticDescriptor ContradictoryFlags = Error(
        "STG0023", "Contradictory flags", "Status code {0}: {1}; its flags are left as they were before this entry");

    /// <summary>STG0024: no arguments.</summary>
    public static readonly DiagnosticDescriptor MissingVersion = Warning(
        "STG0024", "Spec version missing", "The spec file has no 'version:'; 'version: 1' is assumed");

    /// <summary>STG0026: no arguments. (Numbered after the diagnostics table's split; see AnalyzerReleases.)</summary>
    public static readonly DiagnosticDescriptor FurtherDocument = Error(
        "STG0026", "Second YAML document in a spec file", "A spec file holds one YAML document: this '---' starts a second one, which is not read; move its content into the first document or into a file of its own");

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    // Endpoint unions ([StatusUnion]): C# usage.
    // Reported at the attribute argument (or the attribute) in the C# file, so #pragma and .editorconfig apply.

    /// <summary>STG0100: <c>{0}</c> = the code or name as written.</summary>
    public static readonly DiagnosticDescriptor UnionCodeNotInCatalog = Error(
        "STG0100", "Status code not in the catalog", "[StatusUnion] lists {0}, which the status code catalog does not define; the union has no case for it");

    /// <summary>STG0101: <c>{0}</c> = the code.</summary>
    public static readonly DiagnosticDescriptor UnionCodeListedTwice = Warning(
        "STG0101", "Status code listed twice", "[StatusUnion] lists status code {0} more than once; the union has one case for it");

    /// <summary>STG0102: <c>{0}</c> = the code, <c>{1}</c> = why it has no case.</summary>
    public static readonly DiagnosticDescriptor UnionCodeHasNoCase = Error(
        "STG0102", "Status code cannot be a case", "Status code {0} cannot be a case of a result type: {1}");

    /// <summary>STG0103: <c>{0}</c> = the code, <c>{1}</c> = the case name.</summary>
    public static readonly DiagnosticDescriptor UnionContentWithoutValueType = Error(
        "STG0103", "Content case without a value type", "Status code {0} ({1}) carries content, but [StatusUnion] names no value type; write [StatusUnion(typeof(T), ...)] or leave the code out");

    /// <summary>STG0104: <c>{0}</c> = the value type.</summary>
    public static readonly DiagnosticDescriptor UnionValueTypeWithoutContent = Warning(
        "STG0104", "Value type without a content case", "[StatusUnion] names the value type {0}, but none of its codes carries content; the type is used only by ToStatusResult and TryFrom");

    /// <summary>STG0105: <c>{0}</c> = the class.</summary>
    public static readonly DiagnosticDescriptor UnionNotPartial = Error(
        "STG0105", "Union class is not partial", "The [StatusUnion] class '{0}' must be declared partial; nothing is generated for it");

    /// <summary>STG0106: <c>{0}</c> = the class.</summary>
    public static readonly DiagnosticDescriptor UnionStatic = Error(
        "STG0106", "Union class is static", "The [StatusUnion] class '{0}' cannot be static; nothing is generated for it");

    /// <summary>STG0107: <c>{0}</c> = the class.</summary>
    public static readonly DiagnosticDescriptor UnionGeneric = Error(
        "STG0107", "Union class is generic", "The [StatusUnion] class '{0}' cannot be generic (its value type is the attribute's typeof); nothing is generated for it");

    /// <summary>STG0108: <c>{0}</c> = the class, <c>{1}</c> = its base class.</summary>
    public static readonly DiagnosticDescriptor UnionHasBaseClass = Error(
        "STG0108", "Union class has a base class", "The [StatusUnion] class '{0}' cannot derive from '{1}': the union is the base of its cases; nothing is generated for it");

    /// <summary>STG0109: <c>{0}</c> = the class, <c>{1}</c> = the containing type.</summary>
    public static readonly DiagnosticDescriptor UnionInNonPartialType = Error(
        "STG0109", "Union class is nested in a type that is not partial", "The [StatusUnion] class '{0}' is nested in '{1}', which must be partial too; nothing is generated for it");

    /// <summary>STG0110: <c>{0}</c> = the class.</summary>
    public static readonly DiagnosticDescriptor UnionWithoutCodes = Error(
        "STG0110", "Union without codes", "[StatusUnion] on '{0}' lists no status code; nothing is generated for it");

    /// <summary>STG0111: <c>{0}</c> = the case name, <c>{1}</c> = the code, <c>{2}</c> = what it collides with.</summary>
    public static readonly DiagnosticDescriptor UnionCaseNameCollides = Error(
        "STG0111", "Case name collides with a member", "The case '{0}' of status code {1} has the name of {2}; the union has no case for it");

    /// <summary>STG0112: <c>{0}</c> = the class.</summary>
    public static readonly DiagnosticDescriptor UnionMorePublicThanGeneratedTypes = Error(
        "STG0112", "Public union over internal generated types", "The [StatusUnion] class '{0}' is public, but the generated StatusGen types are internal; make it internal or set <StatusGenAccessibility>public</StatusGenAccessibility>; nothing is generated for it");

    /// <summary>STG0113: <c>{0}</c> = the argument as written.</summary>
    public static readonly DiagnosticDescriptor UnionCodeNotConstant = Error(
        "STG0113", "Status code argument not understood", "'{0}' is not a status code: write a number or an HttpStatusCodes constant (HttpStatusCodes.NotFound)");
}
