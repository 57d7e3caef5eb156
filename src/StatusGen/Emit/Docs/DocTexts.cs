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
    public static readonly DocText Aliases = new(en: "TryParse also accepts", ko: "TryParse가 함께 받는 별칭");
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
    public static readonly DocText HttpStatusHasFlagParam = new(en: "The flag's name as written in the catalog, compared case-insensitively.", ko: "카탈로그에 쓰인 플래그 이름. 대소문자는 구분하지 않는다.");
    public static readonly DocText HttpStatusGetTitle = new(
        en: "The title in <paramref name=\"language\"/> (e.g. <c>\"ko\"</c>); a regional tag such as <c>ko-KR</c> also matches <c>ko</c>, and English is the fallback.",
        ko: "주어진 언어의 제목 (예: <c>\"ko\"</c> → <c>찾을 수 없음</c>). <c>ko-KR</c>처럼 지역이 붙은 태그는 <c>ko</c>로도 찾고, 없으면 영어를 준다.");
    public static readonly DocText HttpStatusGetDescription = new(
        en: "The description in <paramref name=\"language\"/>, falling back to English.",
        ko: "주어진 언어의 설명. 그 언어의 설명이 없으면 영어를 준다.");
    public static readonly DocText HttpStatusLanguageParam = new(en: "A language tag such as <c>ko</c>, <c>en</c> or <c>ko-KR</c>, compared case-insensitively.", ko: "<c>ko</c>, <c>en</c>, <c>ko-KR</c> 같은 언어 태그. 대소문자는 구분하지 않는다.");
    public static readonly DocText HttpStatusAll = new(en: "Every status code of the catalog, in ascending code order.", ko: "카탈로그의 모든 상태 코드, 코드 오름차순.");
    public static readonly DocText HttpStatusFromCode = new(
        en: "The status for any code from 100 to 599; a code the catalog does not define gives <see cref=\"IsKnown\"/> <c>false</c>.",
        ko: "100–599 사이의 코드로 상태를 만든다. 카탈로그에 없는 코드도 받으며, 그때 <see cref=\"IsKnown\"/>는 <c>false</c>이다.");
    public static readonly DocText HttpStatusFromCodeException = new(en: "<paramref name=\"code\"/> is outside 100–599.", ko: "<paramref name=\"code\"/>가 100–599 밖에 있다.");
    public static readonly DocText HttpStatusTryFromCode = new(
        en: "Gets the status for <paramref name=\"code\"/> and returns <c>true</c> only when the catalog defines it.",
        ko: "카탈로그에 정의된 코드일 때만 <c>true</c>를 돌려준다.");
    public static readonly DocText HttpStatusTryParse = new(
        en: "Reads digits (100–599, as <see cref=\"FromCode(int)\"/>), a <see cref=\"Name\"/> (<c>NotFound</c>), an English title (<c>Not Found</c>) or an alias (<c>Payload Too Large</c>), or the digits followed by the code's name, title or alias (<c>404 Not Found</c>, what <see cref=\"ToString()\"/> writes), case-insensitively and ignoring surrounding white space.",
        ko: "숫자(100–599), 이름(<c>NotFound</c>), 영어 제목(<c>Not Found</c>), 별칭(<c>Payload Too Large</c>), 또는 숫자 뒤에 그 코드의 이름·제목·별칭을 붙인 형식(<see cref=\"ToString()\"/>이 쓰는 <c>404 Not Found</c>)을 읽는다. 대소문자와 앞뒤 공백은 무시한다.");
    public static readonly DocText HttpStatusParse = new(
        en: "Reads what <see cref=\"TryParse(string, out HttpStatus)\"/> accepts, and throws when the text is not a status.",
        ko: "<see cref=\"TryParse(string, out HttpStatus)\"/>가 받는 형식을 읽는다. 상태가 아니면 예외를 던진다.");
    public static readonly DocText HttpStatusParseFormatException = new(en: "The text is not a status; the message quotes it.", ko: "상태가 아닌 텍스트이다. 메시지에 그 텍스트가 들어 있다.");
    public static readonly DocText HttpStatusParseNullException = new(en: "<paramref name=\"text\"/> is <c>null</c>.", ko: "<paramref name=\"text\"/>가 <c>null</c>이다.");
    public static readonly DocText HttpStatusToStringFormat = new(
        en: "Formats as <c>G</c> (<c>404 Not Found</c>, the default for <c>null</c> or empty; only the number for a code the catalog does not define) or <c>D</c> (<c>404</c>), case-insensitively, as <c>$\"{status:D}\"</c> does.",
        ko: "<c>G</c>(<c>404 Not Found</c>, <c>null</c>이나 빈 형식의 기본값. 카탈로그에 없는 코드는 번호만) 또는 <c>D</c>(<c>404</c>) 형식으로 쓴다. 대소문자는 구분하지 않으며 <c>$\"{status:D}\"</c>도 같다.");
    public static readonly DocText HttpStatusFormatException = new(en: "The format is neither <c>G</c> nor <c>D</c>.", ko: "형식이 <c>G</c>도 <c>D</c>도 아니다.");
    public static readonly DocText HttpStatusTryFormat = new(
        en: "Writes the <c>G</c> or <c>D</c> form into <paramref name=\"destination\"/> without allocating; <c>false</c>, with nothing written, when it does not fit. String interpolation calls it.",
        ko: "<c>G</c> 또는 <c>D</c> 형식을 할당 없이 <paramref name=\"destination\"/>에 쓴다. 공간이 모자라면 아무것도 쓰지 않고 <c>false</c>를 돌려준다. 문자열 보간이 이 메서드를 부른다.");
    public static readonly DocText HttpStatusTryFormatUtf8 = new(
        en: "Writes the <c>G</c> or <c>D</c> form as UTF-8 into <paramref name=\"utf8Destination\"/> without allocating; <c>false</c>, with nothing written, when it does not fit. <c>Utf8.TryWrite</c> calls it; <c>Utf8JsonWriter</c> has no overload for it, so format into a stack buffer and pass the bytes to <c>WriteStringValue</c>.",
        ko: "<c>G</c> 또는 <c>D</c> 형식을 UTF-8로 할당 없이 <paramref name=\"utf8Destination\"/>에 쓴다. 공간이 모자라면 아무것도 쓰지 않고 <c>false</c>를 돌려준다. <c>Utf8.TryWrite</c>가 이 메서드를 부른다. <c>Utf8JsonWriter</c>에는 이를 받는 오버로드가 없으므로 스택 버퍼에 쓴 바이트를 <c>WriteStringValue</c>에 넘긴다.");
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
    public static readonly DocText HttpStatusComparison = new(en: "Compares the two codes.", ko: "두 코드를 비교한다.");
    public static readonly DocText HttpStatusJsonConverterSummary = new(
        en: "The System.Text.Json converter of <see cref=\"HttpStatus\"/>: writes the status as a JSON number and reads it from a number or from a string holding digits, a name, an English title or an alias, or digits and one of those. <see cref=\"HttpStatus\"/> carries it as an attribute, so there is nothing to register.",
        ko: "<see cref=\"HttpStatus\"/>를 JSON 숫자로 쓰고, 숫자 또는 숫자·이름·영어 제목·별칭 문자열(<c>404 Not Found</c> 포함)에서 읽는 System.Text.Json 변환기. <see cref=\"HttpStatus\"/>에 특성으로 붙어 있으므로 직접 등록할 필요가 없다.");
    public static readonly DocText HttpStatusJsonConverterRemarks = new(
        en: "Reads a whole number from 100 to 599, or a string that <see cref=\"HttpStatus.TryParse(string, out HttpStatus)\"/> accepts (<c>\"404\"</c>, <c>\"NotFound\"</c>, <c>\"not found\"</c>, <c>\"404 Not Found\"</c>, an alias such as <c>\"Payload Too Large\"</c>); anything else (a number out of range or with a fraction, an unknown name, <c>true</c>, an object, an array) is a <see cref=\"global::System.Text.Json.JsonException\"/>. Works for dictionary keys too, written as the number's digits.",
        ko: "읽기: 100–599의 정수, 또는 <see cref=\"HttpStatus.TryParse(string, out HttpStatus)\"/>가 받는 문자열(<c>\"404\"</c>, <c>\"NotFound\"</c>, <c>\"not found\"</c>, <c>\"404 Not Found\"</c>, <c>\"Payload Too Large\"</c> 같은 별칭). 그 밖의 값(범위 밖의 수, 소수, 모르는 이름, <c>true</c>, 객체, 배열)은 <see cref=\"global::System.Text.Json.JsonException\"/>이다. 딕셔너리 키로도 쓸 수 있다 (숫자 문자열로 쓴다).");
    public static readonly DocText StatusProblemJsonConverterSummary = new(
        en: "The System.Text.Json converter of <see cref=\"StatusProblem\"/>: RFC 9457 JSON, the body of <c>application/problem+json</c>. <see cref=\"StatusProblem\"/> carries it as an attribute.",
        ko: "<see cref=\"StatusProblem\"/>을 RFC 9457 JSON(<c>application/problem+json</c>)으로 읽고 쓰는 System.Text.Json 변환기. <see cref=\"StatusProblem\"/>에 특성으로 붙어 있다.");
    public static readonly DocText StatusProblemJsonConverterRemarks = new(
        en: "Writes <c>type</c> (always), <c>title</c>, <c>detail</c> and <c>instance</c> (when set) and the extension members flattened into the same object, under RFC 9457's member names whatever the options' naming policy; an extension named like a standard member is not written. Reads those members and skips <c>status</c> (the status is the one of the result that carries the problem); any other member becomes an extension: a string as <see cref=\"string\"/>, <c>true</c>/<c>false</c> as <see cref=\"bool\"/>, a number as the first of <see cref=\"int\"/>, <see cref=\"long\"/>, <see cref=\"double\"/> that holds it, <c>null</c> as <c>null</c>, an object or array as a <see cref=\"global::System.Text.Json.JsonElement\"/>.",
        ko: "쓰기: <c>type</c>(항상), <c>title</c>, <c>detail</c>, <c>instance</c>(있을 때), 그리고 확장 멤버를 같은 객체에 펼쳐 쓴다. 멤버 이름은 직렬화 옵션의 이름 정책과 관계없이 RFC의 이름이다. 표준 멤버와 이름이 같은 확장 멤버는 쓰지 않는다. 읽기: <c>status</c>는 건너뛴다(상태는 문제를 담은 결과의 것). 모르는 멤버는 확장 멤버가 되며, 문자열은 <see cref=\"string\"/>, 참·거짓은 <see cref=\"bool\"/>, 수는 <see cref=\"int\"/>, <see cref=\"long\"/>, <see cref=\"double\"/> 중 맞는 첫 형식, <c>null</c>은 <c>null</c>, 객체와 배열은 <see cref=\"global::System.Text.Json.JsonElement\"/>로 읽는다.");

    /// <summary>How a code's registration status reads, or null for an ordinary registration.</summary>
    public static DocText? For(Primitives.Registration registration) => registration switch
    {
        Primitives.Registration.Temporary => Temporary,
        Primitives.Registration.Deprecated => Deprecated,
        Primitives.Registration.Obsoleted => Obsoleted,
        Primitives.Registration.Unused => Unused,
        _ => null,
    };

    // StatusResult<T>, StatusProblem, StatusResultException and the HttpClient and ASP.NET Core parts.

    // The T of StatusResult<T> and of ReadStatusResultAsync<T>.
    public static readonly DocText SuccessContentTypeParameter = new(en: "The type of the content of a success response.", ko: "성공 응답 내용의 형식.");

    // StatusResult<T> (StatusResultEmitter). ResponseContent is also a content case's Value and constructor parameter.
    public static readonly DocText ResponseContent = new(en: "The response content.", ko: "응답 내용.");
    public static readonly DocText ResultSummary = new(
        en: "The result of an operation that ends in one status code of the catalog: one nested sealed case class per code, each carrying exactly the data its code calls for (content, <c>Location</c>, <c>Retry-After</c>, problem details).",
        ko: "카탈로그의 상태 코드 하나로 끝나는 작업의 결과. 코드마다 중첩된 sealed case 클래스가 하나씩 있고, 각 case는 그 코드에 맞는 데이터(내용, <c>Location</c>, <c>Retry-After</c>, 문제 세부 정보)만 가진다.");
    public static readonly DocText ResultRemarks = new(
        en: "Closed: the constructor is private, so only the nested case classes derive from this class. 1xx codes and <c>unused</c> codes have no case. <see cref=\"Match{TResult}\"/> makes handling all four groups (success, redirection, client error, server error) a compile-time requirement; a <c>switch</c> over the case types that lists every case needs no discard arm: the package's STG1100 suppresses the compiler's CS8509 there, and STG1002 names the cases a switch misses.",
        ko: "생성자가 private이므로 중첩된 case 클래스만 이 클래스를 상속한다. 1xx 코드와 <c>unused</c> 코드에는 case가 없다. <see cref=\"Match{TResult}\"/>는 네 그룹(성공, 리다이렉션, 클라이언트 오류, 서버 오류)을 모두 처리하도록 컴파일 시간에 강제한다. case 형식에 대한 <c>switch</c>가 모든 case를 나열하면 <c>_</c> 갈래가 필요 없다. 패키지의 STG1100이 컴파일러의 CS8509를 억제하고, STG1002가 빠진 case를 알려 준다.");
    public static readonly DocText ResultStatus = new(en: "The HTTP status of this result.", ko: "이 결과의 HTTP 상태.");
    public static readonly DocText ResultIsSuccess = new(en: "Whether this is a 2xx success result.", ko: "2xx 성공 결과인지 여부.");
    public static readonly DocText ResultTryGetValue = new(
        en: "Gets the content when this case carries one (a 2xx code that has content) and returns <c>true</c>; returns <c>false</c> for every other case.",
        ko: "내용이 있는 case(본문이 있는 2xx 코드)이면 그 내용을 주고 <c>true</c>를 돌려준다. 그 밖의 case는 <c>false</c>.");
    public static readonly DocText ResultTryGetValueParameter = new(en: "The content; <c>default</c> when this returns <c>false</c>.", ko: "내용. <c>false</c>를 돌려줄 때는 <c>default</c>.");
    public static readonly DocText ResultTryGetValueReturns = new(en: "<c>true</c> when this case carries content.", ko: "내용이 있으면 <c>true</c>.");
    public static readonly DocText ResultMatch = new(
        en: "Calls the one callback for this result's group and returns what it returns. All four callbacks are required, so a group left unhandled is a compile-time error.",
        ko: "결과의 그룹에 맞는 콜백 하나를 호출하고 그 값을 돌려준다. 네 콜백이 모두 필요하므로 처리하지 않은 그룹은 컴파일 오류가 된다.");
    public static readonly DocText ResultMatchTypeParameter = new(en: "The type the callbacks return.", ko: "콜백이 돌려주는 값의 형식.");
    public static readonly DocText ResultMatchReturns = new(en: "What the called callback returned.", ko: "호출된 콜백이 돌려준 값.");
    public static readonly DocText ResultSwitch = new(
        en: "Calls the one action for this result's group. Like <see cref=\"Match{TResult}\"/>, all four actions are required.",
        ko: "결과의 그룹에 맞는 동작 하나를 호출한다. <see cref=\"Match{TResult}\"/>와 같이 네 동작이 모두 필요하다.");
    public static readonly DocText ResultSuccessCallback = new(
        en: "Handles a 2xx result. Receives the case; get the content with <see cref=\"TryGetValue\"/> or a type pattern (some codes, such as 204, have none).",
        ko: "2xx 결과를 처리한다. case를 받는다. 내용은 <see cref=\"TryGetValue\"/>나 형식 패턴으로 얻는다 (204처럼 내용이 없는 코드도 있다).");
    public static readonly DocText ResultRedirectionCallback = new(
        en: "Handles a 3xx result. Receives the case and its <c>Location</c>, or <c>null</c> for a case without one (such as 304).",
        ko: "3xx 결과를 처리한다. case와 그 <c>Location</c>을 받는다. <c>Location</c>이 없는 case(예: 304)는 <c>null</c>.");
    public static readonly DocText ResultClientErrorCallback = new(
        en: "Handles a 4xx result. Receives the case and its problem details: the case's <c>Problem</c>, or when it has none the default for its status (<see cref=\"StatusProblem.For\"/>: <c>about:blank</c> titled with the reason phrase, RFC 9457 §4.2.1).",
        ko: "4xx 결과를 처리한다. case와 문제 세부 정보를 받는다: case의 <c>Problem</c>, 없으면 상태의 기본값(<see cref=\"StatusProblem.For\"/>: <c>about:blank</c>, 제목은 사유 구절).");
    public static readonly DocText ResultServerErrorCallback = new(
        en: "Handles a 5xx result. Receives the case and its problem details, as <paramref name=\"clientError\"/> does.",
        ko: "5xx 결과를 처리한다. <paramref name=\"clientError\"/>와 같이 case와 문제 세부 정보를 받는다.");
    public static readonly DocText ResultCallbackIsNull = new(en: "One of the callbacks is <c>null</c>.", ko: "콜백 중 하나가 <c>null</c>이다.");
    public static readonly DocText ResultEquals = new(
        en: "Whether <paramref name=\"other\"/> is the same case with equal data (content, <c>Location</c>, <c>Retry-After</c>, problem details).",
        ko: "<paramref name=\"other\"/>가 같은 case이고 데이터(내용, <c>Location</c>, <c>Retry-After</c>, 문제 세부 정보)가 같은지 여부.");
    public static readonly DocText ResultToCompare = new(en: "The result to compare with.", ko: "비교할 결과.");
    public static readonly DocText ResultToString = new(
        en: "What a log needs, never the content: the status, then <c> → </c> and the <c>Location</c> if the case has one, <c>: </c> and the problem's detail (or, when the detail is missing, empty or white space, its title when that is not the reason phrase), and <c> (Retry-After: </c>seconds, rounded up as the header is sent<c>)</c>, each only when present, e.g. <c>303 See Other → /orders/2</c>, <c>404 Not Found: No order 7</c>, <c>503 Service Unavailable (Retry-After: 30)</c>. Control characters (and U+2028, U+2029) in the location, detail or title are escaped as <c>\\n</c>, <c>\\r</c>, <c>\\t</c> or <c>\\uXXXX</c>, so text built from input cannot forge log lines.",
        ko: "로그에 필요한 것만 쓰며 내용(값)은 쓰지 않는다. 상태, 그리고 있을 때만 <c> → </c>와 <c>Location</c>, <c>: </c>와 문제의 detail(없거나 비었거나 공백뿐이면 사유 구절과 다른 title), <c> (Retry-After: </c>초(헤더로 보내는 대로 올림)<c>)</c>를 붙인다. 예: <c>303 See Other → /orders/2</c>, <c>404 Not Found: No order 7</c>, <c>503 Service Unavailable (Retry-After: 30)</c>. 입력으로 만든 텍스트가 로그 줄을 위조하지 못하도록 location, detail, title의 제어 문자(와 U+2028, U+2029)는 <c>\\n</c>, <c>\\r</c>, <c>\\t</c>, <c>\\uXXXX</c>로 이스케이프한다.");
    public static readonly DocText ResultDescribe = new(
        en: "What <c>ToString()</c> of a <c>StatusResult&lt;T&gt;</c> case and of an endpoint union case returns: one implementation, so the two agree.",
        ko: "<c>StatusResult&lt;T&gt;</c> case와 엔드포인트 union case의 <c>ToString()</c>이 돌려주는 문자열. 구현이 하나이므로 둘이 같다.");
    public static readonly DocText ResultsEqual = new(en: "Whether the two results are the same case with equal data.", ko: "두 결과가 같은 case이고 데이터가 같은지 여부.");
    public static readonly DocText ResultsDiffer = new(en: "Whether the two results differ in case or data.", ko: "두 결과가 다른 case이거나 데이터가 다른지 여부.");
    public static readonly DocText ResultLeft = new(en: "The left result.", ko: "왼쪽 결과.");
    public static readonly DocText ResultRight = new(en: "The right result.", ko: "오른쪽 결과.");

    // The implicit conversion from T; {0} is the name of the 200 case.
    public static readonly DocText ResultFromValue = new(
        en: "Wraps <paramref name=\"value\"/> in an <see cref=\"{0}\"/> result, so a method can <c>return order;</c>.",
        ko: "내용을 <see cref=\"{0}\"/> 결과로 감싼다. <c>return order;</c>처럼 쓸 수 있다.");

    // The case classes of StatusResult<T>. {0} in CaseConstructor is the status as <c>404 Not Found</c> shows it, in
    // CaseInstance the case's name.
    public static readonly DocText CaseConstructor = new(en: "Creates a <c>{0}</c> result.", ko: "<c>{0}</c> 결과를 만든다.");
    public static readonly DocText CaseInstance = new(en: "A shared instance, equal to <c>new {0}()</c>: returning it allocates nothing.", ko: "<c>new {0}()</c>와 같은 공유 인스턴스. 돌려줄 때 할당하지 않는다.");
    public static readonly DocText CaseLocationParameter = new(
        en: "The URI reference for the <c>Location</c> header, e.g. <c>/orders/1</c>; must not be <c>null</c>, empty or white space.",
        ko: "<c>Location</c> 헤더에 보낼 URI 참조 (예: <c>/orders/1</c>). <c>null</c>이거나 비어 있거나 공백뿐이면 안 된다.");
    public static readonly DocText CaseOptionalLocationParameter = new(
        en: "The URI reference of the server's preferred choice, for the <c>Location</c> header, or <c>null</c> when it has none; must not be empty or white space.",
        ko: "서버가 선호하는 선택지의 URI 참조(<c>Location</c>), 없으면 <c>null</c>. 비어 있거나 공백뿐이면 안 된다.");
    public static readonly DocText CaseRetryAfterParameter = new(
        en: "How long the client is asked to wait before its next request (<c>Retry-After</c>), or <c>null</c>; must not be negative.",
        ko: "클라이언트가 다음 요청 전에 기다릴 시간(<c>Retry-After</c>), 없으면 <c>null</c>. 음수이면 안 된다.");
    public static readonly DocText CaseProblemParameter = new(en: "RFC 9457 problem details for the response body, or <c>null</c>.", ko: "응답 본문에 쓸 RFC 9457 문제 세부 정보, 없으면 <c>null</c>.");
    public static readonly DocText CaseLocationIsNull = new(en: "<paramref name=\"location\"/> is <c>null</c>.", ko: "<paramref name=\"location\"/>이 <c>null</c>이다.");
    public static readonly DocText CaseLocationIsBlank = new(
        en: "<paramref name=\"location\"/> is empty or white space, or holds a CR, LF or NUL (header injection).",
        ko: "<paramref name=\"location\"/>이 비어 있거나 공백뿐이거나, CR, LF, NUL을 담고 있다(헤더 주입).");
    public static readonly DocText CaseRetryAfterIsNegative = new(en: "<paramref name=\"retryAfter\"/> is negative.", ko: "<paramref name=\"retryAfter\"/>가 음수이다.");
    public static readonly DocText CaseLocation = new(en: "The URI reference for the <c>Location</c> header.", ko: "<c>Location</c> 헤더에 보낼 URI 참조.");
    public static readonly DocText CaseOptionalLocation = new(
        en: "The URI reference of the server's preferred choice (<c>Location</c>), or <c>null</c>.",
        ko: "서버가 선호하는 선택지의 URI 참조(<c>Location</c>), 없으면 <c>null</c>.");
    public static readonly DocText CaseRetryAfter = new(en: "The delay to send as <c>Retry-After</c>, or <c>null</c>.", ko: "<c>Retry-After</c>로 보낼 대기 시간, 없으면 <c>null</c>.");
    public static readonly DocText CaseProblem = new(en: "RFC 9457 problem details, or <c>null</c> when none were given.", ko: "RFC 9457 문제 세부 정보, 없으면 <c>null</c>.");

    // The header fields a flag makes part of a status (CaseShape.HeaderFields): {0} the field, {1} the RFC 9110 section,
    // {2} the parameter.
    public static readonly DocText CaseHeaderParameter = new(
        en: "The value of the <c>{0}</c> header field, which RFC 9110 §{1} requires on this status, sent exactly as given; must not be <c>null</c>, empty or white space, or hold a CR, LF or NUL character.",
        ko: "RFC 9110 §{1}이 이 상태에 요구하는 <c>{0}</c> 헤더 필드의 값. 주어진 그대로 보낸다. <c>null</c>이거나 비어 있거나 공백뿐이거나 CR, LF, NUL 문자를 담으면 안 된다.");
    public static readonly DocText CaseHeaderMayBeEmptyParameter = new(
        en: "The value of the <c>{0}</c> header field, which RFC 9110 §{1} requires on this status, sent exactly as given (for <c>Allow</c>, e.g. <c>GET, HEAD</c>; empty when no method is allowed); must not be <c>null</c> or hold a CR, LF or NUL character.",
        ko: "RFC 9110 §{1}이 이 상태에 요구하는 <c>{0}</c> 헤더 필드의 값. 주어진 그대로 보낸다(<c>Allow</c>이면 예: <c>GET, HEAD</c>, 허용되는 메서드가 없으면 빈 문자열). <c>null</c>이거나 CR, LF, NUL 문자를 담으면 안 된다.");
    public static readonly DocText CaseOptionalHeaderParameter = new(
        en: "The value of the <c>{0}</c> header field, which RFC 9110 §{1} asks this status to carry (for <c>Content-Range</c>, e.g. <c>bytes */47022</c>), sent exactly as given, or <c>null</c> for none; must not be empty or white space, or hold a CR, LF or NUL character.",
        ko: "RFC 9110 §{1}이 이 상태에 권하는 <c>{0}</c> 헤더 필드의 값(<c>Content-Range</c>이면 예: <c>bytes */47022</c>). 주어진 그대로 보내며, 없으면 <c>null</c>. 비어 있거나 공백뿐이거나 CR, LF, NUL 문자를 담으면 안 된다.");
    public static readonly DocText CaseHeader = new(
        en: "The value of the <c>{0}</c> header field, as sent and read back. Empty when the case was read from a response that had none: RFC 9110 §{1} requires the field, but the reader is lenient so that a common non-conforming server (ASP.NET Core's own <c>Results.Unauthorized()</c>, an HTTP/2 connection that drops <c>Upgrade</c>) does not make the response unreadable.",
        ko: "보내고 다시 읽는 그대로의 <c>{0}</c> 헤더 필드 값. 이 필드가 없는 응답에서 읽은 case이면 빈 문자열이다. RFC 9110 §{1}은 이 필드를 요구하지만, 흔한 비준수 서버(ASP.NET Core 자신의 <c>Results.Unauthorized()</c>, <c>Upgrade</c>를 빼는 HTTP/2 연결) 때문에 응답을 읽지 못하는 일이 없도록 읽는 쪽은 관대하다.");
    public static readonly DocText CaseHeaderMayBeEmpty = new(
        en: "The value of the <c>{0}</c> header field, as sent and read back (for <c>Allow</c>, empty when no method is allowed, and also when the case was read from a response that had none, which RFC 9110 §{1} does not allow).",
        ko: "보내고 다시 읽는 그대로의 <c>{0}</c> 헤더 필드 값(<c>Allow</c>이면 허용되는 메서드가 없을 때 빈 문자열이고, RFC 9110 §{1}이 허용하지 않지만 이 필드가 없는 응답에서 읽은 case일 때도 빈 문자열이다).");
    public static readonly DocText CaseOptionalHeader = new(
        en: "The value of the <c>{0}</c> header field, as sent and read back, or <c>null</c> when there is none.",
        ko: "보내고 다시 읽는 그대로의 <c>{0}</c> 헤더 필드 값, 없으면 <c>null</c>.");
    public static readonly DocText CaseHeaderIsNull = new(en: "<paramref name=\"{2}\"/> is <c>null</c>.", ko: "<paramref name=\"{2}\"/>가 <c>null</c>이다.");
    public static readonly DocText CaseHeaderIsInvalid = new(
        en: "<paramref name=\"{2}\"/> is empty or white space, or holds a CR, LF or NUL (header injection).",
        ko: "<paramref name=\"{2}\"/>가 비어 있거나 공백뿐이거나, CR, LF, NUL을 담고 있다(헤더 주입).");
    public static readonly DocText CaseHeaderHasLineBreak = new(
        en: "<paramref name=\"{2}\"/> holds a CR, LF or NUL (header injection).",
        ko: "<paramref name=\"{2}\"/>가 CR, LF, NUL을 담고 있다(헤더 주입).");

    // Extra header fields on every case (StatusResult<T>.Headers, WithHeader).
    public static readonly DocText ResultHeaders = new(
        en: "Extra header fields of the response, in order, one pair per field line (names as given; a name with several values has several pairs): written by the ASP.NET Core part, and read back by <c>ReadStatusResultAsync</c> from every response and content header except the framing ones (<c>Content-Length</c>, <c>Content-Type</c>, <c>Transfer-Encoding</c>, <c>Connection</c>, ...) and those the case has a member for (<c>Location</c>, <c>Retry-After</c>, <c>WWW-Authenticate</c>, ...). They take no part in equality.",
        ko: "응답의 추가 헤더 필드. 필드 줄마다 한 쌍씩 순서대로 들어 있다(이름은 주어진 그대로, 값이 여럿인 이름은 쌍도 여럿). ASP.NET Core 부분이 쓰고, <c>ReadStatusResultAsync</c>는 프레이밍 헤더(<c>Content-Length</c>, <c>Content-Type</c>, <c>Transfer-Encoding</c>, <c>Connection</c> 등)와 case의 멤버인 헤더(<c>Location</c>, <c>Retry-After</c>, <c>WWW-Authenticate</c> 등)를 뺀 모든 응답·콘텐츠 헤더를 다시 읽는다. 동등성 비교에는 들어가지 않는다.");
    public static readonly DocText ResultWithHeader = new(
        en: "A copy of this result, the same case with the same data, whose <see cref=\"Headers\"/> have the field <paramref name=\"name\"/> set to <paramref name=\"values\"/> (one field line each), replacing any values it had under that name (names compare case-insensitively). This result is not changed.",
        ko: "이 결과의 복사본(같은 case, 같은 데이터)으로, <see cref=\"Headers\"/>에서 <paramref name=\"name\"/> 필드를 <paramref name=\"values\"/>(값마다 필드 줄 하나)로 정한다. 그 이름으로 있던 값은 바뀐다(이름은 대소문자를 구분하지 않는다). 이 결과는 바뀌지 않는다.");
    public static readonly DocText ResultWithHeaderName = new(en: "The field name, an RFC 9110 token such as <c>ETag</c> or <c>Cache-Control</c>.", ko: "필드 이름. <c>ETag</c>, <c>Cache-Control</c> 같은 RFC 9110 토큰.");
    public static readonly DocText ResultWithHeaderValues = new(en: "One or more field values, sent exactly as given.", ko: "하나 이상의 필드 값. 주어진 그대로 보낸다.");
    public static readonly DocText ResultWithHeaderReturns = new(en: "The copy with the field set.", ko: "필드를 정한 복사본.");
    public static readonly DocText ResultWithHeaderIsNull = new(en: "<paramref name=\"name\"/>, <paramref name=\"values\"/> or one of the values is <c>null</c>.", ko: "<paramref name=\"name\"/>, <paramref name=\"values\"/> 또는 값 하나가 <c>null</c>이다.");
    public static readonly DocText ResultWithHeaderIsInvalid = new(
        en: "<paramref name=\"name\"/> is not a token; or it names a field the case has a member for (<c>Location</c>, <c>Retry-After</c>, <c>WWW-Authenticate</c>, ...: pass it to the constructor) or one the response's framing decides (<c>Content-Length</c>, <c>Content-Type</c>, <c>Transfer-Encoding</c>, <c>Connection</c>, <c>Keep-Alive</c>, <c>Proxy-Connection</c>, <c>TE</c>, <c>Trailer</c>); or <paramref name=\"values\"/> is empty; or a value holds a CR, LF or NUL character (header injection).",
        ko: "<paramref name=\"name\"/>가 토큰이 아니거나, case의 멤버인 필드(<c>Location</c>, <c>Retry-After</c>, <c>WWW-Authenticate</c> 등: 생성자에 넘긴다) 또는 응답의 프레이밍이 정하는 필드(<c>Content-Length</c>, <c>Content-Type</c>, <c>Transfer-Encoding</c>, <c>Connection</c>, <c>Keep-Alive</c>, <c>Proxy-Connection</c>, <c>TE</c>, <c>Trailer</c>)이다. 또는 <paramref name=\"values\"/>가 비어 있거나, 값이 CR, LF, NUL 문자를 담고 있다(헤더 주입).");

    // StatusProblem (StatusProblemEmitter).
    public static readonly DocText ProblemSummary = new(
        en: "RFC 9457 problem details: a machine-readable description of an error for the response body (<c>type</c>, <c>title</c>, <c>detail</c>, <c>instance</c> and extension members).",
        ko: "RFC 9457 문제 세부 정보: 오류 응답 본문에 담는 기계가 읽을 수 있는 오류 설명 (<c>type</c>, <c>title</c>, <c>detail</c>, <c>instance</c>, 확장 멤버).");
    public static readonly DocText ProblemRemarks = new(
        en: "RFC 9457's <c>status</c> member comes from the <c>Status</c> of the result that carries the problem. <see cref=\"For\"/> makes the <c>about:blank</c> problem for a status, titled with its reason phrase or its title in a given language (RFC 9457 §4.2.1).",
        ko: "RFC 9457의 <c>status</c> 멤버는 이 문제를 담은 결과의 <c>Status</c>에서 온다. <see cref=\"For\"/>는 상태의 사유 구절(또는 주어진 언어의 제목)을 제목으로 하는 <c>about:blank</c> 문제를 만든다 (RFC 9457 §4.2.1).");
    public static readonly DocText ProblemDefaultType = new(
        en: "The <see cref=\"Type\"/> when none is given: a problem with no meaning beyond its status code.",
        ko: "형식을 주지 않았을 때의 <see cref=\"Type\"/>: 상태 코드 외의 의미가 없는 문제.");
    public static readonly DocText ProblemConstructor = new(en: "Creates problem details.", ko: "문제 세부 정보를 만든다.");
    public static readonly DocText ProblemTitleParameter = new(en: "A short summary of the problem type, or <c>null</c>.", ko: "문제 유형의 짧은 요약. 없으면 <c>null</c>.");
    public static readonly DocText ProblemDetailParameter = new(en: "An explanation specific to this occurrence, or <c>null</c>.", ko: "이 발생에 대한 설명. 없으면 <c>null</c>.");
    public static readonly DocText ProblemTypeParameter = new(
        en: "A URI reference that identifies the problem type; <see cref=\"DefaultType\"/> when <c>null</c> or empty.",
        ko: "문제 유형을 나타내는 URI 참조. <c>null</c>이거나 비어 있으면 <see cref=\"DefaultType\"/>.");
    public static readonly DocText ProblemInstanceParameter = new(en: "A URI reference that identifies this occurrence, or <c>null</c>.", ko: "이 발생을 나타내는 URI 참조. 없으면 <c>null</c>.");
    public static readonly DocText ProblemType = new(
        en: "A URI reference that identifies the problem type (RFC 9457 <c>type</c>); <c>about:blank</c> by default.",
        ko: "문제 유형을 나타내는 URI 참조 (RFC 9457 <c>type</c>). 기본값은 <c>about:blank</c>.");
    public static readonly DocText ProblemTitle = new(en: "A short, human-readable summary of the problem type (RFC 9457 <c>title</c>).", ko: "문제 유형의 짧은 요약 (RFC 9457 <c>title</c>).");
    public static readonly DocText ProblemDetail = new(en: "A human-readable explanation specific to this occurrence (RFC 9457 <c>detail</c>).", ko: "이 발생에 대한 설명 (RFC 9457 <c>detail</c>).");
    public static readonly DocText ProblemInstance = new(en: "A URI reference that identifies this occurrence (RFC 9457 <c>instance</c>).", ko: "이 발생을 나타내는 URI 참조 (RFC 9457 <c>instance</c>).");
    public static readonly DocText ProblemExtensions = new(
        en: "Extension members (RFC 9457 §3.2), created on first use; fill them in an object initializer: <c>Extensions = { [\"traceId\"] = id }</c>.",
        ko: "확장 멤버 (RFC 9457 §3.2). 처음 쓸 때 만들어지며, 객체 이니셜라이저에서 <c>Extensions = { [\"traceId\"] = id }</c>처럼 채울 수 있다.");
    public static readonly DocText ProblemFor = new(
        en: "The problem details for <paramref name=\"status\"/> alone: type <c>about:blank</c>, titled with the status's reason phrase, or with its title in <paramref name=\"language\"/> when given.",
        ko: "상태의 기본 문제 세부 정보: 형식은 <c>about:blank</c>, 제목은 상태의 사유 구절(<paramref name=\"language\"/>를 주면 그 언어의 제목).");
    public static readonly DocText ProblemForStatusParameter = new(en: "The status of the problem.", ko: "문제의 상태.");
    public static readonly DocText ProblemForLanguageParameter = new(
        en: "The language of the title, e.g. <c>ko</c>; <c>null</c> for the IANA English reason phrase.",
        ko: "제목의 언어 (예: <c>ko</c>). <c>null</c>이면 IANA 영어 사유 구절.");
    public static readonly DocText ProblemEquals = new(
        en: "Whether every member is equal; extensions compare by key (ordinal) and by <see cref=\"object.Equals(object, object)\"/> on their values.",
        ko: "모든 멤버가 같은지 여부. 확장 멤버는 키(대소문자 구분)와 <see cref=\"object.Equals(object, object)\"/>로 값을 비교한다.");
    public static readonly DocText ProblemToCompare = new(en: "The problem details to compare with.", ko: "비교할 문제 세부 정보.");
    public static readonly DocText ProblemHashCode = new(en: "A hash code of every member except the extensions, which may still change.", ko: "해시 코드. 나중에 바뀔 수 있는 확장 멤버는 포함하지 않는다.");
    public static readonly DocText ProblemToString = new(
        en: "<c>\"Title: Detail\"</c>; the detail alone without a title, the type when neither is set.",
        ko: "<c>\"제목: 설명\"</c> 형식. 제목이 없으면 설명, 둘 다 없으면 형식.");
    public static readonly DocText ProblemsEqual = new(en: "Whether the two problem details are equal.", ko: "두 문제 세부 정보가 같은지 여부.");
    public static readonly DocText ProblemsDiffer = new(en: "Whether the two problem details differ.", ko: "두 문제 세부 정보가 다른지 여부.");
    public static readonly DocText ProblemLeft = new(en: "The left value.", ko: "왼쪽 값.");
    public static readonly DocText ProblemRight = new(en: "The right value.", ko: "오른쪽 값.");

    // StatusResultException (StatusResultExceptionEmitter).
    public static readonly DocText ResultExceptionSummary = new(
        en: "Thrown by <c>ReadStatusResultAsync</c> when an HTTP response cannot be read as a <see cref=\"StatusResult{T}\"/>; the response's status is in <see cref=\"Status\"/>.",
        ko: "HTTP 응답을 <see cref=\"StatusResult{T}\"/>로 읽을 수 없을 때 <c>ReadStatusResultAsync</c>가 던지는 예외. 응답의 상태는 <see cref=\"Status\"/>에 있다.");
    public static readonly DocText ResultExceptionRemarks = new(
        en: "Either the status code has no case — a 1xx code, an <c>unused</c> code (306, 418), or a code the catalog does not define (e.g. 589, whose <see cref=\"HttpStatus.IsKnown\"/> is <c>false</c>) — or the response lacks what its case requires, such as a 301 without a <c>Location</c> header. It derives from <see cref=\"global::System.Net.Http.HttpRequestException\"/>, so code that already handles failed HTTP calls handles it too.",
        ko: "두 경우가 있다. 상태 코드에 case가 없을 때: 1xx, <c>unused</c> 코드(306, 418), 카탈로그에 없는 코드(예: 589, <see cref=\"HttpStatus.IsKnown\"/>이 <c>false</c>). 또는 case가 요구하는 것이 응답에 없을 때: <c>Location</c> 헤더가 없는 301 같은 경우. <see cref=\"global::System.Net.Http.HttpRequestException\"/>을 상속하므로 실패한 HTTP 호출을 처리하는 기존 코드가 이 예외도 처리한다.");
    public static readonly DocText ResultExceptionConstructor = new(en: "Creates the exception for a response's status, with a message.", ko: "응답의 상태와 설명으로 예외를 만든다.");
    public static readonly DocText ResultExceptionConstructorWithCause = new(
        en: "Creates the exception for a response's status, with a message and the exception that caused it.",
        ko: "응답의 상태, 설명, 원인 예외로 예외를 만든다.");
    public static readonly DocText ResultExceptionMessageParameter = new(en: "What went wrong.", ko: "무엇이 잘못되었는지.");
    public static readonly DocText ResultExceptionCauseParameter = new(en: "The exception that caused this one, or <c>null</c>.", ko: "원인 예외. 없으면 <c>null</c>.");
    public static readonly DocText ResultExceptionStatus = new(
        en: "The response's status; a code the catalog does not define is kept as it is (<see cref=\"HttpStatus.IsKnown\"/> is <c>false</c>).",
        ko: "응답의 상태. 카탈로그에 없는 코드도 그대로 담는다 (<see cref=\"HttpStatus.IsKnown\"/>이 <c>false</c>).");

    // The HttpClient extensions (HttpClientEmitter); ResponseStatus is also StatusResultException's status parameter.
    public static readonly DocText ResponseExtensionsSummary = new(
        en: "Extension methods that read an <see cref=\"global::System.Net.Http.HttpResponseMessage\"/>'s status as an <see cref=\"HttpStatus\"/> and the whole response as a <see cref=\"StatusResult{T}\"/>.",
        ko: "<see cref=\"global::System.Net.Http.HttpResponseMessage\"/>의 상태를 <see cref=\"HttpStatus\"/>로, 응답 전체를 <see cref=\"StatusResult{T}\"/>로 읽는 확장 메서드.");
    public static readonly DocText ResponseParameter = new(en: "The HTTP response.", ko: "HTTP 응답.");
    public static readonly DocText ResponseIsNull = new(en: "<paramref name=\"response\"/> is <c>null</c>.", ko: "<paramref name=\"response\"/>가 <c>null</c>이다.");
    public static readonly DocText ResponseStatus = new(en: "The response's status.", ko: "응답의 상태.");
    public static readonly DocText GetStatusSummary = new(
        en: "The response's status code as an <see cref=\"HttpStatus\"/>; a code the catalog does not define is kept (589 gives <see cref=\"HttpStatus.IsKnown\"/> <c>false</c>).",
        ko: "응답의 상태 코드를 <see cref=\"HttpStatus\"/>로. 카탈로그에 없는 코드도 그대로 돌려준다 (589 → <see cref=\"HttpStatus.IsKnown\"/>이 <c>false</c>).");
    public static readonly DocText GetStatusOutOfRange = new(
        en: "The status code is outside 100–599, the range HTTP defines (RFC 9110 §15).",
        ko: "상태 코드가 HTTP가 정의하는 100–599 밖이다.");
    public static readonly DocText ReadStatusResultSummary = new(
        en: "Reads the response as the <see cref=\"StatusResult{T}\"/> case of its status code, with what that case carries: the content (JSON), <c>Location</c>, <c>Retry-After</c>, problem details (<c>application/problem+json</c>).",
        ko: "응답을 상태 코드에 맞는 <see cref=\"StatusResult{T}\"/> case로 읽는다: 내용(JSON), <c>Location</c>, <c>Retry-After</c>, 문제 세부 정보(<c>application/problem+json</c>).");
    public static readonly DocText ReadStatusResultOptionsParameter = new(
        en: "The JSON options to read the content with; <c>null</c> for the web defaults (camelCase, case-insensitive).",
        ko: "내용을 읽을 JSON 옵션. <c>null</c>이면 웹 기본값(camelCase, 대소문자 무시).");
    public static readonly DocText ReadStatusResultCancellationParameter = new(en: "Cancels reading the content.", ko: "취소 토큰.");
    public static readonly DocText ReadStatusResultReturns = new(en: "The response's case.", ko: "응답의 case.");
    public static readonly DocText ReadStatusResultRemarks = new(
        en: "<c>Location</c> is read as sent (a relative reference stays relative), and so are the header fields a case carries (<c>WWW-Authenticate</c>, <c>Allow</c>, ...; several lines joined with <c>\", \"</c>). The other response and content headers, but for the framing ones, become the case's <c>Headers</c>. <c>Retry-After</c> may be delta-seconds or an HTTP-date; a date becomes the delay from the response's <c>Date</c> header (the server's clock, so clock skew does not matter), or from now when there is none, and a date in the past gives zero. Problem details are read from an <c>application/problem+json</c> body only, with the title as sent; a body equal to <c>StatusProblem.For(status)</c> — a problem with no meaning beyond its status code (RFC 9457 §4.2.1) — reads as no problem (<c>null</c>), so a server's <c>new NotFound()</c> comes back as an equal case.",
        ko: "<c>Location</c>은 보낸 그대로(상대 참조는 상대 참조로) 읽으며, case가 담는 헤더 필드(<c>WWW-Authenticate</c>, <c>Allow</c> 등, 여러 줄은 <c>\", \"</c>로 잇는다)도 그렇다. 프레이밍 헤더를 뺀 나머지 응답·콘텐츠 헤더는 case의 <c>Headers</c>가 된다. <c>Retry-After</c>는 초 단위 지연 또는 HTTP 날짜이며, 날짜는 응답의 <c>Date</c> 헤더(없으면 현재 시각)부터의 지연으로 바꾸고 음수는 0으로 한다. 문제 세부 정보는 <c>application/problem+json</c> 본문일 때만 읽으며, 제목은 보낸 그대로이다. 본문이 <c>StatusProblem.For(status)</c>와 같으면(상태 코드 외의 의미가 없는 문제, RFC 9457 §4.2.1) 문제 없음(<c>null</c>)으로 읽으므로, 서버의 <c>new NotFound()</c>는 같은 case로 돌아온다.");
    public static readonly DocText ReadStatusResultNoCase = new(
        en: "The status code has no case (1xx, <c>unused</c>, or not in the catalog), or the response lacks the <c>Location</c> its case requires (a missing <c>WWW-Authenticate</c>, <c>Proxy-Authenticate</c>, <c>Allow</c> or <c>Upgrade</c> reads as an empty value instead); the exception's <c>Status</c> is the response's status.",
        ko: "상태 코드에 case가 없거나(1xx, <c>unused</c>, 카탈로그에 없는 코드), case가 요구하는 <c>Location</c>이 없다(<c>WWW-Authenticate</c>, <c>Proxy-Authenticate</c>, <c>Allow</c>, <c>Upgrade</c>가 없으면 대신 빈 값으로 읽는다). 예외의 <c>Status</c>가 응답의 상태이다.");
    public static readonly DocText ReadStatusResultInvalidJson = new(
        en: "The content or the problem details are not valid JSON, or the content does not fit <typeparamref name=\"T\"/>.",
        ko: "내용이나 문제 세부 정보가 올바른 JSON이 아니거나 <typeparamref name=\"T\"/>로 읽을 수 없다.");

    // The ASP.NET Core part of StatusResult<T> (AspNetCoreEmitter). {0} in AdvertisedCodes is the list of codes.
    public static readonly DocText ExecuteSummary = new(
        en: "Writes this result as the HTTP response: the status code, <c>Location</c> exactly as given, <c>Retry-After</c> in whole seconds rounded up; the content of a content case as JSON with the app's JSON options; an RFC 9457 <c>application/problem+json</c> body for every error case; no body for the <c>no-body</c> codes (204, 205, 304) and redirections.",
        ko: "이 결과를 HTTP 응답으로 쓴다: 상태 코드, <c>Location</c>(주어진 그대로), <c>Retry-After</c>(올림한 초), 내용 case는 앱의 JSON 옵션으로 쓴 JSON, 오류 case는 RFC 9457 <c>application/problem+json</c> 본문, 본문 없는 코드(204, 205, 304)와 리다이렉션은 본문 없음.");
    public static readonly DocText ExecuteRemarks = new(
        en: "The problem body's <c>title</c> is the problem's own title when it has one; otherwise the catalog title in the first language of the request's <c>Accept-Language</c> (by q-value) that the catalog has (<c>ko</c> or <c>ko-KR</c> gives Korean), else English. When the title was chosen that way and the catalog has it in more than one language, the response depends on the header: it gets <c>Vary: Accept-Language</c> (added to any <c>Vary</c> already there) and <c>Content-Language</c> with the catalog language served (unless the response already has one). The case's <c>Headers</c> are written as given.",
        ko: "문제 본문의 <c>title</c>은 문제에 제목이 있으면 그 제목, 없으면 요청의 <c>Accept-Language</c>(q 값 순)에서 카탈로그에 있는 첫 언어의 제목이다 (예: <c>ko</c>, <c>ko-KR</c> → 한국어). 그 밖에는 영어. 제목을 이렇게 골랐고 카탈로그에 그 제목이 두 언어 이상으로 있으면 응답이 이 헤더에 따라 달라지므로, <c>Vary: Accept-Language</c>(이미 있는 <c>Vary</c>에 덧붙인다)와 실제로 보낸 카탈로그 언어의 <c>Content-Language</c>(응답에 이미 없을 때)를 보낸다. case의 <c>Headers</c>는 주어진 그대로 쓴다.");
    public static readonly DocText ExecuteHttpContextParameter = new(en: "The HTTP context to write the response to.", ko: "응답을 쓸 HTTP 컨텍스트.");
    public static readonly DocText ExecuteReturns = new(en: "A task that completes when the response is written.", ko: "응답을 다 쓰면 끝나는 작업.");
    public static readonly DocText PopulateMetadataSummary = new(
        en: "Describes the responses to OpenAPI: 200 with <typeparamref name=\"T\"/> as <c>application/json</c>, 400 and 500 with <see cref=\"StatusProblem\"/> as <c>application/problem+json</c> (the codes RFC 9110 tells clients to treat any other 4xx and 5xx as). Add the other codes an endpoint returns on the endpoint, e.g. <c>.ProducesProblem(404)</c>.",
        ko: "OpenAPI에 응답을 알린다: 200은 <typeparamref name=\"T\"/>(<c>application/json</c>), 400과 500은 <see cref=\"StatusProblem\"/>(<c>application/problem+json</c>). 엔드포인트가 실제로 돌려주는 다른 코드는 <c>.ProducesProblem(404)</c>처럼 엔드포인트에서 더한다.");
    public static readonly DocText AdvertisedCodes = new(en: "Advertised for this catalog: {0}.", ko: "이 카탈로그에서 알리는 코드: {0}.");
    public static readonly DocText PopulateMetadataMethodParameter = new(en: "The endpoint's method.", ko: "엔드포인트의 메서드.");
    public static readonly DocText PopulateMetadataBuilderParameter = new(en: "The endpoint builder to add the metadata to.", ko: "메타데이터를 더할 엔드포인트 빌더.");
}
