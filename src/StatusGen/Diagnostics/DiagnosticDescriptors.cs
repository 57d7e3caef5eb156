using Microsoft.CodeAnalysis;

namespace StatusGen.Diagnostics;

/// <summary>
/// Every diagnostic StatusGen reports: one descriptor per condition, whose message format carries the sentence and
/// whose arguments are only values (names, numbers, values quoted from the file, positions). Ids are stable (users
/// suppress them by id): a new condition gets a new id after the last one, listed in AnalyzerReleases.Unshipped.md, and
/// a section of docs/diagnostics.md, which <see cref="DiagnosticDescriptor.HelpLinkUri"/> points to. Spec-file
/// diagnostics are reported at the line and column of the file they are about; tests/StatusGen.Tests/
/// DiagnosticDescriptorTableTests.cs checks the table, the release files and the docs agree. Each is a plain
/// <c>new DiagnosticDescriptor(...)</c> of constants, so the release tracking analyzer checks its category and severity
/// against AnalyzerReleases.*.md (it does not follow a severity passed through a helper method).
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>
    /// Where each descriptor's help link points, followed by <c>#</c> and the id in lower case (the anchor of its
    /// section). The repository has no public URL yet: this is the one place to change when it has one.
    /// </summary>
    public const string HelpLinkBase = "https://github.com/statusgen/statusgen/blob/main/docs/diagnostics.md";

    /// <summary>The category of diagnostics about a spec file (status-codes.yaml): its YAML, values, names and limits.</summary>
    public const string SpecCategory = "StatusGen.Catalog";

    /// <summary>The category of diagnostics about the project's settings: StatusGen's MSBuild properties and the C# language version.</summary>
    public const string SettingsCategory = "StatusGen.Settings";

    /// <summary>The category of diagnostics about how C# code uses the generated types and HTTP status codes.</summary>
    public const string UsageCategory = "StatusGen.Usage";

    /// <summary>STG0001 (error, spec file): "The spec file is not valid YAML: {0}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the YAML parser's message.</remarks>
    public static readonly DiagnosticDescriptor InvalidYaml = new(
        id: "STG0001",
        title: "Invalid YAML",
        messageFormat: "The spec file is not valid YAML: {0}",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The spec file could not be parsed as YAML, for example because a quoted text is not closed or a line is indented inconsistently. The file is ignored; the parser's message and the location say where reading stopped.",
        helpLinkUri: HelpLinkBase + "#stg0001");

    /// <summary>STG0002 (error, spec file): "'{0}' must be an integer, written in digits without quotes".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key.</remarks>
    public static readonly DiagnosticDescriptor IntegerExpected = new(
        id: "STG0002",
        title: "Value is not an integer",
        messageFormat: "'{0}' must be an integer, written in digits without quotes",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key that takes a number, such as 'code' or 'version', has a value that is not a plain number: text, a quoted number (\"404\" is text in YAML), a list or a mapping. The value is ignored; an entry without a valid 'code' is ignored as a whole.",
        helpLinkUri: HelpLinkBase + "#stg0002");

    /// <summary>STG0003 (error, spec file): "Status code {0} is outside the range 100-599".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor CodeOutOfRange = new(
        id: "STG0003",
        title: "Status code out of range",
        messageFormat: "Status code {0} is outside the range 100-599",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "HTTP status codes are three-digit numbers from 100 to 599. An entry with a code outside that range is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0003");

    /// <summary>STG0004 (error, spec file): "Status code {0} is defined more than once (also at {1}); neither definition is used".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = another place it is defined, as path(line,column).</remarks>
    public static readonly DiagnosticDescriptor DuplicateCode = new(
        id: "STG0004",
        title: "Status code defined twice",
        messageFormat: "Status code {0} is defined more than once (also at {1}); neither definition is used",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Two user entries, in one spec file or in two, give the same status code. Which one should win is not clear, so the diagnostic is reported at each and neither is used; the standard catalog's definition, if any, stays.",
        helpLinkUri: HelpLinkBase + "#stg0004");

    /// <summary>STG0005 (error, spec file): "Group '{0}' does not match status code {1}, which is in group {2} ({3})".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the group as written, <c>{1}</c> = the code, <c>{2}</c> = the code's group, <c>{3}</c> = its class (e.g. 4xx).</remarks>
    public static readonly DiagnosticDescriptor GroupMismatch = new(
        id: "STG0005",
        title: "Group does not match the status code",
        messageFormat: "Group '{0}' does not match status code {1}, which is in group {2} ({3})",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The group of a status code follows from its first digit: 4xx codes are client errors, 5xx codes server errors, and so on. An entry whose 'group' says otherwise is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0005");

    /// <summary>STG0006 (error, spec file): "'{0}' cannot be used as a name: it is not a valid C# identifier".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name.</remarks>
    public static readonly DiagnosticDescriptor NameNotIdentifier = new(
        id: "STG0006",
        title: "Name is not a C# identifier",
        messageFormat: "'{0}' cannot be used as a name: it is not a valid C# identifier",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A status code's 'name' or a flag's 'property' becomes a C# member name, so it must be an identifier: a letter or '_' followed by letters, digits or '_'. Names are never rewritten: a new code or a flag with such a name is ignored, an override keeps the code's name.",
        helpLinkUri: HelpLinkBase + "#stg0006");

    /// <summary>STG0007 (error, spec file): "Status code {0}: no C# name can be derived from the title '{1}'; give one with 'name:'".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = the English title.</remarks>
    public static readonly DiagnosticDescriptor NameRequired = new(
        id: "STG0007",
        title: "Name required",
        messageFormat: "Status code {0}: no C# name can be derived from the title '{1}'; give one with 'name:'",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A new code without 'name' gets its C# name from its English title, in Pascal case. When that yields no usable name (the title starts with a digit, or gives a reserved name), the entry needs an explicit 'name' and is ignored until it has one.",
        helpLinkUri: HelpLinkBase + "#stg0007");

    /// <summary>STG0008 (error, spec file): "'{0}' is the name of a member of the generated types and cannot name a status code or flag".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name.</remarks>
    public static readonly DiagnosticDescriptor ReservedName = new(
        id: "STG0008",
        title: "Reserved name",
        messageFormat: "'{0}' is the name of a member of the generated types and cannot name a status code or flag",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Status codes and flag properties become members of HttpStatus, HttpStatusCodes and StatusResult<T>, beside members such as Code, Name, All and Match. A name that would collide with one of those is refused: a new code or a flag with it is ignored, an override keeps the code's name.",
        helpLinkUri: HelpLinkBase + "#stg0008");

    /// <summary>STG0009 (error, spec file): "The name '{0}' is already used by status code {1}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name, <c>{1}</c> = the status code that has it.</remarks>
    public static readonly DiagnosticDescriptor NameUsedByCode = new(
        id: "STG0009",
        title: "Name already used by a status code",
        messageFormat: "The name '{0}' is already used by status code {1}",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each status code and flag property needs its own C# name, and this one is already the name of another status code. The entry or flag that comes later is ignored (an override keeps the code's old name).",
        helpLinkUri: HelpLinkBase + "#stg0009");

    /// <summary>STG0010 (error, spec file): "Status code {0} is not in the catalog it extends, so it needs an English title: give 'en' under 'title'".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor MissingEnglishTitle = new(
        id: "STG0010",
        title: "English title required",
        messageFormat: "Status code {0} is not in the catalog it extends, so it needs an English title: give 'en' under 'title'",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A code that is new to the catalog needs an English title: it is the reason phrase and the source of the code's C# name. Under 'extends: none' every code is new. The entry is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0010");

    /// <summary>STG0011 (warning, spec file): "Status code {0} has no {1} in '{2}', a language StatusGenDocLanguages asks for; the English text is used instead".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = the key without the text ('title' or 'description'), <c>{2}</c> = the requested language.</remarks>
    public static readonly DiagnosticDescriptor MissingTranslation = new(
        id: "STG0011",
        title: "Translation missing",
        messageFormat: "Status code {0} has no {1} in '{2}', a language StatusGenDocLanguages asks for; the English text is used instead",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generated documentation is written in the languages of StatusGenDocLanguages (Korean and English by default). A new code without a title or description in one of them, other than English, falls back to English there. Only the languages the project asks for are checked; a language that no text of the catalog is in gets one STG0060 instead.",
        helpLinkUri: HelpLinkBase + "#stg0011");

    /// <summary>STG0012 (warning, spec file): "Unknown flag '{0}' is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the flag.</remarks>
    public static readonly DiagnosticDescriptor UnknownFlag = new(
        id: "STG0012",
        title: "Unknown flag",
        messageFormat: "Unknown flag '{0}' is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A 'flags' or 'remove-flags' list names a flag that is neither one of the standard flags nor declared under 'flags' in any spec file, and no known flag is close to it. The name is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0012");

    /// <summary>STG0013 (warning, spec file): "Unknown key '{0}' is ignored; expected one of: {1}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key, <c>{1}</c> = the keys allowed in that mapping.</remarks>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        id: "STG0013",
        title: "Unknown key",
        messageFormat: "Unknown key '{0}' is ignored; expected one of: {1}",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A mapping of the spec file has a key the format does not define, often a misspelt one. The key and its value are ignored.",
        helpLinkUri: HelpLinkBase + "#stg0013");

    /// <summary>STG0014 (error, spec file): "Spec version '{0}' is not supported; this StatusGen reads 'version: 1' (the number 1, without quotes)".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the version as written.</remarks>
    public static readonly DiagnosticDescriptor UnsupportedVersion = new(
        id: "STG0014",
        title: "Unsupported spec version",
        messageFormat: "Spec version '{0}' is not supported; this StatusGen reads 'version: 1' (the number 1, without quotes)",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The 'version' key says which version of the spec format the file is written in, and this StatusGen reads version 1 only. The file is still read as version 1.",
        helpLinkUri: HelpLinkBase + "#stg0014");

    /// <summary>STG0015 (warning, spec file): "This file says 'extends: none' but another spec file says 'extends: standard'; the standard catalog is kept".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor ExtendsDisagreement = new(
        id: "STG0015",
        title: "Spec files disagree on 'extends'",
        messageFormat: "This file says 'extends: none' but another spec file says 'extends: standard'; the standard catalog is kept",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "All spec files of a project build one catalog, so they must agree on whether it starts from the standard codes. When one file says 'none' and another 'standard', the standard codes are kept.",
        helpLinkUri: HelpLinkBase + "#stg0015");

    /// <summary>STG0016 (error, spec file): "'{1}' is not a valid value for '{0}'; use one of: {2}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key, <c>{1}</c> = the value as written, <c>{2}</c> = the values allowed.</remarks>
    public static readonly DiagnosticDescriptor ValueNotAllowed = new(
        id: "STG0016",
        title: "Value not allowed",
        messageFormat: "'{1}' is not a valid value for '{0}'; use one of: {2}",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key that takes one of a fixed set of words, such as 'extends' or 'registration', has another value. The value is ignored and the default applies.",
        helpLinkUri: HelpLinkBase + "#stg0016");

    /// <summary>STG0017 (error, spec file): "The key '{0}' is given more than once in this mapping (first at {1}); this one is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key, <c>{1}</c> = where it is first given, as path(line,column).</remarks>
    public static readonly DiagnosticDescriptor DuplicateKey = new(
        id: "STG0017",
        title: "Key given twice",
        messageFormat: "The key '{0}' is given more than once in this mapping (first at {1}); this one is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A mapping has the same key twice. YAML does not allow it, and which value is meant is not clear: the first one is used and this one is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0017");

    /// <summary>STG0018 (error, project settings): "StatusGen generates code that needs C# 8 or later, but the project uses C# {0}; set &lt;LangVersion&gt;8&lt;/LangVersion&gt; or later".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the project's C# language version.</remarks>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        id: "STG0018",
        title: "C# 8 or later required",
        messageFormat: "StatusGen generates code that needs C# 8 or later, but the project uses C# {0}; set <LangVersion>8</LangVersion> or later",
        category: SettingsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated code uses C# 8 features. Projects that target netstandard2.0 or .NET Framework default to C# 7.3, so they must set LangVersion; until then nothing is generated.",
        helpLinkUri: HelpLinkBase + "#stg0018");

    /// <summary>STG0019 (error, spec file): "The spec file has {0} characters, more than the limit of {1}; the file is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the file's length in characters, <c>{1}</c> = the limit.</remarks>
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        id: "STG0019",
        title: "Spec file too large",
        messageFormat: "The spec file has {0} characters, more than the limit of {1}; the file is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Spec files are read on every keystroke in the IDE, so their size is bounded, far above what a real catalog needs. A larger file is not read at all.",
        helpLinkUri: HelpLinkBase + "#stg0019");

    /// <summary>STG0020 (warning, project settings): "StatusGenNamespace '{0}' is not a valid C# namespace; the namespace '{1}' is used".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the value of the MSBuild property StatusGenNamespace, <c>{1}</c> = the namespace used instead.</remarks>
    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        id: "STG0020",
        title: "Invalid StatusGenNamespace",
        messageFormat: "StatusGenNamespace '{0}' is not a valid C# namespace; the namespace '{1}' is used",
        category: SettingsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The MSBuild property StatusGenNamespace names the namespace of the generated types and must be C# identifiers joined by dots. With an invalid value the types are generated in the namespace StatusGen.",
        helpLinkUri: HelpLinkBase + "#stg0020");

    /// <summary>STG0021 (error, spec file): "The spec file is not valid UTF-8: bytes that cannot be decoded were replaced by U+FFFD; save the file as UTF-8".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        id: "STG0021",
        title: "Spec file is not valid UTF-8",
        messageFormat: "The spec file is not valid UTF-8: bytes that cannot be decoded were replaced by U+FFFD; save the file as UTF-8",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Spec files must be UTF-8. The compiler replaced bytes it could not decode with U+FFFD, so the file was most likely saved in another encoding (a literal U+FFFD is reported too: it cannot be told apart). Texts around it may read differently from what was written; the file is still read.",
        helpLinkUri: HelpLinkBase + "#stg0021");

    /// <summary>STG0022 (error, spec file): "YAML aliases (*name) are not supported in spec files; this one reads as empty, write the value out instead".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor AliasNotSupported = new(
        id: "STG0022",
        title: "YAML aliases are not supported",
        messageFormat: "YAML aliases (*name) are not supported in spec files; this one reads as empty, write the value out instead",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Aliases are refused rather than expanded, so that no spec file can grow exponentially when read (the 'billion laughs' attack). The alias reads as an empty value.",
        helpLinkUri: HelpLinkBase + "#stg0022");

    /// <summary>STG0023 (error, spec file): "Status code {0}: 'unused' cannot be combined with other flags ({1}); its flags are left as they were before this entry".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = its other flags.</remarks>
    public static readonly DiagnosticDescriptor UnusedWithOtherFlags = new(
        id: "STG0023",
        title: "Flag 'unused' combined with other flags",
        messageFormat: "Status code {0}: 'unused' cannot be combined with other flags ({1}); its flags are left as they were before this entry",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The flag 'unused' marks a code that carries no meaning at all, so no other flag can describe it. The entry's flag changes are not applied.",
        helpLinkUri: HelpLinkBase + "#stg0023");

    /// <summary>STG0024 (warning, spec file): "The spec file has no 'version:'; 'version: 1' is assumed".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor MissingVersion = new(
        id: "STG0024",
        title: "Spec version missing",
        messageFormat: "The spec file has no 'version:'; 'version: 1' is assumed",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A spec file should say which version of the format it is written in, so that a later StatusGen can read it as intended. Without 'version', version 1 is assumed.",
        helpLinkUri: HelpLinkBase + "#stg0024");

    /// <summary>STG0025 (error, spec file): "StatusGen failed on this spec file ({0}: {1}) and ignores it; please report a bug with the file attached".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the exception's type, <c>{1}</c> = its message.</remarks>
    public static readonly DiagnosticDescriptor InternalError = new(
        id: "STG0025",
        title: "StatusGen failed on a spec file",
        messageFormat: "StatusGen failed on this spec file ({0}: {1}) and ignores it; please report a bug with the file attached",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "StatusGen hit an unexpected exception while reading the spec file. This is a bug in StatusGen, not a problem of the file: the file is ignored so that the rest of the catalog still generates, and a bug report with the file attached lets it be fixed.",
        helpLinkUri: HelpLinkBase + "#stg0025");

    /// <summary>STG0026 (error, spec file): "This NUL character (U+0000) is not allowed in YAML, so the file is ignored; inside a double-quoted text write it as \0".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor NulCharacter = new(
        id: "STG0026",
        title: "NUL character in the spec file",
        messageFormat: "This NUL character (U+0000) is not allowed in YAML, so the file is ignored; inside a double-quoted text write it as \\0",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "YAML does not allow the NUL character, and the YAML parser would take it for the end of the file and drop everything after it without a word. The file is ignored instead.",
        helpLinkUri: HelpLinkBase + "#stg0026");

    /// <summary>STG0027 (error, spec file): "A key must be a text, not empty, a list or a mapping; this entry is ignored".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor KeyNotText = new(
        id: "STG0027",
        title: "Key is not a text",
        messageFormat: "A key must be a text, not empty, a list or a mapping; this entry is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every key of a spec file is a name such as 'code' or 'title', or a language tag or flag name. An entry whose key is empty (~), a list or a mapping is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0027");

    /// <summary>STG0028 (error, spec file): "'{0}' must be a text, not empty, a list or a mapping".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key; an item of a list is named by its place counted from 0, e.g. flags[2], a text of a language map by key and language, e.g. title.en.</remarks>
    public static readonly DiagnosticDescriptor TextExpected = new(
        id: "STG0028",
        title: "Value is not a text",
        messageFormat: "'{0}' must be a text, not empty, a list or a mapping",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key that takes a text, such as 'name', 'extends' or a language of a 'title', has an empty value, a list or a mapping. The value is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0028");

    /// <summary>STG0029 (error, spec file): "'{0}' must be a mapping of keys to values".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key.</remarks>
    public static readonly DiagnosticDescriptor MappingExpected = new(
        id: "STG0029",
        title: "Value is not a mapping",
        messageFormat: "'{0}' must be a mapping of keys to values",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key that takes a mapping, such as 'title', 'description', 'reference', 'groups' or 'flags', has a text or a list. Titles and descriptions map languages to texts: 'title: { en: Not Found }'. The value is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0029");

    /// <summary>STG0030 (error, spec file): "'{0}' must be a list".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key.</remarks>
    public static readonly DiagnosticDescriptor ListExpected = new(
        id: "STG0030",
        title: "Value is not a list",
        messageFormat: "'{0}' must be a list",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key that takes a list, such as 'codes', 'flags' or 'remove-flags', has a text or a mapping. The value is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0030");

    /// <summary>STG0031 (error, spec file): "A spec file must be a mapping of keys (version, extends, groups, flags, codes) to values; this file is ignored".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor DocumentNotMapping = new(
        id: "STG0031",
        title: "Spec file is not a mapping",
        messageFormat: "A spec file must be a mapping of keys (version, extends, groups, flags, codes) to values; this file is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The top of a spec file is a mapping with the keys version, extends, groups, flags and codes. A file that is a list or a single text (often a missing ':' after the first key) is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0031");

    /// <summary>STG0032 (error, spec file): "Each entry under 'codes' must be a mapping of keys to values, such as '- code: 404'; this entry is ignored".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor CodeEntryNotMapping = new(
        id: "STG0032",
        title: "Entry under 'codes' is not a mapping",
        messageFormat: "Each entry under 'codes' must be a mapping of keys to values, such as '- code: 404'; this entry is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each entry of the 'codes' list describes one status code with keys such as code, name and title. An entry that is a bare number or text is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0032");

    /// <summary>STG0033 (error, spec file): "This entry under 'codes' has no 'code' and is ignored".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor MissingCode = new(
        id: "STG0033",
        title: "Entry without 'code'",
        messageFormat: "This entry under 'codes' has no 'code' and is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every entry of the 'codes' list says which status code it describes with 'code'. Without it the entry cannot be placed, and is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0033");

    /// <summary>STG0034 (error, spec file): "The spec file could not be read and is ignored".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor FileUnreadable = new(
        id: "STG0034",
        title: "Spec file cannot be read",
        messageFormat: "The spec file could not be read and is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The compiler handed StatusGen no text for the spec file, for example because the file was deleted, moved or locked after the build listed it. The file is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0034");

    /// <summary>STG0035 (error, spec file): "The compiler read the spec file as {0}, not UTF-8 (the file is not valid UTF-8, or the project sets a CodePage), so its text may differ from what was written; save it as UTF-8, with a byte order mark if the project sets a CodePage".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the encoding the compiler used, e.g. windows-1252.</remarks>
    public static readonly DiagnosticDescriptor ReadWithOtherEncoding = new(
        id: "STG0035",
        title: "Spec file read in another encoding",
        messageFormat: "The compiler read the spec file as {0}, not UTF-8 (the file is not valid UTF-8, or the project sets a CodePage), so its text may differ from what was written; save it as UTF-8, with a byte order mark if the project sets a CodePage",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Spec files must be UTF-8. When a file is not, the compiler silently decodes it with the system's code page (or with the project's CodePage for every file), so its texts differ from machine to machine. It is reported at the first character that is not ASCII.",
        helpLinkUri: HelpLinkBase + "#stg0035");

    /// <summary>STG0036 (error, spec file): "'{0}' is not a status group; use informational, success, redirection, client-error or server-error (ClientError or 4xx spellings work too)".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the group as written.</remarks>
    public static readonly DiagnosticDescriptor InvalidGroup = new(
        id: "STG0036",
        title: "Unknown status group",
        messageFormat: "'{0}' is not a status group; use informational, success, redirection, client-error or server-error (ClientError or 4xx spellings work too)",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A code's 'group', or a key under 'groups', names one of the five HTTP status groups, in kebab case, as the enum name or as the class, in any letter case. The entry or group is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0036");

    /// <summary>STG0037 (error, spec file): "'{0}' is not a valid flag name: flag names are kebab case (lower-case letters and digits in words joined by '-') and at most {1} characters long; the flag is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the flag name, <c>{1}</c> = the longest a flag name may be.</remarks>
    public static readonly DiagnosticDescriptor InvalidFlagName = new(
        id: "STG0037",
        title: "Invalid flag name",
        messageFormat: "'{0}' is not a valid flag name: flag names are kebab case (lower-case letters and digits in words joined by '-') and at most {1} characters long; the flag is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Flags are declared under 'flags' with kebab-case names such as 'client-abort'; the name gives the C# property (IsClientAbort) unless 'property' gives one. A flag with another name is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0037");

    /// <summary>STG0038 (error, spec file): "'{0}' in '{1}' is not a language tag such as 'en', 'ko' or 'zh-Hant' (at most {2} characters); the text is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the language key, <c>{1}</c> = the key of the language map, <c>{2}</c> = the longest a tag may be.</remarks>
    public static readonly DiagnosticDescriptor InvalidLanguageTag = new(
        id: "STG0038",
        title: "Invalid language tag",
        messageFormat: "'{0}' in '{1}' is not a language tag such as 'en', 'ko' or 'zh-Hant' (at most {2} characters); the text is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Titles and descriptions map language tags to texts. A key that is not a language tag (two or three letters, then optional parts after '-') is ignored with its text.",
        helpLinkUri: HelpLinkBase + "#stg0038");

    /// <summary>STG0039 (error, spec file): "'{0}' is not an absolute http or https address without spaces, quotes or angle brackets; the reference is kept without a link".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the URL as written.</remarks>
    public static readonly DiagnosticDescriptor InvalidUrl = new(
        id: "STG0039",
        title: "Invalid reference URL",
        messageFormat: "'{0}' is not an absolute http or https address without spaces, quotes or angle brackets; the reference is kept without a link",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A reference's 'url' becomes a link in the generated documentation, so only absolute http and https addresses that cannot break out of it are accepted. The reference keeps its document and section, without the link.",
        helpLinkUri: HelpLinkBase + "#stg0039");

    /// <summary>STG0040 (error, spec file): "The standard flag '{0}' is always tested by HttpStatus.{1}; its 'property: {2}' is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the standard flag, <c>{1}</c> = the HttpStatus property that tests it, <c>{2}</c> = the property as written.</remarks>
    public static readonly DiagnosticDescriptor StandardFlagProperty = new(
        id: "STG0040",
        title: "Property given for a standard flag",
        messageFormat: "The standard flag '{0}' is always tested by HttpStatus.{1}; its 'property: {2}' is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The thirteen standard flags have fixed HttpStatus properties. Declaring a standard flag again may change its texts, but not its property.",
        helpLinkUri: HelpLinkBase + "#stg0040");

    /// <summary>STG0041 (error, spec file): "The flag '{0}' is already declared at {1}; this declaration is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the flag, <c>{1}</c> = where it is already declared, as path(line,column).</remarks>
    public static readonly DiagnosticDescriptor DuplicateFlag = new(
        id: "STG0041",
        title: "Flag declared twice",
        messageFormat: "The flag '{0}' is already declared at {1}; this declaration is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A flag of your own is declared once, in one spec file. A second declaration, in the same file or another, is ignored. Declaring a standard flag again is allowed: it changes the flag's texts.",
        helpLinkUri: HelpLinkBase + "#stg0041");

    /// <summary>STG0042 (error, spec file): "Mappings and lists are nested deeper than the limit of {0} levels here; the file is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the deepest nesting allowed.</remarks>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        id: "STG0042",
        title: "Spec file nested too deeply",
        messageFormat: "Mappings and lists are nested deeper than the limit of {0} levels here; the file is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The spec format needs four levels of nesting. Far deeper nesting is refused where it crosses the limit, because reading it would take time that grows with the square of the depth. The file is ignored.",
        helpLinkUri: HelpLinkBase + "#stg0042");

    /// <summary>STG0043 (error, spec file): "This text has {0} characters, more than the limit of {1}; it is cut to {1} characters".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the text's length in characters, <c>{1}</c> = the limit.</remarks>
    public static readonly DiagnosticDescriptor TextTooLong = new(
        id: "STG0043",
        title: "Text too long",
        messageFormat: "This text has {0} characters, more than the limit of {1}; it is cut to {1} characters",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A single text of the spec file (a title, a description, a key) is longer than any real catalog needs. It is cut to the limit, never inside a surrogate pair.",
        helpLinkUri: HelpLinkBase + "#stg0043");

    /// <summary>STG0044 (error, spec file): "'{0}' has more than {1} entries; the rest are ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key of the list or mapping, <c>{1}</c> = the most entries it may have.</remarks>
    public static readonly DiagnosticDescriptor TooManyEntries = new(
        id: "STG0044",
        title: "Too many entries",
        messageFormat: "'{0}' has more than {1} entries; the rest are ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Lists and language maps are bounded: 'codes' to 1,000 entries per file, 'flags' and 'remove-flags' lists to 64 items, a title or description to 64 languages, a code's 'aliases' to 64. Entries past the limit are ignored.",
        helpLinkUri: HelpLinkBase + "#stg0044");

    /// <summary>STG0045 (error, spec file): "The catalog cannot have more than {0} flags; the flag '{1}' is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the most flags a catalog may have, <c>{1}</c> = the flag that is ignored.</remarks>
    public static readonly DiagnosticDescriptor TooManyFlags = new(
        id: "STG0045",
        title: "Too many flags",
        messageFormat: "The catalog cannot have more than {0} flags; the flag '{1}' is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each flag is one bit of a 64-bit mask: the thirteen standard flags and 51 of your own. Flags declared past that are ignored.",
        helpLinkUri: HelpLinkBase + "#stg0045");

    /// <summary>STG0046 (error, spec file): "The catalog cannot have texts in more than {0} languages; the text in '{1}' is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the most languages a catalog may have, <c>{1}</c> = the language whose text is ignored.</remarks>
    public static readonly DiagnosticDescriptor TooManyLanguages = new(
        id: "STG0046",
        title: "Too many languages",
        messageFormat: "The catalog cannot have texts in more than {0} languages; the text in '{1}' is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each language adds a slot per code to the generated text tables, so the catalog holds texts in at most 64 languages, English and Korean included. Texts in further languages are ignored.",
        helpLinkUri: HelpLinkBase + "#stg0046");

    /// <summary>STG0047 (error, spec file): "More than {0} problems were found in this file; the rest are not reported".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the most problems reported for one file.</remarks>
    public static readonly DiagnosticDescriptor TooManyProblems = new(
        id: "STG0047",
        title: "Too many problems in one file",
        messageFormat: "More than {0} problems were found in this file; the rest are not reported",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A badly broken or hostile file could report hundreds of thousands of problems and flood the IDE. After the limit, this one diagnostic is reported and the rest are dropped; fixing the first ones usually clears many.",
        helpLinkUri: HelpLinkBase + "#stg0047");

    /// <summary>STG0048 (error, spec file): "'{0}' cannot be used as a name: it contains U+{1}, and names use only ASCII letters, digits and '_'".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name, <c>{1}</c> = its first character outside ASCII, as hex digits after U+.</remarks>
    public static readonly DiagnosticDescriptor NameNotAscii = new(
        id: "STG0048",
        title: "Name is not ASCII",
        messageFormat: "'{0}' cannot be used as a name: it contains U+{1}, and names use only ASCII letters, digits and '_'",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "C# allows letters of any script and invisible formatting characters in identifiers, but a name such as 'NotFound' with a Cyrillic 'о' or a zero-width space looks like another name. Names are ASCII only: a new code or a flag with such a name is ignored, an override keeps the code's name.",
        helpLinkUri: HelpLinkBase + "#stg0048");

    /// <summary>STG0049 (error, spec file): "'{0}' cannot be used as a name: it is a C# keyword".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name.</remarks>
    public static readonly DiagnosticDescriptor NameIsKeyword = new(
        id: "STG0049",
        title: "Name is a C# keyword",
        messageFormat: "'{0}' cannot be used as a name: it is a C# keyword",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A status code's 'name' or a flag's 'property' becomes a C# member name, and a keyword such as 'class' cannot be one. Names are never rewritten (no '@' is added): a new code or a flag with such a name is ignored, an override keeps the code's name.",
        helpLinkUri: HelpLinkBase + "#stg0049");

    /// <summary>STG0050 (error, spec file): "The name '{0}' is already used by the property of the flag '{1}'".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name, <c>{1}</c> = the flag whose property has it.</remarks>
    public static readonly DiagnosticDescriptor NameUsedByFlagProperty = new(
        id: "STG0050",
        title: "Name already used by a flag property",
        messageFormat: "The name '{0}' is already used by the property of the flag '{1}'",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Status codes and flag properties are members of HttpStatus side by side, so each needs its own name, and this one is already the property of a flag. A new code or a flag that comes later is ignored, an override keeps the code's name.",
        helpLinkUri: HelpLinkBase + "#stg0050");

    /// <summary>STG0051 (warning, spec file): "Unknown flag '{0}' is ignored; did you mean '{1}'?".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the flag, <c>{1}</c> = the known flag it is closest to.</remarks>
    public static readonly DiagnosticDescriptor UnknownFlagWithSuggestion = new(
        id: "STG0051",
        title: "Unknown flag, close to a known one",
        messageFormat: "Unknown flag '{0}' is ignored; did you mean '{1}'?",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A 'flags' or 'remove-flags' list names a flag that is not known, but close to one that is: most likely a typo. The name is ignored. STG0012 is the same warning when no known flag is close.",
        helpLinkUri: HelpLinkBase + "#stg0051");

    /// <summary>STG0052 (error, spec file): "Status code {0}: '{1}' describes a redirect and applies to 3xx codes only; its flags are left as they were before this entry".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = the redirect flag ('permanent' or 'preserves-method').</remarks>
    public static readonly DiagnosticDescriptor RedirectFlagOutside3xx = new(
        id: "STG0052",
        title: "Redirect flag on a code that is not a redirect",
        messageFormat: "Status code {0}: '{1}' describes a redirect and applies to 3xx codes only; its flags are left as they were before this entry",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The flags 'permanent' and 'preserves-method' say how a redirect behaves, so they apply to 3xx codes only. The entry's flag changes are not applied.",
        helpLinkUri: HelpLinkBase + "#stg0052");

    /// <summary>STG0053 (error, spec file): "Status code {0}: '{1}' describes a redirect to the URI in the Location header, so it needs the flag 'location' too; its flags are left as they were before this entry".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = the redirect flag ('permanent' or 'preserves-method').</remarks>
    public static readonly DiagnosticDescriptor RedirectFlagWithoutLocation = new(
        id: "STG0053",
        title: "Redirect flag without 'location'",
        messageFormat: "Status code {0}: '{1}' describes a redirect to the URI in the Location header, so it needs the flag 'location' too; its flags are left as they were before this entry",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A redirect sends the client to the URI in the Location header, so a code with 'permanent' or 'preserves-method' also has 'location'. Removing 'location' from such a code, or adding a redirect flag without it, is not applied.",
        helpLinkUri: HelpLinkBase + "#stg0053");

    /// <summary>STG0054 (warning, project settings): "StatusGenAccessibility '{0}' is neither 'internal' nor 'public'; 'internal' is used".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the value of the MSBuild property StatusGenAccessibility.</remarks>
    public static readonly DiagnosticDescriptor InvalidAccessibility = new(
        id: "STG0054",
        title: "Invalid StatusGenAccessibility",
        messageFormat: "StatusGenAccessibility '{0}' is neither 'internal' nor 'public'; 'internal' is used",
        category: SettingsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The MSBuild property StatusGenAccessibility makes the generated types internal (the default) or public. Any other value is ignored and the types are internal.",
        helpLinkUri: HelpLinkBase + "#stg0054");

    /// <summary>STG0055 (warning, project settings): "StatusGenDocLanguages lists '{0}', which is not a language tag such as 'ko' or 'en'; it is skipped".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the entry of the MSBuild property StatusGenDocLanguages that is not a language tag.</remarks>
    public static readonly DiagnosticDescriptor InvalidDocLanguage = new(
        id: "STG0055",
        title: "Invalid language in StatusGenDocLanguages",
        messageFormat: "StatusGenDocLanguages lists '{0}', which is not a language tag such as 'ko' or 'en'; it is skipped",
        category: SettingsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The MSBuild property StatusGenDocLanguages lists the languages of the generated documentation, in order, separated by ';' or ','. An entry that is not a language tag is skipped; without any valid entry the default, ko;en, is used.",
        helpLinkUri: HelpLinkBase + "#stg0055");

    /// <summary>STG0056 (error, spec file): "A spec file holds one YAML document: this '---' starts a second one, which is not read; move its content into the first document or into a file of its own".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor FurtherDocument = new(
        id: "STG0056",
        title: "Second YAML document in a spec file",
        messageFormat: "A spec file holds one YAML document: this '---' starts a second one, which is not read; move its content into the first document or into a file of its own",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Only the first YAML document of a spec file is read. A second document with content (after a '---') would otherwise vanish without a word, so it is reported at its marker; the first document still generates. An empty document (a trailing '---') holds nothing and is not reported.",
        helpLinkUri: HelpLinkBase + "#stg0056");

    /// <summary>STG0060 (warning, project settings): "StatusGenDocLanguages asks for '{0}', but no text of the catalog is in that language, so the docs show English there; the catalog has texts in {1}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the requested language, <c>{1}</c> = the languages the catalog has texts in, comma-separated.</remarks>
    public static readonly DiagnosticDescriptor DocLanguageWithoutTexts = new(
        id: "STG0060",
        title: "Requested language has no texts",
        messageFormat: "StatusGenDocLanguages asks for '{0}', but no text of the catalog is in that language, so the docs show English there; the catalog has texts in {1}",
        category: SettingsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A language listed in the MSBuild property StatusGenDocLanguages that no title or description of the catalog is written in (neither the standard catalog nor the project's spec files) would silently give English docs. It is reported once, with the languages the catalog has; add texts in that language to a spec file, or remove it from the property.",
        helpLinkUri: HelpLinkBase + "#stg0060");

    /// <summary>STG0061 (error, spec file): "A tab indents this line; YAML indents with spaces only".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor TabIndentation = new(
        id: "STG0061",
        title: "Tab used for indentation",
        messageFormat: "A tab indents this line; YAML indents with spaces only",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "YAML does not allow tab characters in indentation, and a tab looks like spaces in most editors. The file is not read; the location points at the first tab that indents a line.",
        helpLinkUri: HelpLinkBase + "#stg0061");

    /// <summary>STG0062 (error, spec file): "'{0}' has no ':' after it; write the key, a ':' and a space, then the value (for example 'code: 404')".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key, the first word of the line.</remarks>
    public static readonly DiagnosticDescriptor MissingColon = new(
        id: "STG0062",
        title: "Key without a colon",
        messageFormat: "'{0}' has no ':' after it; write the key, a ':' and a space, then the value (for example 'code: 404')",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A line inside a mapping holds a key but no ':' after it, so YAML cannot tell the key from its value and reads the line as part of the text before it. The file is not read; the location points at the line that lacks the ':'.",
        helpLinkUri: HelpLinkBase + "#stg0062");

    /// <summary>STG0063 (error, spec file): "'{0}' has no space after its ':', so YAML reads it as one text; write '{1}'".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the text as written, <c>{1}</c> = the text with the space.</remarks>
    public static readonly DiagnosticDescriptor MissingSpaceAfterColon = new(
        id: "STG0063",
        title: "No space after a colon",
        messageFormat: "'{0}' has no space after its ':', so YAML reads it as one text; write '{1}'",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A ':' separates a key from its value only when a space or the end of the line follows it: 'code:404' is one text, not the key 'code' with the value 404. The file is not read; the location points at that ':'.",
        helpLinkUri: HelpLinkBase + "#stg0063");

    /// <summary>STG0064 (error, spec file): "'{0}' has no space after its '-', so it does not start a list item; write '- {1}'".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the text as written, <c>{1}</c> = the text after the '-'.</remarks>
    public static readonly DiagnosticDescriptor MissingSpaceAfterDash = new(
        id: "STG0064",
        title: "No space after a dash",
        messageFormat: "'{0}' has no space after its '-', so it does not start a list item; write '- {1}'",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A '-' starts an item of a list only when a space follows it: '-code: 404' is a key named '-code'. The file is not read; the location points at that '-'.",
        helpLinkUri: HelpLinkBase + "#stg0064");

    /// <summary>STG0065 (error, spec file): "'{0}' starts in column {1}, but '{2}' on line {3} in column {4}: the keys of one entry start in the same column".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the key, <c>{1}</c> = its column, <c>{2}</c> = the key above it, <c>{3}</c> = that key's line, <c>{4}</c> = that key's column.</remarks>
    public static readonly DiagnosticDescriptor KeyIndentation = new(
        id: "STG0065",
        title: "Key indented differently from its neighbours",
        messageFormat: "'{0}' starts in column {1}, but '{2}' on line {3} in column {4}: the keys of one entry start in the same column",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The keys of one mapping must start in the same column. A key indented less than the key above it, but not as little as a key it could belong to, or indented more than a key that already has a value, cannot be placed. The file is not read; the location points at the key.",
        helpLinkUri: HelpLinkBase + "#stg0065");

    /// <summary>STG0066 (error, spec file): "This '-' is in column {0}, but the '-' on line {1} in column {2}: the items of one list start in the same column".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the item's column, <c>{1}</c> = the line of the list's item above, <c>{2}</c> = that item's column.</remarks>
    public static readonly DiagnosticDescriptor ItemIndentation = new(
        id: "STG0066",
        title: "List item indented differently from the list",
        messageFormat: "This '-' is in column {0}, but the '-' on line {1} in column {2}: the items of one list start in the same column",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The '-' of every item of one list must stand in the same column; a '-' among the keys of a mapping, or between two levels, cannot be placed. The file is not read; the location points at the '-'.",
        helpLinkUri: HelpLinkBase + "#stg0066");

    /// <summary>STG0067 (error, spec file): "This '{0}' is never closed: add '{1}' where the list or mapping it opens ends".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the opening bracket, <c>{1}</c> = the closing bracket.</remarks>
    public static readonly DiagnosticDescriptor UnclosedBracket = new(
        id: "STG0067",
        title: "Bracket not closed",
        messageFormat: "This '{0}' is never closed: add '{1}' where the list or mapping it opens ends",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A list in brackets ([a, b]) or a mapping in braces ({ en: x }) must be closed, on the same line or on a more indented one. The file is not read; the location points at the bracket that is not closed.",
        helpLinkUri: HelpLinkBase + "#stg0067");

    /// <summary>STG0068 (error, spec file): "This '{0}' closes nothing: remove it, or add the '{1}' it belongs to".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the closing bracket, <c>{1}</c> = the opening bracket it needs.</remarks>
    public static readonly DiagnosticDescriptor UnmatchedClosingBracket = new(
        id: "STG0068",
        title: "Closing bracket without an opening one",
        messageFormat: "This '{0}' closes nothing: remove it, or add the '{1}' it belongs to",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A ']' or '}' that follows a complete value, or that does not match the bracket that is open, closes nothing. The file is not read; the location points at that bracket.",
        helpLinkUri: HelpLinkBase + "#stg0068");

    /// <summary>STG0069 (error, spec file): "This quoted text is never closed: add the closing {0}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the quote character.</remarks>
    public static readonly DiagnosticDescriptor UnclosedQuote = new(
        id: "STG0069",
        title: "Quoted text not closed",
        messageFormat: "This quoted text is never closed: add the closing {0}",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A text that starts with a quote runs until the same quote closes it, across lines if need be; without one it swallows the rest of the file. The file is not read; the location points at the opening quote.",
        helpLinkUri: HelpLinkBase + "#stg0069");

    /// <summary>STG0070 (error, spec file): "Text follows the quoted '{0}': put all of the value inside the quotes".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the quoted text.</remarks>
    public static readonly DiagnosticDescriptor TextAfterQuote = new(
        id: "STG0070",
        title: "Text after a closing quote",
        messageFormat: "Text follows the quoted '{0}': put all of the value inside the quotes",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A quoted text ends at its closing quote; only a ',' or a closing bracket (inside brackets), a comment or the end of the line may follow it. The file is not read; the location points at the text after the quote.",
        helpLinkUri: HelpLinkBase + "#stg0070");

    /// <summary>STG0071 (error, spec file): "The ': ' after '{0}' stands inside a value without quotes: put the whole value in quotes, or, if '{0}' starts a new key, separate it from the value before it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the word before the ':'.</remarks>
    public static readonly DiagnosticDescriptor ColonInValue = new(
        id: "STG0071",
        title: "Colon inside a value without quotes",
        messageFormat: "The ': ' after '{0}' stands inside a value without quotes: put the whole value in quotes, or, if '{0}' starts a new key, separate it from the value before it",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A ':' followed by a space ends a key. Inside a value that is not in quotes (en: Error: Closed), or where a ',' between two entries is missing ({ en: X ko: Y }), YAML cannot read it. The file is not read; the location points at that ':'.",
        helpLinkUri: HelpLinkBase + "#stg0071");

    /// <summary>STG0072 (error, spec file): "A value that is not in quotes cannot start with '{0}': put the value in quotes".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the character.</remarks>
    public static readonly DiagnosticDescriptor ReservedIndicator = new(
        id: "STG0072",
        title: "Value starts with a reserved character",
        messageFormat: "A value that is not in quotes cannot start with '{0}': put the value in quotes",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "YAML reserves '@' and '`', and gives '&', '*', '!', '%', '|' and '>' meanings of their own at the start of a value. A text that starts with one of them must be quoted. The file is not read; the location points at the character.",
        helpLinkUri: HelpLinkBase + "#stg0072");

    /// <summary>STG0073 (error, spec file): "'{0}' is not an escape that double quotes allow: write '\\' for a backslash, or use single quotes".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the backslash and the character after it.</remarks>
    public static readonly DiagnosticDescriptor UnknownEscape = new(
        id: "STG0073",
        title: "Unknown escape in double quotes",
        messageFormat: "'{0}' is not an escape that double quotes allow: write '\\\\' for a backslash, or use single quotes",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Inside double quotes a backslash starts an escape such as \\n or \\\"; any other character after it is an error. The file is not read; the location points at the backslash.",
        helpLinkUri: HelpLinkBase + "#stg0073");

    /// <summary>STG0074 (error, spec file): "A list item cannot start on the line of its key: put this '- ...' on a line of its own, indented under the key".</summary>
    /// <remarks>Message arguments: no arguments.</remarks>
    public static readonly DiagnosticDescriptor ItemOnKeyLine = new(
        id: "STG0074",
        title: "List item on the line of its key",
        messageFormat: "A list item cannot start on the line of its key: put this '- ...' on a line of its own, indented under the key",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The items of a list written with '-' each start a line of their own: 'codes: - code: 404' is not YAML. The file is not read; the location points at the '-'.",
        helpLinkUri: HelpLinkBase + "#stg0074");

    /// <summary>STG0075 (error, spec file): "The alias '{0}' of status code {1} is the name or English title of status code {2}; the alias is not used".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the alias, <c>{1}</c> = its code, <c>{2}</c> = the code whose name or title it is.</remarks>
    public static readonly DiagnosticDescriptor AliasIsOtherCodesName = new(
        id: "STG0075",
        title: "Alias is another code's name or title",
        messageFormat: "The alias '{0}' of status code {1} is the name or English title of status code {2}; the alias is not used",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "HttpStatus.TryParse accepts a code's name, English title and aliases, compared ignoring case; a text that means two codes could not say which one is meant. The alias is left out; the code keeps its other aliases.",
        helpLinkUri: HelpLinkBase + "#stg0075");

    /// <summary>STG0076 (warning, spec file): "'{0}', the name or English title of status code {1}, is an alias of status code {2} in the standard catalog; status code {2} no longer has that alias".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the name or title, <c>{1}</c> = its code, <c>{2}</c> = the standard code whose alias it is.</remarks>
    public static readonly DiagnosticDescriptor NameIsStandardAlias = new(
        id: "STG0076",
        title: "Name or title is a standard alias",
        messageFormat: "'{0}', the name or English title of status code {1}, is an alias of status code {2} in the standard catalog; status code {2} no longer has that alias",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A user file gave a code a name or English title that the standard catalog lists as a former name of another code (Switch Proxy, Payload Too Large, ...). The user's code keeps it and HttpStatus.TryParse finds the user's code; the standard code loses the alias.",
        helpLinkUri: HelpLinkBase + "#stg0076");

    /// <summary>STG0077 (error, spec file): "The alias '{0}' of status code {1} is also an alias of status code {2}; the alias is not used".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the alias, <c>{1}</c> = its code, <c>{2}</c> = the other code.</remarks>
    public static readonly DiagnosticDescriptor AliasOfTwoCodes = new(
        id: "STG0077",
        title: "Alias given to two codes",
        messageFormat: "The alias '{0}' of status code {1} is also an alias of status code {2}; the alias is not used",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Two codes have the same alias, compared ignoring case as HttpStatus.TryParse compares. It is reported at each alias a user file gives and none of those is used; an alias of the standard catalog stays with its code.",
        helpLinkUri: HelpLinkBase + "#stg0077");

    /// <summary>STG0078 (error, spec file): "The alias '{0}' can never be parsed: an alias is a text that does not start or end with white space and does not start with a digit".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the alias.</remarks>
    public static readonly DiagnosticDescriptor AliasNotParsable = new(
        id: "STG0078",
        title: "Alias cannot be parsed",
        messageFormat: "The alias '{0}' can never be parsed: an alias is a text that does not start or end with white space and does not start with a digit",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "HttpStatus.TryParse trims white space and reads leading digits as the status code (404, 404 Not Found), so an empty alias, one with white space around it, or one starting with a digit would never match. The alias is left out.",
        helpLinkUri: HelpLinkBase + "#stg0078");

    /// <summary>STG0079 (warning, spec file): "The alias '{0}' of status code {1} is already its name, English title or alias; it is ignored".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the alias, <c>{1}</c> = its code.</remarks>
    public static readonly DiagnosticDescriptor AliasRepeatsCode = new(
        id: "STG0079",
        title: "Alias repeats the code's name",
        messageFormat: "The alias '{0}' of status code {1} is already its name, English title or alias; it is ignored",
        category: SpecCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "HttpStatus.TryParse already accepts a code's name and English title, ignoring case, and an override's aliases are added to those the standard catalog gives: this one adds nothing.",
        helpLinkUri: HelpLinkBase + "#stg0079");
    /// <summary>STG0100 (error, C# usage): "[StatusUnion] lists {0}, which the status code catalog does not define; the union has no case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code or name as written.</remarks>
    public static readonly DiagnosticDescriptor UnionCodeNotInCatalog = new(
        id: "STG0100",
        title: "Status code not in the catalog",
        messageFormat: "[StatusUnion] lists {0}, which the status code catalog does not define; the union has no case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A code or an HttpStatusCodes name of a [StatusUnion] attribute is not in the project's catalog. Custom codes work once a status-codes.yaml defines them; the other cases are still generated.",
        helpLinkUri: HelpLinkBase + "#stg0100");

    /// <summary>STG0101 (warning, C# usage): "[StatusUnion] lists status code {0} more than once; the union has one case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor UnionCodeListedTwice = new(
        id: "STG0101",
        title: "Status code listed twice",
        messageFormat: "[StatusUnion] lists status code {0} more than once; the union has one case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A [StatusUnion] attribute lists the same code twice. The second occurrence is ignored; the union has one case for the code.",
        helpLinkUri: HelpLinkBase + "#stg0101");

    /// <summary>STG0102 (error, C# usage): "Status code {0} is informational (1xx): an interim response is never the outcome of an operation, so a result type has no case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor UnionInformationalCode = new(
        id: "STG0102",
        title: "Informational code cannot be a case",
        messageFormat: "Status code {0} is informational (1xx): an interim response is never the outcome of an operation, so a result type has no case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "1xx codes are interim responses, sent before the final one; like StatusResult<T>, a union has no case for them. The other cases are still generated.",
        helpLinkUri: HelpLinkBase + "#stg0102");

    /// <summary>STG0103 (error, C# usage): "Status code {0} ({1}) carries content, but [StatusUnion] names no value type; write [StatusUnion(typeof(T), ...)] or leave the code out".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code, <c>{1}</c> = the case name.</remarks>
    public static readonly DiagnosticDescriptor UnionContentWithoutValueType = new(
        id: "STG0103",
        title: "Content case without a value type",
        messageFormat: "Status code {0} ({1}) carries content, but [StatusUnion] names no value type; write [StatusUnion(typeof(T), ...)] or leave the code out",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A content case (a 2xx code that carries a body, such as 200) needs the type of its value, given as the attribute's first argument.",
        helpLinkUri: HelpLinkBase + "#stg0103");

    /// <summary>STG0104 (warning, C# usage): "[StatusUnion] names the value type {0}, but none of its codes carries content; the type is used only by ToStatusResult and TryFrom".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the value type.</remarks>
    public static readonly DiagnosticDescriptor UnionValueTypeWithoutContent = new(
        id: "STG0104",
        title: "Value type without a content case",
        messageFormat: "[StatusUnion] names the value type {0}, but none of its codes carries content; the type is used only by ToStatusResult and TryFrom",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The attribute names a value type, but no listed code has a content case, so no case carries a value; the type only shapes ToStatusResult and TryFrom.",
        helpLinkUri: HelpLinkBase + "#stg0104");

    /// <summary>STG0105 (error, C# usage): "The [StatusUnion] class '{0}' must be declared partial; nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class.</remarks>
    public static readonly DiagnosticDescriptor UnionNotPartial = new(
        id: "STG0105",
        title: "Union class is not partial",
        messageFormat: "The [StatusUnion] class '{0}' must be declared partial; nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds the cases and members in a second part of the class, which needs the class to be partial.",
        helpLinkUri: HelpLinkBase + "#stg0105");

    /// <summary>STG0106 (error, C# usage): "The [StatusUnion] class '{0}' cannot be static; nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class.</remarks>
    public static readonly DiagnosticDescriptor UnionStatic = new(
        id: "STG0106",
        title: "Union class is static",
        messageFormat: "The [StatusUnion] class '{0}' cannot be static; nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A union is the base class of its cases, so it cannot be static.",
        helpLinkUri: HelpLinkBase + "#stg0106");

    /// <summary>STG0107 (error, C# usage): "The [StatusUnion] class '{0}' cannot be generic (its value type is the attribute's typeof); nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class.</remarks>
    public static readonly DiagnosticDescriptor UnionGeneric = new(
        id: "STG0107",
        title: "Union class is generic",
        messageFormat: "The [StatusUnion] class '{0}' cannot be generic (its value type is the attribute's typeof); nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A union's value type comes from the attribute's typeof argument, so the class itself cannot have type parameters.",
        helpLinkUri: HelpLinkBase + "#stg0107");

    /// <summary>STG0108 (error, C# usage): "The [StatusUnion] class '{0}' cannot derive from '{1}': the union is the base of its cases; nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class, <c>{1}</c> = its base class.</remarks>
    public static readonly DiagnosticDescriptor UnionHasBaseClass = new(
        id: "STG0108",
        title: "Union class has a base class",
        messageFormat: "The [StatusUnion] class '{0}' cannot derive from '{1}': the union is the base of its cases; nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The union is the closed base of its cases; a base class of its own would open the hierarchy.",
        helpLinkUri: HelpLinkBase + "#stg0108");

    /// <summary>STG0109 (error, C# usage): "The [StatusUnion] class '{0}' is nested in '{1}', which must be partial too; nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class, <c>{1}</c> = the containing type.</remarks>
    public static readonly DiagnosticDescriptor UnionInNonPartialType = new(
        id: "STG0109",
        title: "Union class is nested in a type that is not partial",
        messageFormat: "The [StatusUnion] class '{0}' is nested in '{1}', which must be partial too; nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A nested union's generated part repeats its containing types, which therefore must be partial too.",
        helpLinkUri: HelpLinkBase + "#stg0109");

    /// <summary>STG0110 (error, C# usage): "[StatusUnion] on '{0}' lists no status code; nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class.</remarks>
    public static readonly DiagnosticDescriptor UnionWithoutCodes = new(
        id: "STG0110",
        title: "Union without codes",
        messageFormat: "[StatusUnion] on '{0}' lists no status code; nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A union needs at least one case: the attribute must list at least one status code.",
        helpLinkUri: HelpLinkBase + "#stg0110");

    /// <summary>STG0111 (error, C# usage): "The case '{0}' of status code {1} has the name of a member declared in the class; the union has no case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the case name, <c>{1}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor UnionCaseNameIsDeclaredMember = new(
        id: "STG0111",
        title: "Case name collides with a declared member",
        messageFormat: "The case '{0}' of status code {1} has the name of a member declared in the class; the union has no case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A case is a nested class named like its code's HttpStatus member; the class already declares a member of that name. The other cases are still generated.",
        helpLinkUri: HelpLinkBase + "#stg0111");

    /// <summary>STG0112 (error, C# usage): "The [StatusUnion] class '{0}' is public, but the generated StatusGen types are internal; make it internal or set &lt;StatusGenAccessibility&gt;public&lt;/StatusGenAccessibility&gt;; nothing is generated for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the class.</remarks>
    public static readonly DiagnosticDescriptor UnionMorePublicThanGeneratedTypes = new(
        id: "STG0112",
        title: "Public union over internal generated types",
        messageFormat: "The [StatusUnion] class '{0}' is public, but the generated StatusGen types are internal; make it internal or set <StatusGenAccessibility>public</StatusGenAccessibility>; nothing is generated for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A public union exposes HttpStatus, StatusResult<T> and StatusProblem in its members, which must then be public too.",
        helpLinkUri: HelpLinkBase + "#stg0112");

    /// <summary>STG0113 (error, C# usage): "'{0}' is not a status code: write a number or an HttpStatusCodes constant (HttpStatusCodes.NotFound)".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the argument as written.</remarks>
    public static readonly DiagnosticDescriptor UnionCodeNotConstant = new(
        id: "STG0113",
        title: "Status code argument not understood",
        messageFormat: "'{0}' is not a status code: write a number or an HttpStatusCodes constant (HttpStatusCodes.NotFound)",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator reads the attribute's codes from the source: a number, an HttpStatusCodes constant, or a constant of your own that holds a number.",
        helpLinkUri: HelpLinkBase + "#stg0113");

    /// <summary>STG0114 (error, C# usage): "Status code {0} is flagged 'unused' (it is never sent), so a result type has no case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor UnionUnusedCode = new(
        id: "STG0114",
        title: "Unused code cannot be a case",
        messageFormat: "Status code {0} is flagged 'unused' (it is never sent), so a result type has no case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Codes the registry marks unused (306, 418) are never sent; like StatusResult<T>, a union has no case for them. The other cases are still generated.",
        helpLinkUri: HelpLinkBase + "#stg0114");

    /// <summary>STG0115 (error, C# usage): "The case '{0}' of status code {1} has the name of the class itself; the union has no case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the case name, <c>{1}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor UnionCaseNameIsClassName = new(
        id: "STG0115",
        title: "Case name is the class's name",
        messageFormat: "The case '{0}' of status code {1} has the name of the class itself; the union has no case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A nested class cannot have the name of the class it is in (CS0542), so a union named like one of its codes cannot have that case.",
        helpLinkUri: HelpLinkBase + "#stg0115");

    /// <summary>STG0116 (error, C# usage): "The case '{0}' of status code {1} has the name of a member the generator writes into the class; the union has no case for it".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the case name, <c>{1}</c> = the code.</remarks>
    public static readonly DiagnosticDescriptor UnionCaseNameIsGeneratedMember = new(
        id: "STG0116",
        title: "Case name collides with a generated member",
        messageFormat: "The case '{0}' of status code {1} has the name of a member the generator writes into the class; the union has no case for it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator writes Status, Match, Switch, TryGetValue, ToStatusResult, TryFrom and ReadAsync into every union; a custom code named like one cannot be a case.",
        helpLinkUri: HelpLinkBase + "#stg0116");

    /// <summary>STG1001 (info, C# usage): "Use HttpStatusCodes.{0} instead of {1}".</summary>
    /// <remarks>Message arguments: <c>{0}</c> = the constant's name, <c>{1}</c> = the literal's value.</remarks>
    public static readonly DiagnosticDescriptor UseNamedStatusCode = new(
        id: CodeFixContract.UseNamedStatusCodeId,
        title: "Use the named status code",
        messageFormat: "Use HttpStatusCodes.{0} instead of {1}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An int literal that is a code of the project's catalog, used as an HTTP status (a statusCode argument, a StatusCode or ProblemDetails.Status assignment, a comparison with a response's status), reads better as the named constant, whose hover shows what the code means. Literals used as anything else are not reported.",
        helpLinkUri: HelpLinkBase + "#stg1001");

    /// <summary>STG1002 (warning, C# usage): "The switch over '{0}' does not handle {1}".</summary>
    /// <remarks>
    /// Message arguments: <c>{0}</c> = the result type (<c>GetOrderResult</c>), <c>{1}</c> = the missing cases in catalog
    /// order (<c>GetOrderResult.NotFound, GetOrderResult.Conflict</c>). A warning, like the compiler's CS8509 it stands in
    /// for: an unhandled case is a result the program does not handle (a switch expression throws on it at run time).
    /// </remarks>
    public static readonly DiagnosticDescriptor SwitchMissesCases = new(
        id: CodeFixContract.SwitchMissesCasesId,
        title: "Switch does not handle every case",
        messageFormat: "The switch over '{0}' does not handle {1}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A switch expression or statement over StatusResult<T> or a [StatusUnion] class, without a discard, var or default arm, whose type patterns (arms without a when clause) leave cases of the catalog unhandled. The compiler cannot tell which cases exist unless the class is closed; StatusGen can, and names them all. Not reported where the class is closed (C# 15), since CS8509 does the same there.",
        helpLinkUri: HelpLinkBase + "#stg1002");

    /// <summary>
    /// STG1100 (suppressor, C# usage): suppresses CS8509 ("The switch expression does not handle all possible values of
    /// its input type") on a switch expression over <c>StatusResult&lt;T&gt;</c> or a <c>[StatusUnion]</c> class whose arms
    /// handle every case. Not a <see cref="DiagnosticDescriptor"/>: a suppressor reports nothing of its own, it marks the
    /// compiler's warning as suppressed with this id and justification.
    /// </summary>
    public static readonly SuppressionDescriptor ExhaustiveSwitch = new(
        id: "STG1100",
        suppressedDiagnosticId: "CS8509",
        justification: "Every case of the result type is handled: the class's constructor is private, so its nested cases are all the values it can have.");
}
