namespace StatusGen.Emit.Docs;

/// <summary>
/// The rows of <see cref="DocTexts"/> that the endpoint unions (<c>[StatusUnion]</c>) and their attribute show, kept in
/// a table of their own; rows both show (status, equality, <c>TryGetValue</c>, the case constructors) stay in
/// <see cref="DocTexts"/>. {0} is a <c>&lt;see cref="..."/&gt;</c> or a name where a row says so.
/// </summary>
internal static class StatusUnionDocTexts
{
    // StatusUnionAttribute (StatusUnionAttributeEmitter).
    public static readonly DocText AttributeSummary = new(
        en: "Makes the partial class it is put on an endpoint union: a closed result type with one nested sealed case per listed status code, in the listed order, each named like its <see cref=\"HttpStatus\"/> member and carrying what that code's <see cref=\"StatusResult{T}\"/> case carries.",
        ko: "붙인 partial 클래스를 엔드포인트 유니언으로 만든다: 나열한 상태 코드마다 중첩된 sealed case가 나열한 순서대로 하나씩 있는 닫힌 결과 형식이다. 각 case는 <see cref=\"HttpStatus\"/> 멤버와 같은 이름이고, 그 코드의 <see cref=\"StatusResult{T}\"/> case와 같은 데이터를 가진다.");
    public static readonly DocText AttributeRemarks = new(
        en: "Read by the StatusGen generator only; the attribute is not kept in the compiled assembly. Mistakes (a code the catalog lacks, a code listed twice, a class that is not partial, ...) are STG0100–STG0113 at the argument.",
        ko: "StatusGen 생성기만 읽으며, 컴파일된 어셈블리에는 남지 않는다. 잘못 쓴 곳(카탈로그에 없는 코드, 두 번 나열한 코드, partial이 아닌 클래스 등)은 그 인수에서 STG0100–STG0113으로 알린다.");
    public static readonly DocText AttributeCodesConstructor = new(
        en: "A union without content cases: every listed code must be one that carries no content (no 2xx with a body).",
        ko: "내용 case가 없는 유니언. 나열한 코드는 모두 내용이 없는 코드여야 한다 (본문이 있는 2xx는 안 된다).");
    public static readonly DocText AttributeValueTypeConstructor = new(
        en: "A union whose content cases carry <paramref name=\"valueType\"/>.",
        ko: "내용 case가 <paramref name=\"valueType\"/>을 담는 유니언.");
    public static readonly DocText AttributeCodesParameter = new(
        en: "The status codes of the cases, e.g. <c>HttpStatusCodes.Ok, HttpStatusCodes.NotFound</c>.",
        ko: "case의 상태 코드 (예: <c>HttpStatusCodes.Ok, HttpStatusCodes.NotFound</c>).");
    public static readonly DocText AttributeValueTypeParameter = new(en: "The type of the response content, e.g. <c>typeof(Order)</c>.", ko: "응답 내용의 형식 (예: <c>typeof(Order)</c>).");
    public static readonly DocText AttributeValueType = new(en: "The type of the response content, or <c>null</c>.", ko: "응답 내용의 형식. 없으면 <c>null</c>.");
    public static readonly DocText AttributeCodes = new(en: "The status codes of the cases.", ko: "case의 상태 코드.");

    // The union (StatusUnionEmitter).
    public static readonly DocText UnionConstructor = new(
        en: "Private: only the nested case classes derive from this class, so the set of cases is closed.",
        ko: "private: 중첩된 case 클래스만 이 클래스를 상속하므로 case의 집합은 닫혀 있다.");
    public static readonly DocText UnionMatch = new(
        en: "Calls the callback of this result's case and returns what it returns. Every case has its own required callback, so a case left unhandled is a compile-time error (CS7036).",
        ko: "이 결과의 case에 맞는 콜백을 호출하고 그 값을 돌려준다. case마다 필요한 콜백이 있으므로 처리하지 않은 case는 컴파일 오류(CS7036)가 된다.");
    public static readonly DocText UnionSwitch = new(
        en: "Calls the action of this result's case. Like <c>Match</c>, every case has its own required action.",
        ko: "이 결과의 case에 맞는 동작을 호출한다. <c>Match</c>와 같이 case마다 동작이 필요하다.");

