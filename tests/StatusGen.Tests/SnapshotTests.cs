using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The standard catalog's files, checked against their committed snapshots (<c>Snapshots/*.verified.cs</c>); what a user
/// catalog changes is checked by the targeted snapshots of <see cref="ExtendedCatalogSnapshotTests"/>.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("HttpStatusCodes.g.cs")]
    [InlineData("StatusGroup.g.cs")]
    [InlineData("HttpStatus.g.cs")]
    public void Standard_catalog(string hintName)
    {
        var output = GeneratorHarness.Run(new GeneratorInput());

        Snapshot.Verify("Standard." + hintName.Replace(".g.cs", string.Empty), output.Sources[hintName]);
    }
}
