using System.Linq;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>The generated part of a [StatusUnion] class, per scenario, against committed snapshots.</summary>
public sealed class StatusUnionSnapshotTests
{
    [Theory]
    [InlineData("GetOrderResult", "Small")]
    [InlineData("DeleteOrderResult", "WithoutValueType")]
    public void The_issue_unions(string union, string scenario)
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Input(StatusUnionTestSources.Order, StatusUnionTestSources.Small));

        AssertClean(output);
        Snapshot.Verify("StatusUnion." + scenario, output.Sources["StatusUnion.Shop." + union + ".g.cs"]);
    }

    [Fact]
    public void Custom_codes()
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Input(StatusUnionTestSources.Custom) with
        {
            SpecFiles = new[] { ("/project/status-codes.yaml", (string?)StatusUnionTestSources.CustomSpec) },
        });

        AssertClean(output);
        Snapshot.Verify("StatusUnion.CustomCodes", output.Sources["StatusUnion.ShardResult.g.cs"]);
    }

    [Fact]
    public void Nested()
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Input(StatusUnionTestSources.Nested));

        AssertClean(output);
        Snapshot.Verify("StatusUnion.Nested", output.Sources["StatusUnion.Shop.Api.Orders.Handlers_TKey_.ReadResult.g.cs"]);
    }

    [Fact]
    public void The_attribute_and_the_OpenAPI_shape_of_StatusProblem()
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Input(StatusUnionTestSources.Order, StatusUnionTestSources.Small));

        Snapshot.Verify("Standard.StatusUnionAttribute", output.Sources["StatusUnionAttribute.g.cs"]);
        Snapshot.Verify("Standard.StatusProblem.OpenApi", output.Sources["StatusProblem.OpenApi.g.cs"]);
    }

    [Fact]
    public void The_IsClosedType_polyfill()
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Preview(StatusUnionTestSources.Order, StatusUnionTestSources.Small));

        Snapshot.Verify("Preview.IsClosedTypeAttribute", output.Sources["IsClosedTypeAttribute.g.cs"]);
    }

    [Fact]
    public void Closed_under_preview()
    {
        var output = GeneratorHarness.Run(StatusUnionTestSources.Preview(StatusUnionTestSources.Order, StatusUnionTestSources.Small));

        AssertClean(output);
        var source = output.Sources["StatusUnion.Shop.GetOrderResult.g.cs"];
        Assert.Contains("closed partial class GetOrderResult", source, System.StringComparison.Ordinal);
        Assert.Contains("closed partial class StatusResult<T>", output.Sources["StatusResult.g.cs"], System.StringComparison.Ordinal);
        Assert.Contains("IsClosedTypeAttribute.g.cs", output.Sources.Keys);
    }

    private static void AssertClean(GeneratorOutput output)
    {
        Assert.Empty(output.GeneratorDiagnostics.Select(problem => problem.ToString()));
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
    }
}
