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

    [Theory]
    [InlineData(TargetFramework.Net80, "headers.NonValidated.TryGetValues(name, out var values)")]
    [InlineData(TargetFramework.NetStandard20SystemTextJson, "headers.TryGetValues(name, out var values)")]
    public void Header_fields_are_read_through_NonValidated_where_the_target_has_it(TargetFramework framework, string read)
    {
        // HttpHeaders.NonValidated (.NET 6+) gives values as sent; TryGetValues re-formats what it parses.
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = framework });

        Assert.Contains(read, output.Sources["HttpResponseMessageStatusExtensions.g.cs"]);
        Assert.Empty(output.CompilationProblems);
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
