using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>The output is byte-for-byte the same whatever the machine, culture, line endings or file order.</summary>
public sealed class DeterminismTests
{
    private static IReadOnlyDictionary<string, string> Generate(params (string Path, string Content)[] files)
    {
        var output = GeneratorHarness.Run(new GeneratorInput { SpecFiles = files.Select(file => (file.Path, (string?)file.Content)).ToList() });
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Sources;
    }

    [Fact]
    public void Repeated_runs_are_identical()
        => Assert.Equal(Generate(("/p/status-codes.yaml", TestSpecs.Extended)), Generate(("/p/status-codes.yaml", TestSpecs.Extended)));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ko-KR")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Culture_does_not_change_the_output(string culture)
    {
        var expected = Generate(("/p/status-codes.yaml", TestSpecs.Extended));
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Generate(("/p/status-codes.yaml", TestSpecs.Extended)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void CRLF_and_a_byte_order_mark_do_not_change_the_output()
    {
        var expected = Generate(("/p/status-codes.yaml", TestSpecs.Extended));

        Assert.Equal(expected, Generate(("/p/status-codes.yaml", TestSpecs.Extended.Replace("\n", "\r\n"))));
        Assert.Equal(expected, Generate(("/p/status-codes.yaml", "\uFEFF" + TestSpecs.Extended)));
    }

    [Fact]
    public void The_order_of_user_files_does_not_matter()
    {
        var flags = ("/p/flags.status-codes.yaml", "version: 1\nflags:\n  billing: { title: { en: Billing, ko: 결제 } }\n");
        var codes = ("/p/codes/status-codes.yaml", "version: 1\ncodes:\n  - code: 402\n    flags: [billing]\n  - code: 498\n    title: { en: Token Expired, ko: 토큰 만료 }\n");

        Assert.Equal(Generate(flags, codes), Generate(codes, flags));
    }

    [Fact]
    public void Output_has_only_LF_line_endings_and_no_trailing_spaces()
    {
        foreach (var source in Generate(("/p/status-codes.yaml", TestSpecs.Extended.Replace("\n", "\r\n"))).Values)
        {
            Assert.DoesNotContain('\r', source);
            Assert.DoesNotContain(" \n", source);
        }
    }
}
