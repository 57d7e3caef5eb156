using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>Every generated file, checked against its committed snapshot (<c>Snapshots/*.verified.cs</c>).</summary>
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

    [Theory]
    [InlineData("HttpStatusCodes.g.cs")]
    [InlineData("StatusGroup.g.cs")]
    [InlineData("HttpStatus.g.cs")]
    public void Extended_catalog(string hintName)
    {
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(TestSpecs.Extended) with
        {
            BuildProperties = new System.Collections.Generic.Dictionary<string, string> { ["RootNamespace"] = "Contoso.Orders" },
        });

        Assert.Empty(output.GeneratorDiagnostics);
        Snapshot.Verify("Extended." + hintName.Replace(".g.cs", string.Empty), output.Sources[hintName]);
    }
}
