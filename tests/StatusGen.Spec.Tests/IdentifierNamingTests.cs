using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>The naming rule itself, on the titles that make it interesting (acronyms, hyphens, punctuation).</summary>
public sealed class IdentifierNamingTests
{
    [Theory]
    [InlineData("Not Found", "NotFound")]
    [InlineData("OK", "Ok")]
    [InlineData("HTTP Version Not Supported", "HttpVersionNotSupported")]
    [InlineData("IM Used", "ImUsed")]
    [InlineData("URI Too Long", "UriTooLong")]
    [InlineData("Non-Authoritative Information", "NonAuthoritativeInformation")]
    [InlineData("Multi-Status", "MultiStatus")]
    [InlineData("(Unused)", "Unused")]
    [InlineData("I'm a teapot", "IMATeapot")]
    public void DerivesTheNameFromTheTitle(string title, string name)
    {
        Assert.Equal(name, IdentifierNaming.FromTitle(title));
    }
}
