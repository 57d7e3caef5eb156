// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 402 결제 필요 · Payment Required
/// <para>향후 사용을 위해 예약된 코드이다. 표준으로 정해진 의미는 없다.</para>
/// <para>Reserved for future use; no standard meaning is defined.</para>
/// <para><see href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110 §15.5.3</see></para>
/// </summary>
/// <remarks>
/// <para>그룹: 클라이언트 오류 (4xx) · 플래그: 결제</para>
/// <para>Group: Client Error (4xx) · Flags: Billing</para>
/// </remarks>
public static HttpStatus PaymentRequired => new HttpStatus(402);

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 404 페이지 없음 · Not Found
/// <para>인터넷에서 굉장히 자주 보는 상태 코드로, 지정한 리소스를 서버에서 찾을 수 없거나 서버가 그 존재를 밝히지 않으려 할 때 사용한다.</para>
/// <para>The server cannot find the requested resource, or will not disclose that it exists.</para>
/// <para><see href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</see></para>
/// </summary>
/// <remarks>
/// <para>그룹: 클라이언트 오류 (4xx) · 플래그: 기본적으로 캐시 가능</para>
/// <para>Group: Client Error (4xx) · Flags: Cacheable by default</para>
/// </remarks>
public static HttpStatus NotFound => new HttpStatus(404);

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 500 내부 서버 오류 · Internal Server Error
/// <para>서버에서 요청을 처리하는 중 예상하지 못한 오류가 발생했다.</para>
/// <para>The server encountered an unexpected condition that prevented it from fulfilling the request.</para>
/// <para><see href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110 §15.6.1</see></para>
/// </summary>
/// <remarks>
/// <para>그룹: 서버 오류 (5xx) · 플래그: 없음</para>
/// <para>Group: Server Error (5xx) · Flags: none</para>
/// </remarks>
public static HttpStatus InternalServerError => new HttpStatus(500);

