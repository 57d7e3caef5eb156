// HttpResponseMessageStatusExtensions.g.cs: HttpResponseMessageStatusExtensions > ReadStatusResultAsync
case 298:
    result = new StatusResult<T>.ThreeDSecureRequired(await ReadContentAsync<T>(response, options, cancellationToken).ConfigureAwait(false));
    break;

// HttpResponseMessageStatusExtensions.g.cs: HttpResponseMessageStatusExtensions > ReadStatusResultAsync
case 299:
    result = new StatusResult<T>.MiscSuccess(await ReadContentAsync<T>(response, options, cancellationToken).ConfigureAwait(false));
    break;

// HttpResponseMessageStatusExtensions.g.cs: HttpResponseMessageStatusExtensions > ReadStatusResultAsync
case 499:
    result = new StatusResult<T>.ClientClosedRequest(await ReadProblemAsync(response, status, cancellationToken).ConfigureAwait(false));
    break;

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 298 3D 보안 인증 필요 · 3D Secure Required
/// </summary>
/// <remarks>
/// <para>그룹: 성공 (2xx) · 플래그: 없음</para>
/// <para>Group: Success (2xx) · Flags: none</para>
/// </remarks>
public static HttpStatus ThreeDSecureRequired => new HttpStatus(298);

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 299 기타 성공 · Miscellaneous Success
/// </summary>
/// <remarks>
/// <para>그룹: 성공 (2xx) · 플래그: 없음</para>
/// <para>Group: Success (2xx) · Flags: none</para>
/// </remarks>
public static HttpStatus MiscSuccess => new HttpStatus(299);

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 499 클라이언트가 요청을 닫음 · Client Closed Request
/// <para>서버가 요청을 처리하는 동안 클라이언트가 연결을 닫았다.</para>
/// <para>The client closed the connection while the server was still processing the request.</para>
/// </summary>
/// <remarks>
/// <para>그룹: 클라이언트 오류 (4xx) · 플래그: 클라이언트가 중단함</para>
/// <para>Group: Client Error (4xx) · Flags: Client aborted</para>
/// </remarks>
public static HttpStatus ClientClosedRequest => new HttpStatus(499);

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 클라이언트가 중단함 · Client aborted
/// <para>서버가 응답하기 전에 클라이언트가 연결을 닫았다.</para>
/// <para>The client closed the connection before the server answered.</para>
/// </summary>
public bool IsClientAbort => (CatalogData.Flags[Ordinal] & 0x2000UL) != 0;

// HttpStatus.g.cs: HttpStatus
/// <summary>
/// 결제 · Billing
/// </summary>
public bool RequiresPayment => (CatalogData.Flags[Ordinal] & 0x4000UL) != 0;

// HttpStatusCodes.g.cs: HttpStatusCodes
/// <inheritdoc cref="HttpStatus.ThreeDSecureRequired"/>
public const int ThreeDSecureRequired = 298;

// HttpStatusCodes.g.cs: HttpStatusCodes
/// <inheritdoc cref="HttpStatus.MiscSuccess"/>
public const int MiscSuccess = 299;

// HttpStatusCodes.g.cs: HttpStatusCodes
/// <inheritdoc cref="HttpStatus.ClientClosedRequest"/>
public const int ClientClosedRequest = 499;

// StatusResult.g.cs: StatusResult
/// <inheritdoc cref="HttpStatus.ThreeDSecureRequired"/>
[global::System.Diagnostics.DebuggerDisplay("{ToString(),nq} {Value}")]
public sealed class ThreeDSecureRequired : StatusResult<T>
{
    /// <summary>
    /// <inheritdoc cref="HttpStatus.ThreeDSecureRequired" path="/summary/node()[1]"/>
    /// <para><c>298 3D Secure Required</c> 결과를 만든다.</para>
    /// <para>Creates a <c>298 3D Secure Required</c> result.</para>
    /// <inheritdoc cref="HttpStatus.ThreeDSecureRequired" path="/summary/node()[position()&gt;1]"/>
    /// </summary>
    /// <inheritdoc cref="HttpStatus.ThreeDSecureRequired" path="/remarks"/>
    /// <param name="value">
    /// 응답 내용.
    /// <para>The response content.</para>
    /// </param>
    public ThreeDSecureRequired(T value)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override HttpStatus Status => HttpStatus.ThreeDSecureRequired;

