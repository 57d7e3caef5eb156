namespace StatusGen.Spec;

/// <summary>The keys and fixed values of the spec format, in one place (spec/README.md documents each).</summary>
internal static class SpecKeywords
{
    public const int SupportedVersion = 1;

    public const string Version = "version";
    public const string Extends = "extends";
    public const string Groups = "groups";
    public const string Flags = "flags";
    public const string Codes = "codes";

    public const string Code = "code";
    public const string Name = "name";
    public const string Group = "group";
    public const string Registration = "registration";
    public const string Title = "title";
    public const string Description = "description";
    public const string Reference = "reference";
    public const string RemoveFlags = "remove-flags";
    public const string Aliases = "aliases";

    public const string Document = "document";
    public const string Section = "section";
    public const string Url = "url";

    public const string Property = "property";
    public const string Source = "source";

    public const string ExtendsStandard = "standard";
    public const string ExtendsNone = "none";

    public static readonly string[] TopLevelKeys = { Version, Extends, Groups, Flags, Codes };
    public static readonly string[] CodeKeys = { Code, Name, Group, Registration, Title, Description, Reference, Flags, RemoveFlags, Aliases };
    public static readonly string[] ReferenceKeys = { Document, Section, Url };
    public static readonly string[] FlagKeys = { Title, Description, Source, Property };
    public static readonly string[] GroupKeys = { Title, Description };
}
