using System;
using StatusGen.Model;

namespace StatusGen.Emit;

/// <summary>
/// The few words the generator itself writes into docs ("Group", "Flags", ...), in Korean and English. Other
/// languages get the English words: their titles and descriptions come from the catalog, the labels do not.
/// </summary>
internal sealed class DocLabels
{
    private static readonly DocLabels English = new(
        group: "Group",
        flags: "Flags",
        none: "none",
        registration: "Registration",
        temporary: "temporary registration",
        deprecated: "deprecated",
        obsoleted: "obsoleted",
        unused: "unused (reserved)",
        unknown: "a code the catalog does not define",
        source: "Source");

    private static readonly DocLabels Korean = new(
        group: "그룹",
        flags: "플래그",
        none: "없음",
        registration: "등록 상태",
        temporary: "임시 등록",
        deprecated: "사용 중단",
        obsoleted: "폐기됨",
        unused: "사용하지 않음 (예약)",
        unknown: "카탈로그에 없는 코드",
        source: "출처");

    private DocLabels(
        string group, string flags, string none, string registration, string temporary, string deprecated,
        string obsoleted, string unused, string unknown, string source)
    {
        Group = group;
        Flags = flags;
        None = none;
        Registration = registration;
        Temporary = temporary;
        Deprecated = deprecated;
        Obsoleted = obsoleted;
        Unused = unused;
        Unknown = unknown;
        Source = source;
    }

    public string Group { get; }

    public string Flags { get; }

    public string None { get; }

    public string Registration { get; }

    public string Temporary { get; }

    public string Deprecated { get; }

    public string Obsoleted { get; }

    public string Unused { get; }

    public string Unknown { get; }

    public string Source { get; }

    public static DocLabels For(string language)
        => language.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? Korean : English;

    public string? RegistrationText(Model.Registration registration) => registration switch
    {
        Model.Registration.Temporary => Temporary,
        Model.Registration.Deprecated => Deprecated,
        Model.Registration.Obsoleted => Obsoleted,
        Model.Registration.Unused => Unused,
        _ => null,
    };
}