    /// <inheritdoc cref="Ok.Value"/>
    public T Value { get; }

    /// <inheritdoc/>
    public override bool TryGetValue([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        value = Value;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(StatusResult<T>? other) => EqualsCase(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCase(298, value: true, location: false, retryAfter: false, problem: false);
}

// StatusResult.g.cs: StatusResult
/// <inheritdoc cref="HttpStatus.MiscSuccess"/>
[global::System.Diagnostics.DebuggerDisplay("{ToString(),nq} {Value}")]
public sealed class MiscSuccess : StatusResult<T>
{
    /// <summary>
    /// <inheritdoc cref="HttpStatus.MiscSuccess" path="/summary/node()[1]"/>
    /// <para><c>299 Miscellaneous Success</c> 결과를 만든다.</para>
    /// <para>Creates a <c>299 Miscellaneous Success</c> result.</para>
    /// <inheritdoc cref="HttpStatus.MiscSuccess" path="/summary/node()[position()&gt;1]"/>
    /// </summary>
    /// <inheritdoc cref="HttpStatus.MiscSuccess" path="/remarks"/>
    /// <param name="value">
    /// 응답 내용.
    /// <para>The response content.</para>
    /// </param>
    public MiscSuccess(T value)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override HttpStatus Status => HttpStatus.MiscSuccess;

    /// <inheritdoc cref="Ok.Value"/>
    public T Value { get; }

    /// <inheritdoc/>
    public override bool TryGetValue([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        value = Value;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(StatusResult<T>? other) => EqualsCase(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCase(299, value: true, location: false, retryAfter: false, problem: false);
}

// StatusResult.g.cs: StatusResult
/// <inheritdoc cref="HttpStatus.ClientClosedRequest"/>
[global::System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
public sealed class ClientClosedRequest : StatusResult<T>
{
    /// <summary>
    /// <inheritdoc cref="HttpStatus.ClientClosedRequest" path="/summary/node()[1]"/>
    /// <para><c>499 Client Closed Request</c> 결과를 만든다.</para>
    /// <para>Creates a <c>499 Client Closed Request</c> result.</para>
    /// <inheritdoc cref="HttpStatus.ClientClosedRequest" path="/summary/node()[position()&gt;1]"/>
    /// </summary>
    /// <inheritdoc cref="HttpStatus.ClientClosedRequest" path="/remarks"/>
    /// <param name="problem">
    /// 응답 본문에 쓸 RFC 9457 문제 세부 정보, 없으면 <c>null</c>.
    /// <para>RFC 9457 problem details for the response body, or <c>null</c>.</para>
    /// </param>
    public ClientClosedRequest(StatusProblem? problem = null)
    {
        Problem = problem;
    }

    /// <summary>
    /// <c>new ClientClosedRequest()</c>와 같은 공유 인스턴스. 돌려줄 때 할당하지 않는다.
    /// <para>A shared instance, equal to <c>new ClientClosedRequest()</c>: returning it allocates nothing.</para>
    /// </summary>
    public static ClientClosedRequest Instance { get; } = new ClientClosedRequest();

    /// <inheritdoc/>
    public override HttpStatus Status => HttpStatus.ClientClosedRequest;

    /// <inheritdoc cref="BadRequest.Problem"/>
    public StatusProblem? Problem { get; }

    private protected override StatusProblem? ProblemOrNull => Problem;

    /// <inheritdoc/>
    public override bool Equals(StatusResult<T>? other) => EqualsCase(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCase(499, value: false, location: false, retryAfter: false, problem: true);
}

