namespace StatusGen.Emit.Docs;

/// <summary>
/// Every sentence the generated XML docs show that does not come from the catalog, one row each, a column per
/// language of <see cref="DocText.Languages"/>. Emitters name rows; they never hold doc sentences of their own.
/// Rows are grouped by the generated type whose docs show them.
/// </summary>
internal static class DocTexts
{
    // Labels in the remarks of every code's docs (DocComments).
    public static readonly DocText Group = new(en: "Group", ko: "그룹");
    public static readonly DocText Flags = new(en: "Flags", ko: "플래그");
    public static readonly DocText None = new(en: "none", ko: "없음");
    public static readonly DocText Registration = new(en: "Registration", ko: "등록 상태");
    public static readonly DocText Temporary = new(en: "temporary registration", ko: "임시 등록");
    public static readonly DocText Deprecated = new(en: "deprecated", ko: "사용 중단");
    public static readonly DocText Obsoleted = new(en: "obsoleted", ko: "폐기됨");
    public static readonly DocText Unused = new(en: "unused (reserved)", ko: "사용하지 않음 (예약)");
    public static readonly DocText Source = new(en: "Source", ko: "출처");
    public static readonly DocText NegatedFlag = new(en: "True when the code lacks the flag {0}", ko: "이 플래그가 없을 때 true: {0}");

    /// <summary>How a code's registration status reads, or null for an ordinary registration.</summary>
    public static DocText? For(Primitives.Registration registration) => registration switch
    {
        Primitives.Registration.Temporary => Temporary,
        Primitives.Registration.Deprecated => Deprecated,
        Primitives.Registration.Obsoleted => Obsoleted,
        Primitives.Registration.Unused => Unused,
        _ => null,
    };
}
