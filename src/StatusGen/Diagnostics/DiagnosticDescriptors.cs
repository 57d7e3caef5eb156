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

    /// <summary>STG0002: <c>{0}</c> = the key.</summary>
    public static readonly DiagnosticDescriptor IntegerExpected = Error(
        "STG0002", "Value is not an integer", "'{0}' must be an integer, written in digits without quotes");

    /// <summary>STG0003: <c>{0}</c> = the code.</summary>
    public static readonly DiagnosticDescriptor CodeOutOfRange = Error(
        "STG0003", "Status code out of range", "Status code {0} is outside the range 100-599");

    /// <summary>STG0004: <c>{0}</c> = the code, <c>{1}</c> = the other place it is defined.</summary>
    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "STG0004", "Status code defined twice", "Status code {0} is defined more than once (also at {1}); neither definition is used");

    /// <summary>STG0005: <c>{0}</c> = the group as written, <c>{1}</c> = the code, <c>{2}</c> = the code's group, <c>{3}</c> = its class (4xx).</summary>
    public static readonly DiagnosticDescriptor GroupMismatch = Error(
        "STG0005", "Group does not match the status code", "Group '{0}' does not match status code {1}, which is in group {2} ({3})");

    /// <summary>STG0006: <c>{0}</c> = the name.</summary>
    public static readonly DiagnosticDescriptor NameNotIdentifier = Error(
        "STG0006", "Name is not a C# identifier", "'{0}' cannot be used as a name: it is not a valid C# identifier");

    /// <summary>STG0007: <c>{0}</c> = the code, <c>{1}</c> = the English title.</summary>
    public static readonly DiagnosticDescriptor NameRequired = Error(
        "STG0007", "Name required", "Status code {0}: no C# name can be derived from the title '{1}'; give one with 'name:'");

    /// <summary>STG0008: <c>{0}</c> = the name.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Error(
        "STG0008", "Reserved name", "'{0}' is the name of a member of the generated types and cannot name a status code or flag");

    /// <summary>STG0009: <c>{0}</c> = the name, <c>{1}</c> = the status code that has it.</summary>
    public static readonly DiagnosticDescriptor NameUsedByCode = Error(
        "STG0009", "Name already used by a status code", "The name '{0}' is already used by status code {1}");

    /// <summary>STG0010: <c>{0}</c> = the code.</summary>
    public static readonly DiagnosticDescriptor MissingEnglishTitle = Error(
        "STG0010", "English title required", "Status code {0} is not in the catalog it extends, so it needs an English title ('title: {{ en: ... }}')");

    /// <summary>STG0011: <c>{0}</c> = the code, <c>{1}</c> = the field (title or description).</summary>
    public static readonly DiagnosticDescriptor MissingKorean = Warning(
        "STG0011", "Korean text missing", "Status code {0} has no Korean {1}; the English text is used instead");

    /// <summary>STG0012: <c>{0}</c> = the flag.</summary>
    public static readonly DiagnosticDescriptor UnknownFlag = Warning(
        "STG0012", "Unknown flag", "Unknown flag '{0}' is ignored");

    /// <summary>STG0013: <c>{0}</c> = the key, <c>{1}</c> = the keys allowed there.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "STG0013", "Unknown key", "Unknown key '{0}' is ignored; expected one of: {1}");

    /// <summary>STG0014: <c>{0}</c> = the version as written.</summary>
    public static readonly DiagnosticDescriptor UnsupportedVersion = Error(
        "STG0014", "Unsupported spec version", "Spec version '{0}' is not supported; this StatusGen reads 'version: 1' (the number 1, without quotes)");

    /// <summary>STG0015: no arguments.</summary>
    public static readonly DiagnosticDescriptor ExtendsDisagreement = Warning(
        "STG0015", "Spec files disagree on 'extends'", "This file says 'extends: none' but another spec file says 'extends: standard'; the standard catalog is kept");

    /// <summary>STG0016: <c>{0}</c> = the key, <c>{1}</c> = the value, <c>{2}</c> = the values allowed.</summary>
    public static readonly DiagnosticDescriptor ValueNotAllowed = Error(
        "STG0016", "Value not allowed", "'{1}' is not a valid value for '{0}'; use one of: {2}");

    /// <summary>STG0017: <c>{0}</c> = the key, <c>{1}</c> = where it is first given.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "STG0017", "Key given twice", "The key '{0}' is given more than once in this mapping (first at {1}); this one is ignored");

    /// <summary>STG0018: <c>{0}</c> = the project's language version.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "STG0018", "C# 8 or later required", "StatusGen generates code that needs C# 8 or later, but the project uses C# {0}; set <LangVersion>8</LangVersion> or later");

    /// <summary>STG0019: <c>{0}</c> = the file's length, <c>{1}</c> = the limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "STG0019", "Spec file too large", "The spec file has {0} characters, more than the limit of {1}; the file is ignored");

    /// <summary>STG0020: <c>{0}</c> = the value of StatusGenNamespace, <c>{1}</c> = the namespace used instead.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Warning(
        "STG0020", "Invalid StatusGenNamespace", "StatusGenNamespace '{0}' is not a valid C# namespace; the namespace '{1}' is used");

    /// <summary>STG0021: no arguments.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "STG0021", "Spec file is not valid UTF-8", "The spec file is not valid UTF-8: bytes that cannot be decoded were replaced by U+FFFD; save the file as UTF-8");

    /// <summary>STG0022: no arguments.</summary>
    public static readonly DiagnosticDescriptor AliasNotSupported = Error(
        "STG0022", "YAML aliases are not supported", "YAML aliases (*name) are not supported in status code specs; write the value out");

    /// <summary>STG0023: <c>{0}</c> = the code, <c>{1}</c> = its other flags.</summary>
    public static readonly DiagnosticDescriptor UnusedWithOtherFlags = Error(
        "STG0023", "Flag 'unused' combined with other flags", "Status code {0}: 'unused' cannot be combined with other flags ({1}); its flags are left as they were before this entry");

    /// <summary>STG0024: no arguments.</summary>
    public static readonly DiagnosticDescriptor MissingVersion = Warning(
        "STG0024", "Spec version missing", "The spec file has no 'version:'; 'version: 1' is assumed");

    /// <summary>STG0025: <c>{0}</c> = the exception's type, <c>{1}</c> = its message.</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "STG0025", "StatusGen failed on a spec file", "StatusGen failed on this spec file ({0}: {1}) and ignores it; please report a bug with the file attached");

    /// <summary>STG0026: no arguments.</summary>
    public static readonly DiagnosticDescriptor NulCharacter = Error(
        "STG0026", "NUL character in the spec file", "The spec file contains a NUL character (U+0000), which YAML does not allow, and is ignored; inside a double-quoted text write it as \\0");

    /// <summary>STG0027: no arguments.</summary>
    public static readonly DiagnosticDescriptor KeyNotText = Error(
        "STG0027", "Key is not a text", "A key must be a text, not empty, a list or a mapping; this entry is ignored");

    /// <summary>STG0028: <c>{0}</c> = the key.</summary>
    public static readonly DiagnosticDescriptor TextExpected = Error(
        "STG0028", "Value is not a text", "'{0}' must be a text, not empty, a list or a mapping");

    /// <summary>STG0029: <c>{0}</c> = the key.</summary>
    public static readonly DiagnosticDescriptor MappingExpected = Error(
        "STG0029", "Value is not a mapping", "'{0}' must be a mapping of keys to values");

    /// <summary>STG0030: <c>{0}</c> = the key.</summary>
    public static readonly DiagnosticDescriptor ListExpected = Error(
        "STG0030", "Value is not a list", "'{0}' must be a list");

    /// <summary>STG0031: no arguments.</summary>
    public static readonly DiagnosticDescriptor DocumentNotMapping = Error(
        "STG0031", "Spec document is not a mapping", "The spec document must be a mapping of keys (version, extends, groups, flags, codes) to values; the file is ignored");

    /// <summary>STG0032: no arguments.</summary>
    public static readonly DiagnosticDescriptor CodeEntryNotMapping = Error(
        "STG0032", "Entry under 'codes' is not a mapping", "Each entry under 'codes' must be a mapping of keys to values, such as '- code: 404'; this entry is ignored");

    /// <summary>STG0033: no arguments.</summary>
    public static readonly DiagnosticDescriptor MissingCode = Error(
        "STG0033", "Entry without 'code'", "This entry under 'codes' has no 'code' and is ignored");

    /// <summary>STG0034: no arguments.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = Error(
        "STG0034", "Spec file cannot be read", "The spec file could not be read and is ignored");

    /// <summary>STG0035: <c>{0}</c> = the encoding the compiler used (its web name, e.g. windows-1252).</summary>
    public static readonly DiagnosticDescriptor ReadWithOtherEncoding = Error(
        "STG0035", "Spec file read in another encoding", "The compiler read the spec file as {0}, not UTF-8 (the file is not valid UTF-8, or the project sets a CodePage), so its text may differ from what was written; save it as UTF-8, with a byte order mark if the project sets a CodePage");

    /// <summary>STG0036: <c>{0}</c> = the group as written.</summary>
    public static readonly DiagnosticDescriptor InvalidGroup = Error(
        "STG0036", "Unknown status group", "'{0}' is not a status group; use informational, success, redirection, client-error or server-error (or ClientError, 4xx, ...)");

    /// <summary>STG0037: <c>{0}</c> = the flag name, <c>{1}</c> = the longest a flag name may be.</summary>
    public static readonly DiagnosticDescriptor InvalidFlagName = Error(
        "STG0037", "Invalid flag name", "'{0}' is not a valid flag name: flag names are kebab case (lower-case letters and digits in words joined by '-') and at most {1} characters long; the flag is ignored");

    /// <summary>STG0038: <c>{0}</c> = the language key, <c>{1}</c> = the key of the language map, <c>{2}</c> = the longest a tag may be.</summary>
    public static readonly DiagnosticDescriptor InvalidLanguageTag = Error(
        "STG0038", "Invalid language tag", "'{0}' in '{1}' is not a language tag such as 'en', 'ko' or 'zh-Hant' (at most {2} characters); the text is ignored");

    /// <summary>STG0039: <c>{0}</c> = the URL as written.</summary>
    public static readonly DiagnosticDescriptor InvalidUrl = Error(
        "STG0039", "Invalid reference URL", "'{0}' is not an absolute http or https address without spaces, quotes or angle brackets; the reference is kept without a link");

    /// <summary>STG0040: <c>{0}</c> = the standard flag, <c>{1}</c> = its HttpStatus property, <c>{2}</c> = the property as written.</summary>
    public static readonly DiagnosticDescriptor StandardFlagProperty = Error(
        "STG0040", "Property given for a standard flag", "The standard flag '{0}' is always tested by HttpStatus.{1}; its 'property: {2}' is ignored");

    /// <summary>STG0041: <c>{0}</c> = the flag, <c>{1}</c> = where it is already declared.</summary>
    public static readonly DiagnosticDescriptor DuplicateFlag = Error(
        "STG0041", "Flag declared twice", "The flag '{0}' is already declared at {1}; this declaration is ignored");

    /// <summary>STG0042: <c>{0}</c> = the deepest nesting allowed.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "STG0042", "Spec file nested too deeply", "Mappings and lists are nested deeper than the limit of {0} levels here; the file is ignored");

    /// <summary>STG0043: <c>{0}</c> = the text's length, <c>{1}</c> = the limit.</summary>
    public static readonly DiagnosticDescriptor TextTooLong = Error(
        "STG0043", "Text too long", "This text has {0} characters, more than the limit of {1}; it is cut to {1} characters");

    /// <summary>STG0044: <c>{0}</c> = the key of the list or mapping, <c>{1}</c> = the most entries it may have.</summary>
    public static readonly DiagnosticDescriptor TooManyEntries = Error(
        "STG0044", "Too many entries", "'{0}' has more than {1} entries; the rest are ignored");

    /// <summary>STG0045: <c>{0}</c> = the most flags a catalog may have, <c>{1}</c> = the flag that is ignored.</summary>
    public static readonly DiagnosticDescriptor TooManyFlags = Error(
        "STG0045", "Too many flags", "The catalog cannot have more than {0} flags; the flag '{1}' is ignored");

    /// <summary>STG0046: <c>{0}</c> = the most languages a catalog may have, <c>{1}</c> = the language that is ignored.</summary>
    public static readonly DiagnosticDescriptor TooManyLanguages = Error(
        "STG0046", "Too many languages", "The catalog cannot have texts in more than {0} languages; the text in '{1}' is ignored");

    /// <summary>STG0047: <c>{0}</c> = the most problems reported for one file.</summary>
    public static readonly DiagnosticDescriptor TooManyProblems = Error(
        "STG0047", "Too many problems in one file", "More than {0} problems were found in this file; the rest are not reported");

    /// <summary>STG0048: <c>{0}</c> = the name, <c>{1}</c> = the first character outside ASCII, as hex digits after "U+".</summary>
    public static readonly DiagnosticDescriptor NameNotAscii = Error(
        "STG0048", "Name is not ASCII", "'{0}' cannot be used as a name: it contains U+{1}, and names use only ASCII letters, digits and '_'");

    /// <summary>STG0049: <c>{0}</c> = the name.</summary>
    public static readonly DiagnosticDescriptor NameIsKeyword = Error(
        "STG0049", "Name is a C# keyword", "'{0}' cannot be used as a name: it is a C# keyword");

    /// <summary>STG0050: <c>{0}</c> = the name, <c>{1}</c> = the flag whose property has it.</summary>
    public static readonly DiagnosticDescriptor NameUsedByFlagProperty = Error(
        "STG0050", "Name already used by a flag property", "The name '{0}' is already used by the property of the flag '{1}'");

    /// <summary>STG0051: <c>{0}</c> = the flag, <c>{1}</c> = the known flag it is a near miss of.</summary>
    public static readonly DiagnosticDescriptor UnknownFlagWithSuggestion = Warning(
        "STG0051", "Unknown flag, close to a known one", "Unknown flag '{0}' is ignored; did you mean '{1}'?");

    /// <summary>STG0052: <c>{0}</c> = the code, <c>{1}</c> = the redirect flag.</summary>
    public static readonly DiagnosticDescriptor RedirectFlagOutside3xx = Error(
        "STG0052", "Redirect flag on a code that is not a redirect", "Status code {0}: '{1}' describes a redirect and applies to 3xx codes only; its flags are left as they were before this entry");

    /// <summary>STG0053: <c>{0}</c> = the code, <c>{1}</c> = the redirect flag.</summary>
    public static readonly DiagnosticDescriptor RedirectFlagWithoutLocation = Error(
        "STG0053", "Redirect flag without 'location'", "Status code {0}: '{1}' describes a redirect to the URI in the Location header, so it needs the flag 'location' too; its flags are left as they were before this entry");

    /// <summary>STG0054: <c>{0}</c> = the value of StatusGenAccessibility.</summary>
    public static readonly DiagnosticDescriptor InvalidAccessibility = Warning(
        "STG0054", "Invalid StatusGenAccessibility", "StatusGenAccessibility '{0}' is neither 'internal' nor 'public'; 'internal' is used");

    /// <summary>STG0055: <c>{0}</c> = the entry of StatusGenDocLanguages that is not a language tag.</summary>
    public static readonly DiagnosticDescriptor InvalidDocLanguage = Warning(
        "STG0055", "Invalid language in StatusGenDocLanguages", "StatusGenDocLanguages lists '{0}', which is not a language tag such as 'ko' or 'en'; it is skipped");

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
