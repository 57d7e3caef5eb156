using System.Collections.Generic;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// <c>StatusResult&lt;T&gt;</c>, <c>StatusProblem</c> and the netstandard2.0 attribute polyfill, checked against their
/// committed snapshots for the standard catalog and for a user catalog with custom codes (499, 299).
/// </summary>
public sealed class StatusResultSnapshotTests
{
    [Theory]
    [InlineData("StatusResult.g.cs")]
    [InlineData("StatusProblem.g.cs")]
    public void Standard_catalog(string hintName)
    {
        var output = GeneratorHarness.Run(new GeneratorInput());

        Snapshot.Verify("Standard." + hintName.Replace(".g.cs", string.Empty), output.Sources[hintName]);
    }

    [Fact]
    public void MaybeNullWhen_polyfill_on_netstandard20()
    {
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.NetStandard20 });

        Snapshot.Verify("NetStandard20.MaybeNullWhenAttribute", output.Sources["MaybeNullWhenAttribute.g.cs"]);
    }
}