    /// <summary>{0} = the case as a cref, {1} = the status, e.g. <c>404 Not Found</c>.</summary>
    public static readonly DocText UnionCallback = new(en: "Handles <see cref=\"{0}\"/> ({1}); receives the case.", ko: "<see cref=\"{0}\"/>({1})를 처리한다. case를 받는다.");
    public static readonly DocText UnionToStatusResult = new(
        en: "The same outcome as a <see cref=\"StatusResult{T}\"/>: its case of the same name, with the same data.",
        ko: "같은 결과를 <see cref=\"StatusResult{T}\"/>로: 이름이 같은 case, 같은 데이터.");
    public static readonly DocText UnionToStatusResultTypeParameter = new(
        en: "The content type of the <see cref=\"StatusResult{T}\"/>; no case of this union carries content.",
        ko: "<see cref=\"StatusResult{T}\"/>의 내용 형식. 이 유니언의 case는 내용을 가지지 않는다.");
    public static readonly DocText UnionTryFrom = new(
        en: "Narrows a <see cref=\"StatusResult{T}\"/> to this union: <c>true</c> with the case of the same name and data when this union has that case; <c>false</c> for any other case.",
        ko: "<see cref=\"StatusResult{T}\"/>를 이 유니언으로 좁힌다: 이 유니언에 같은 이름의 case가 있으면 같은 데이터로 <c>true</c>, 그 밖의 case는 <c>false</c>.");
    public static readonly DocText UnionTryFromResultParameter = new(en: "The result to narrow.", ko: "좁힐 결과.");
    public static readonly DocText UnionTryFromUnionParameter = new(en: "The union's case; <c>null</c> when this returns <c>false</c>.", ko: "유니언의 case. <c>false</c>를 돌려줄 때는 <c>null</c>.");
    public static readonly DocText UnionTryFromReturns = new(en: "<c>true</c> when this union has the result's case.", ko: "이 유니언에 결과의 case가 있으면 <c>true</c>.");
    public static readonly DocText UnionResultIsNull = new(en: "<paramref name=\"result\"/> is <c>null</c>.", ko: "<paramref name=\"result\"/>가 <c>null</c>이다.");

    /// <summary>{0} = the StatusResult case as a cref.</summary>
    public static readonly DocText UnionFromCase = new(
        en: "Converts <see cref=\"{0}\"/> to this union's case of the same name, with the same data, so a service's <see cref=\"StatusResult{{T}}\"/> case can be returned from an endpoint.",
        ko: "<see cref=\"{0}\"/>를 이 유니언의 같은 이름 case로(같은 데이터로) 바꾼다. 서비스가 돌려준 <see cref=\"StatusResult{{T}}\"/> case를 엔드포인트에서 그대로 돌려줄 수 있다.");
    public static readonly DocText UnionFromCaseParameter = new(en: "The case to convert.", ko: "바꿀 case.");
    public static readonly DocText UnionReadAsync = new(
        en: "Reads the response as this union's case of its status code, with the rules of <c>ReadStatusResultAsync</c>: content as JSON, <c>Location</c>, <c>Retry-After</c>, problem details from <c>application/problem+json</c>.",
        ko: "응답을 상태 코드에 맞는 이 유니언의 case로 읽는다. 규칙은 <c>ReadStatusResultAsync</c>와 같다: 내용(JSON), <c>Location</c>, <c>Retry-After</c>, <c>application/problem+json</c>의 문제 세부 정보.");
    public static readonly DocText UnionReadAsyncNoCase = new(
        en: "The response's status is not one of this union's cases (or lacks the <c>Location</c> its case requires); the exception's <c>Status</c> is the response's status.",
        ko: "응답의 상태가 이 유니언의 case가 아니다 (또는 case가 요구하는 <c>Location</c>이 없다). 예외의 <c>Status</c>가 응답의 상태이다.");
    public static readonly DocText UnionReadAsyncInvalidJson = new(
        en: "The content or the problem details are not valid JSON, or the content does not fit the value type.",
        ko: "내용이나 문제 세부 정보가 올바른 JSON이 아니거나 값 형식으로 읽을 수 없다.");
    public static readonly DocText UnionPopulateMetadata = new(
        en: "Describes exactly this union's responses to OpenAPI: content cases with the value type as <c>application/json</c>, error cases with <see cref=\"StatusProblem\"/> as <c>application/problem+json</c>, the others without content.",
        ko: "이 유니언의 응답만 OpenAPI에 알린다: 내용 case는 값 형식(<c>application/json</c>), 오류 case는 <see cref=\"StatusProblem\"/>(<c>application/problem+json</c>), 그 밖의 case는 내용 없음.");

    // StatusResult<T> when it is declared closed (StatusResultEmitter).
    public static readonly DocText ResultRemarksClosed = new(
        en: "Closed (C# <c>closed</c>): only the nested case classes derive from this class, and the compiler knows it: a <c>switch</c> over the case types that covers every case needs no discard, and a missing case is CS8509. 1xx codes and <c>unused</c> codes have no case. <see cref=\"Match{TResult}\"/> handles the four groups (success, redirection, client error, server error).",
        ko: "닫힌 클래스(C# <c>closed</c>): 중첩된 case 클래스만 이 클래스를 상속하며 컴파일러도 그것을 안다. 모든 case를 다루는 case 형식 <c>switch</c>에는 <c>_</c> 갈래가 필요 없고, 빠진 case는 CS8509이다. 1xx 코드와 <c>unused</c> 코드에는 case가 없다. <see cref=\"Match{TResult}\"/>는 네 그룹(성공, 리다이렉션, 클라이언트 오류, 서버 오류)을 처리한다.");
}
