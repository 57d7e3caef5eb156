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

    // HttpStatus, HttpStatusCodes, StatusGroup and the JSON converters.
    // A row is named after the generated type and member whose docs show it; it is a summary unless its name ends
    // in Remarks, Param or Exception.
    public static readonly DocText HttpStatusCodesSummary = new(
        en: "The HTTP status codes of the catalog as <c>int</c> constants, usable in attribute arguments and <c>switch</c> labels.",
        ko: "HTTP 상태 코드를 <c>int</c> 상수로 제공한다. 특성(attribute) 인수와 <c>switch</c> 레이블에 쓸 수 있다.");
    public static readonly DocText StatusGroupSummary = new(
        en: "The group (class) of an HTTP status code; each value is the first digit of the codes in it.",
        ko: "HTTP 상태 코드의 그룹. 값은 코드의 첫 자리 숫자이다.");
    public static readonly DocText HttpStatusSummary = new(
        en: "One HTTP status code: its number, name, group, title and description in each language, and semantic flags, looked up without allocating.",
        ko: "HTTP 상태 코드 하나. 코드 번호, 이름, 그룹, 제목과 설명(언어별), 의미 플래그를 할당 없이 조회한다.");
    public static readonly DocText HttpStatusRemarks = new(
        en: "<see cref=\"FromCode(int)\"/> accepts every code from 100 to 599; codes the catalog does not define have <see cref=\"IsKnown\"/> <c>false</c>. <c>default(HttpStatus)</c> has code 0 and is not a valid status.",
        ko: "<see cref=\"FromCode(int)\"/>은 100–599의 모든 코드를 받는다. 카탈로그에 없는 코드는 <see cref=\"IsKnown\"/>이 <c>false</c>이다. <c>default(HttpStatus)</c>는 코드 0으로, 올바른 상태가 아니다.");
    public static readonly DocText HttpStatusCode = new(en: "The numeric status code, e.g. 404.", ko: "상태 코드 번호 (예: 404).");
    public static readonly DocText HttpStatusName = new(
        en: "The C# name, e.g. <c>NotFound</c>; for a code the catalog does not define, <c>Status</c> and the number, e.g. <c>Status589</c>.",
        ko: "C# 이름 (예: <c>NotFound</c>). 카탈로그에 없는 코드는 <c>Status589</c>처럼 번호로 만든 이름이다.");
    public static readonly DocText HttpStatusReasonPhrase = new(
        en: "The IANA English reason phrase for the status line, e.g. <c>Not Found</c>; empty for a code the catalog does not define.",
        ko: "응답 상태 줄에 쓰는 IANA 영어 사유 구절 (예: <c>Not Found</c>). 카탈로그에 없는 코드는 빈 문자열이다.");
    public static readonly DocText HttpStatusIsKnown = new(en: "Whether the catalog defines this code.", ko: "이 코드가 카탈로그에 정의되어 있는지 여부.");
    public static readonly DocText HttpStatusGroup = new(en: "The code's group, from its first digit.", ko: "코드의 그룹 (첫 자리 숫자).");
    public static readonly DocText HttpStatusIsInformational = new(en: "Whether this is a 1xx informational response.", ko: "1xx 정보 응답인지 여부.");
    public static readonly DocText HttpStatusIsSuccess = new(en: "Whether this is a 2xx success response.", ko: "2xx 성공 응답인지 여부.");
    public static readonly DocText HttpStatusIsRedirection = new(en: "Whether this is a 3xx redirection.", ko: "3xx 리다이렉션인지 여부.");
    public static readonly DocText HttpStatusIsClientError = new(en: "Whether this is a 4xx client error.", ko: "4xx 클라이언트 오류인지 여부.");
    public static readonly DocText HttpStatusIsServerError = new(en: "Whether this is a 5xx server error.", ko: "5xx 서버 오류인지 여부.");
    public static readonly DocText HttpStatusIsError = new(en: "Whether this is an error: 4xx or 5xx.", ko: "4xx 또는 5xx 오류인지 여부.");
    public static readonly DocText HttpStatusHasFlag = new(
        en: "Whether this code carries the flag named <paramref name=\"flag\"/> (e.g. <c>retryable</c>), standard or user-declared; <c>false</c> for a flag the catalog does not declare.",
        ko: "이 코드에 플래그가 있는지 여부. 표준 플래그와 사용자가 선언한 플래그 모두 이름으로 확인한다 (예: <c>retryable</c>). 모르는 플래그는 <c>false</c>.");
    public static readonly DocText HttpStatusHasFlagParam = EnglishOnly("The flag's name as written in the catalog, compared case-insensitively.");
    public static readonly DocText HttpStatusGetTitle = new(
        en: "The title in <paramref name=\"language\"/> (e.g. <c>\"ko\"</c>); a regional tag such as <c>ko-KR</c> also matches <c>ko</c>, and English is the fallback.",
        ko: "주어진 언어의 제목 (예: <c>\"ko\"</c> → <c>찾을 수 없음</c>). <c>ko-KR</c>처럼 지역이 붙은 태그는 <c>ko</c>로도 찾고, 없으면 영어를 준다.");
    public static readonly DocText HttpStatusGetDescription = new(
        en: "The description in <paramref name=\"language\"/>, falling back to English.",
        ko: "주어진 언어의 설명. 그 언어의 설명이 없으면 영어를 준다.");
    public static readonly DocText HttpStatusLanguageParam = EnglishOnly("A language tag such as <c>ko</c>, <c>en</c> or <c>ko-KR</c>, compared case-insensitively.");
    public static readonly DocText HttpStatusAll = new(en: "Every status code of the catalog, in ascending code order.", ko: "카탈로그의 모든 상태 코드, 코드 오름차순.");
    public static readonly DocText HttpStatusFromCode = new(
        en: "The status for any code from 100 to 599; a code the catalog does not define gives <see cref=\"IsKnown\"/> <c>false</c>.",
        ko: "100–599 사이의 코드로 상태를 만든다. 카탈로그에 없는 코드도 받으며, 그때 <see cref=\"IsKnown\"/>는 <c>false</c>이다.");
    public static readonly DocText HttpStatusFromCodeException = EnglishOnly("<paramref name=\"code\"/> is outside 100–599.");
    public static readonly DocText HttpStatusTryFromCode = new(
        en: "Gets the status for <paramref name=\"code\"/> and returns <c>true</c> only when the catalog defines it.",
        ko: "카탈로그에 정의된 코드일 때만 <c>true</c>를 돌려준다.");
    public static readonly DocText HttpStatusTryParse = new(
        en: "Reads digits (100–599, as <see cref=\"FromCode(int)\"/>), a <see cref=\"Name\"/> (<c>NotFound</c>) or an English title (<c>Not Found</c>), case-insensitively and ignoring surrounding white space.",
        ko: "숫자(100–599), 이름(<c>NotFound</c>) 또는 영어 제목(<c>Not Found</c>)을 읽는다. 대소문자와 앞뒤 공백은 무시한다.");
    public static readonly DocText HttpStatusToInt = new(en: "The numeric status code.", ko: "상태 코드 번호로 변환한다.");
    public static readonly DocText HttpStatusFromInt = new(
        en: "The status for a code; throws outside 100–599, as <see cref=\"FromCode(int)\"/>.",
        ko: "번호로 상태를 만든다. 100–599 밖이면 예외를 던진다.");
    public static readonly DocText HttpStatusToHttpStatusCode = new(
        en: "The same code as a <see cref=\"global::System.Net.HttpStatusCode\"/>.",
        ko: "<see cref=\"global::System.Net.HttpStatusCode\"/>로 변환한다.");
    public static readonly DocText HttpStatusFromHttpStatusCode = new(
        en: "The status for a <see cref=\"global::System.Net.HttpStatusCode\"/>; throws outside 100–599.",
        ko: "<see cref=\"global::System.Net.HttpStatusCode\"/>에서 변환한다. 100–599 밖이면 예외를 던진다.");
    public static readonly DocText HttpStatusToString = new(
        en: "<c>\"404 Not Found\"</c>; only the number for a code the catalog does not define.",
        ko: "<c>\"404 Not Found\"</c> 형식. 카탈로그에 없는 코드는 번호만 쓴다.");
    public static readonly DocText HttpStatusComparison = EnglishOnly("Compares the two codes.");
    public static readonly DocText HttpStatusJsonConverterSummary = new(
        en: "The System.Text.Json converter of <see cref=\"HttpStatus\"/>: writes the status as a JSON number and reads it from a number or from a string holding digits, a name or an English title. <see cref=\"HttpStatus\"/> carries it as an attribute, so there is nothing to register.",
        ko: "<see cref=\"HttpStatus\"/>를 JSON 숫자로 쓰고, 숫자 또는 숫자·이름·영어 제목 문자열에서 읽는 System.Text.Json 변환기. <see cref=\"HttpStatus\"/>에 특성으로 붙어 있으므로 직접 등록할 필요가 없다.");
    public static readonly DocText HttpStatusJsonConverterRemarks = new(
        en: "Reads a whole number from 100 to 599, or a string that <see cref=\"HttpStatus.TryParse(string, out HttpStatus)\"/> accepts (<c>\"404\"</c>, <c>\"NotFound\"</c>, <c>\"not found\"</c>); anything else (a number out of range or with a fraction, an unknown name, <c>true</c>, an object, an array) is a <see cref=\"global::System.Text.Json.JsonException\"/>. Works for dictionary keys too, written as the number's digits.",
        ko: "읽기: 100–599의 정수, 또는 <see cref=\"HttpStatus.TryParse(string, out HttpStatus)\"/>가 받는 문자열(<c>\"404\"</c>, <c>\"NotFound\"</c>, <c>\"not found\"</c>). 그 밖의 값(범위 밖의 수, 소수, 모르는 이름, <c>true</c>, 객체, 배열)은 <see cref=\"global::System.Text.Json.JsonException\"/>이다. 딕셔너리 키로도 쓸 수 있다 (숫자 문자열로 쓴다).");
    public static readonly DocText StatusProblemJsonConverterSummary = new(
        en: "The System.Text.Json converter of <see cref=\"StatusProblem\"/>: RFC 9457 JSON, the body of <c>application/problem+json</c>. <see cref=\"StatusProblem\"/> carries it as an attribute.",
        ko: "<see cref=\"StatusProblem\"/>을 RFC 9457 JSON(<c>application/problem+json</c>)으로 읽고 쓰는 System.Text.Json 변환기. <see cref=\"StatusProblem\"/>에 특성으로 붙어 있다.");
    public static readonly DocText StatusProblemJsonConverterRemarks = new(
        en: "Writes <c>type</c> (always), <c>title</c>, <c>detail</c> and <c>instance</c> (when set) and the extension members flattened into the same object, under RFC 9457's member names whatever the options' naming policy; an extension named like a standard member is not written. Reads those members and skips <c>status</c> (the status is the one of the result that carries the problem); any other member becomes an extension: a string as <see cref=\"string\"/>, <c>true</c>/<c>false</c> as <see cref=\"bool\"/>, a number as the first of <see cref=\"int\"/>, <see cref=\"long\"/>, <see cref=\"double\"/> that holds it, <c>null</c> as <c>null</c>, an object or array as a <see cref=\"global::System.Text.Json.JsonElement\"/>.",
        ko: "쓰기: <c>type</c>(항상), <c>title</c>, <c>detail</c>, <c>instance</c>(있을 때), 그리고 확장 멤버를 같은 객체에 펼쳐 쓴다. 멤버 이름은 직렬화 옵션의 이름 정책과 관계없이 RFC의 이름이다. 표준 멤버와 이름이 같은 확장 멤버는 쓰지 않는다. 읽기: <c>status</c>는 건너뛴다(상태는 문제를 담은 결과의 것). 모르는 멤버는 확장 멤버가 되며, 문자열은 <see cref=\"string\"/>, 참·거짓은 <see cref=\"bool\"/>, 수는 <see cref=\"int\"/>, <see cref=\"long\"/>, <see cref=\"double\"/> 중 맞는 첫 형식, <c>null</c>은 <c>null</c>, 객체와 배열은 <see cref=\"global::System.Text.Json.JsonElement\"/>로 읽는다.");

    /// <summary>
    /// A row the generated docs have only ever shown in English: every column holds the English text, so each
    /// configured language shows it once. Translating it is writing the Korean text in place of this call (which
    /// changes the generated docs, and so their snapshots, on purpose).
    /// </summary>
    private static DocText EnglishOnly(string en) => new(en: en, ko: en);

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
