using System;
using System.Reflection;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// Runs code generated from <see cref="TestSpecs.Extended"/> (compiled and loaded in memory), for behaviour the
/// project's own catalog does not cover.
/// </summary>
public sealed class ExtendedCatalogRuntimeTests
{
    private static readonly Lazy<Type> HttpStatusType = new(() =>
    {
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(TestSpecs.Extended));
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Load().GetType("StatusGen.HttpStatus", throwOnError: true)!;
    });

    private static object? TryParse(string text)
    {
        var arguments = new object?[] { text, null };
        var parsed = (bool)HttpStatusType.Value.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), HttpStatusType.Value.MakeByRefType()])!.Invoke(null, arguments)!;
        return parsed ? arguments[1] : null;
    }

    [Fact]
    public void A_title_that_starts_with_a_digit_still_parses_as_a_title()
    {
        var status = TryParse("3d secure required");

        Assert.NotNull(status);
        Assert.Equal(298, (int)HttpStatusType.Value.GetProperty("Code")!.GetValue(status)!);
        Assert.Equal("ThreeDSecureRequired", HttpStatusType.Value.GetProperty("Name")!.GetValue(status));
    }

    [Theory]
    [InlineData("298", 298)]
    [InlineData("0404", 404)]
    public void Digits_still_parse_as_codes(string text, int expected)
        => Assert.Equal(expected, (int)HttpStatusType.Value.GetProperty("Code")!.GetValue(TryParse(text))!);

    [Theory]
    [InlineData("3d")]
    [InlineData("3000")]
    public void Neither_a_code_nor_a_name(string text)
        => Assert.Null(TryParse(text));
}
