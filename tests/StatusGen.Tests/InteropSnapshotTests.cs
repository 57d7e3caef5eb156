using System.Collections.Generic;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The interop files, checked against their committed snapshots: generated for a net10.0 project with ASP.NET Core
/// (<c>Microsoft.NET.Sdk.Web</c>), for the standard catalog and for a user catalog with custom codes.
/// </summary>
public sealed class InteropSnapshotTests
{
    [Theory]
    [InlineData("StatusResult.AspNetCore.g.cs")]
    [InlineData("HttpResponseMessageStatusExtensions.g.cs")]
    [InlineData("HttpStatus.Json.g.cs")]
    [InlineData("StatusProblem.Json.g.cs")]
    [InlineData("StatusResultException.g.cs")]
    public void Standard_catalog_with_ASP_NET_Core(string hintName)
    {
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.Net100AspNetCore });

        Snapshot.Verify("Standard." + hintName.Replace(".g.cs", string.Empty), output.Sources[hintName]);
    }

    [Fact]
    public void On_net80_the_HttpClient_extensions_pass_the_cancellation_token_to_HttpContent()
    {
        // HttpContent.ReadAsStreamAsync(CancellationToken) exists from .NET 5; netstandard2.0 gets the token-less call.
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.Net80 });

        Assert.Contains("ReadAsStreamAsync(cancellationToken)", output.Sources["HttpResponseMessageStatusExtensions.g.cs"]);
        Assert.Empty(output.CompilationProblems);
    }
}
