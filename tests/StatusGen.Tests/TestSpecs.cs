namespace StatusGen.Tests;

/// <summary>User spec files shared by several tests.</summary>
internal static class TestSpecs
{
    /// <summary>A realistic user file: a custom code and flag, an override, a removed flag, a third language.</summary>
    public const string Extended = """
        version: 1
        flags:
          client-abort:
            title: { en: Client aborted, ko: 클라이언트가 중단함 }
            description:
              en: The client closed the connection before the server answered.
              ko: 서버가 응답하기 전에 클라이언트가 연결을 닫았다.
          billing:
            property: RequiresPayment
            title: { en: Billing, ko: 결제 }
        codes:
          - code: 499
            title:
              en: Client Closed Request
              ko: 클라이언트가 요청을 닫음
              ja: クライアントがリクエストを閉じた
            description:
              en: The client closed the connection while the server was still processing the request.
              ko: 서버가 요청을 처리하는 동안 클라이언트가 연결을 닫았다.
            flags: [client-abort]
          - code: 299
            name: MiscSuccess
            group: success
            title: { en: Miscellaneous Success, ko: 기타 성공 }
          - code: 404
            title: { ko: 페이지 없음 }
          - code: 402
            flags: [billing]
          - code: 500
            remove-flags: [retryable]
          - code: 298
            name: ThreeDSecureRequired
            title: { en: 3D Secure Required, ko: 3D 보안 인증 필요 }
        """;
}
