using System.Collections.Generic;
using System.Reflection;
using StatusGen.Primitives;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// One rule decides which texts serve a language (RFC 4647 lookup: the same tag, or a prefix of it that ends at a
/// <c>-</c>, the longest winning): the generator's choice of doc sentences, the generated <c>GetTitle</c> and the
/// ASP.NET Core title all follow <see cref="LanguageTags.Serves"/>. It used to be three rules, and the docs took
/// <c>kok</c> (Konkani) for Korean.
/// </summary>
public sealed class LanguageMatchingTests
{
    [Theory]
    [InlineData("ko", "ko", true)]
    [InlineData("ko", "KO-kr", true)]
    [InlineData("ko", "kok", false)]
    [InlineData("ko-KR", "ko", false)]
    [InlineData("zh-Hant", "zh-Hant-TW", true)]
    [InlineData("zh", "zh-Hant-TW", true)]
    [InlineData("en", "", false)]
    public void A_tag_serves_itself_and_the_tags_it_is_a_prefix_of_at_a_dash(string available, string requested, bool serves)
        => Assert.Equal(serves, LanguageTags.Serves(available, requested));

    [Fact]
    public void The_most_specific_tag_wins()
    {
        Assert.Equal(2, LanguageTags.BestMatch(new[] { "en", "zh", "zh-Hant" }, "zh-Hant-TW"));
        Assert.Equal(1, LanguageTags.BestMatch(new[] { "en", "zh", "zh-Hant" }, "zh-CN"));
        Assert.Equal(-1, LanguageTags.BestMatch(new[] { "en", "ko" }, "kok"));
    }

    private const string ChineseSpec = """
        version: 1
        codes:
          - code: 299
            name: MiscSuccess
            title: { en: Misc Success, ko: 기타 성공, zh: 其他成功, zh-Hant: 其他成功繁 }
        """;

    [Theory]
    [InlineData("zh-Hant-TW", "其他成功繁")]
    [InlineData("zh-hant", "其他成功繁")]
    [InlineData("zh-CN", "其他成功")]
    [InlineData("ko-KR", "기타 성공")]
    [InlineData("kok", "Misc Success")]
    [InlineData("k", "Misc Success")]
    public void The_generated_GetTitle_follows_the_same_rule(string language, string title)
    {
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(ChineseSpec));
        Assert.Empty(output.GeneratorDiagnostics);
        var httpStatus = output.Load().GetType("StatusGen.HttpStatus", throwOnError: true)!;
        var status = httpStatus.GetMethod("FromCode", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { 299 });

        Assert.Equal(title, httpStatus.GetMethod("GetTitle")!.Invoke(status, new object[] { language }));
    }

    [Fact]
    public void Docs_for_a_language_without_fixed_sentences_fall_back_to_English_not_to_a_lookalike()
    {
        var output = GeneratorHarness.Run(new GeneratorInput
        {
            BuildProperties = new Dictionary<string, string> { ["StatusGenDocLanguageList"] = "kok" },
        });

        var source = output.Sources["HttpStatus.g.cs"];
        Assert.Contains("/// One HTTP status code:", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 상태 코드 하나", source, System.StringComparison.Ordinal);
    }
}
