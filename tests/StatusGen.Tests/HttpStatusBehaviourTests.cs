using System;
using System.Globalization;
using System.Linq;
using System.Net;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The generated <c>HttpStatus</c> at run time. This test project runs the generator on itself (standard catalog
/// plus TestCatalog/status-codes.yaml), so these tests use the generated type exactly as a consumer would.
/// </summary>
public sealed class HttpStatusBehaviourTests
{
    [Fact]
    public void Static_properties_and_constants_agree()
    {
        Assert.Equal(404, HttpStatus.NotFound.Code);
        Assert.Equal(HttpStatusCodes.NotFound, HttpStatus.NotFound.Code);
        Assert.Equal(200, HttpStatusCodes.Ok);
        Assert.Equal(418, HttpStatusCodes.ImATeapot);
        Assert.Equal(306, HttpStatusCodes.SwitchProxy);
        Assert.Equal(499, HttpStatusCodes.ClientClosedRequest);
    }

    [Fact]
    public void Constants_work_in_switch_labels()
    {
        static string Describe(int code) => code switch
        {
            HttpStatusCodes.Ok => "ok",
            HttpStatusCodes.NotFound => "missing",
            _ => "other",
        };

        Assert.Equal("missing", Describe(404));
        Assert.Equal("ok", Describe(200));
    }

    [Fact]
    public void Identity_of_a_known_code()
    {
        var status = HttpStatus.FromCode(404);

        Assert.True(status.IsKnown);
        Assert.Equal("NotFound", status.Name);
        Assert.Equal("Not Found", status.ReasonPhrase);
        Assert.Equal(StatusGroup.ClientError, status.Group);
        Assert.Equal("404 Not Found", status.ToString());
    }

    [Fact]
    public void A_code_the_catalog_does_not_define()
    {
        var status = HttpStatus.FromCode(589);

        Assert.False(status.IsKnown);
        Assert.Equal(589, status.Code);
        Assert.Equal("Status589", status.Name);
        Assert.Equal(string.Empty, status.ReasonPhrase);
        Assert.Equal(StatusGroup.ServerError, status.Group);
        Assert.True(status.IsServerError);
        Assert.True(status.IsError);
        Assert.False(status.IsRetryable);
        Assert.False(status.IsCacheableByDefault);
        Assert.True(status.AllowsContent);
        Assert.False(status.HasFlag("retryable"));
        Assert.Equal("589", status.ToString());
        Assert.Equal(string.Empty, status.GetTitle("ko"));
    }

    [Theory]
    [InlineData(99)]
    [InlineData(600)]
    [InlineData(0)]
    [InlineData(-404)]
    [InlineData(int.MaxValue)]
    public void FromCode_rejects_numbers_outside_100_to_599(int code)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => HttpStatus.FromCode(code));
        Assert.Equal("code", exception.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => (HttpStatus)code);
    }

    [Fact]
    public void TryFromCode_is_true_only_for_catalog_codes()
    {
        Assert.True(HttpStatus.TryFromCode(429, out var tooMany));
        Assert.Equal(HttpStatus.TooManyRequests, tooMany);
        Assert.True(HttpStatus.TryFromCode(499, out _));
        Assert.False(HttpStatus.TryFromCode(589, out var unknown));
        Assert.Equal(default, unknown);
        Assert.False(HttpStatus.TryFromCode(600, out _));
        Assert.False(HttpStatus.TryFromCode(-1, out _));
    }

    [Theory]
    [InlineData("404", 404)]
    [InlineData("  404\t", 404)]
    [InlineData("589", 589)]
    [InlineData("NotFound", 404)]
    [InlineData("notfound", 404)]
    [InlineData("Not Found", 404)]
    [InlineData("  not found  ", 404)]
    [InlineData("TOO MANY REQUESTS", 429)]
    [InlineData("ImATeapot", 418)]
    [InlineData("SwitchProxy", 306)]
    [InlineData("Ok", 200)]
    [InlineData("OK", 200)]
    [InlineData("Client Closed Request", 499)]
    [InlineData("MiscSuccess", 299)]
    public void TryParse_accepts_digits_names_and_english_titles(string text, int expected)
    {
        Assert.True(HttpStatus.TryParse(text, out var status));
        Assert.Equal(expected, status.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(Unused)")]
    [InlineData("99")]
    [InlineData("600")]
    [InlineData("4o4")]
    [InlineData("99999999999999999999")]
    [InlineData("-404")]
    [InlineData("Not  Found")]
    [InlineData("찾을 수 없음")]
    [InlineData("Status589")]
    public void TryParse_rejects_everything_else(string? text)
    {
        Assert.False(HttpStatus.TryParse(text, out var status));
        Assert.Equal(default, status);
    }

    [Fact]
    public void All_lists_the_catalog_in_ascending_order_with_custom_codes()
    {
        var codes = HttpStatus.All.Select(status => status.Code).ToList();

        Assert.Equal(64 + 2, codes.Count);
        Assert.Equal(codes.OrderBy(code => code), codes);
        Assert.Contains(499, codes);
        Assert.Contains(299, codes);
        Assert.All(HttpStatus.All, status => Assert.True(status.IsKnown));
    }

    [Fact]
    public void Group_helpers_follow_the_first_digit()
    {
        Assert.True(HttpStatus.Continue.IsInformational);
        Assert.True(HttpStatus.Ok.IsSuccess);
        Assert.True(HttpStatus.Found.IsRedirection);
        Assert.True(HttpStatus.NotFound.IsClientError);
        Assert.True(HttpStatus.BadGateway.IsServerError);
        Assert.True(HttpStatus.NotFound.IsError);
        Assert.True(HttpStatus.BadGateway.IsError);
        Assert.False(HttpStatus.Found.IsError);
        Assert.False(HttpStatus.Ok.IsClientError);
    }

    [Fact]
    public void Standard_flags()
    {
        Assert.True(HttpStatus.NotFound.IsCacheableByDefault);
        Assert.False(HttpStatus.TooManyRequests.IsCacheableByDefault);
        Assert.False(HttpStatus.NoContent.AllowsContent);
        Assert.False(HttpStatus.NotModified.AllowsContent);
        Assert.True(HttpStatus.Ok.AllowsContent);
        Assert.True(HttpStatus.Created.UsesLocation);
        Assert.True(HttpStatus.ServiceUnavailable.UsesRetryAfter);
        Assert.True(HttpStatus.GatewayTimeout.IsRetryable);
        Assert.True(HttpStatus.MovedPermanently.IsPermanentRedirect);
        Assert.False(HttpStatus.TemporaryRedirect.IsPermanentRedirect);
        Assert.True(HttpStatus.TemporaryRedirect.PreservesMethod);
        Assert.True(HttpStatus.ImATeapot.IsUnused);
    }

    [Fact]
    public void HasFlag_knows_standard_and_custom_flags()
    {
        Assert.True(HttpStatus.TooManyRequests.HasFlag("retryable"));
        Assert.True(HttpStatus.TooManyRequests.HasFlag("RETRYABLE"));
        Assert.True(HttpStatus.NoContent.HasFlag("no-body"));
        Assert.True(HttpStatus.ClientClosedRequest.HasFlag("client-abort"));
        Assert.False(HttpStatus.NotFound.HasFlag("client-abort"));
        Assert.False(HttpStatus.NotFound.HasFlag("no-such-flag"));
        Assert.Throws<ArgumentNullException>(() => HttpStatus.NotFound.HasFlag(null!));
    }

    [Fact]
    public void Custom_flags_get_properties()
    {
        Assert.True(HttpStatus.ClientClosedRequest.IsClientAbort);
        Assert.False(HttpStatus.NotFound.IsClientAbort);
        Assert.True(HttpStatus.PaymentRequired.RequiresPayment);
        Assert.True(HttpStatus.PaymentRequired.HasFlag("billing"));
    }

    [Fact]
    public void Overrides_replace_only_what_they_give()
    {
        // TestCatalog overrides 404's Korean title and removes 'retryable' from 500.
        Assert.Equal("페이지 없음", HttpStatus.NotFound.GetTitle("ko"));
        Assert.Equal("Not Found", HttpStatus.NotFound.ReasonPhrase);
        Assert.NotEqual(string.Empty, HttpStatus.NotFound.GetDescription("ko"));
        Assert.True(HttpStatus.NotFound.IsCacheableByDefault);
        Assert.False(HttpStatus.InternalServerError.IsRetryable);
        Assert.True(HttpStatus.BadGateway.IsRetryable);
    }

    [Fact]
    public void Titles_and_descriptions_by_language_with_fallback()
    {
        Assert.Equal("사라짐", HttpStatus.Gone.GetTitle("ko"));
        Assert.Equal("사라짐", HttpStatus.Gone.GetTitle("KO"));
        Assert.Equal("사라짐", HttpStatus.Gone.GetTitle("ko-KR"));
        Assert.Equal("Gone", HttpStatus.Gone.GetTitle("en"));
        Assert.Equal("Gone", HttpStatus.Gone.GetTitle("fr"));
        Assert.Equal("Gone", HttpStatus.Gone.GetTitle(string.Empty));
        Assert.Equal("クライアントがリクエストを閉じた", HttpStatus.ClientClosedRequest.GetTitle("ja"));
        Assert.Equal("Gone", HttpStatus.Gone.GetTitle("ja"));
        Assert.Equal(HttpStatus.Gone.GetDescription("en"), HttpStatus.Gone.GetDescription("de"));
        Assert.Contains("서버", HttpStatus.InternalServerError.GetDescription("ko"), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => HttpStatus.Gone.GetTitle(null!));
    }

    [Fact]
    public void A_custom_code_without_a_description_falls_back_to_empty_text()
    {
        Assert.Equal(string.Empty, HttpStatus.MiscSuccess.GetDescription("en"));
        Assert.Equal(string.Empty, HttpStatus.MiscSuccess.GetDescription("ko"));
        Assert.Equal("기타 성공", HttpStatus.MiscSuccess.GetTitle("ko"));
    }

    [Fact]
    public void Conversions()
    {
        int code = HttpStatus.NotFound;
        HttpStatusCode framework = HttpStatus.NotFound;
        var fromFramework = (HttpStatus)HttpStatusCode.BadGateway;

        Assert.Equal(404, code);
        Assert.Equal(HttpStatusCode.NotFound, framework);
        Assert.Equal(HttpStatus.BadGateway, fromFramework);
        Assert.Equal(HttpStatus.Conflict, (HttpStatus)409);
        Assert.Throws<ArgumentOutOfRangeException>(() => (HttpStatus)(HttpStatusCode)700);
    }

    [Fact]
    public void Equality_and_ordering()
    {
        Assert.True(HttpStatus.NotFound == HttpStatus.FromCode(404));
        Assert.True(HttpStatus.NotFound != HttpStatus.Gone);
        Assert.True(HttpStatus.NotFound.Equals((object)HttpStatus.FromCode(404)));
        Assert.False(HttpStatus.NotFound.Equals("404"));
        Assert.Equal(HttpStatus.NotFound.GetHashCode(), HttpStatus.FromCode(404).GetHashCode());
        Assert.True(HttpStatus.Ok < HttpStatus.NotFound);
        Assert.True(HttpStatus.NotFound >= HttpStatus.NotFound);
        Assert.True(HttpStatus.Ok.CompareTo(HttpStatus.Continue) > 0);
    }

    [Fact]
    public void ToString_does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("589", HttpStatus.FromCode(589).ToString());
            Assert.Equal("Status589", HttpStatus.FromCode(589).Name);
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.True(HttpStatus.TryParse("INTERNAL SERVER ERROR", out var status));
            Assert.Equal(500, status.Code);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Default_value_is_code_zero_and_not_known()
    {
        HttpStatus status = default;

        Assert.Equal(0, status.Code);
        Assert.False(status.IsKnown);
        Assert.False(status.IsError);
        Assert.Equal("0", status.ToString());
    }
}
