using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Pipeline;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>The union steps reuse their work: tracked steps, not the clock.</summary>
public sealed class StatusUnionIncrementalityTests
{
    private static readonly string[] UnionSteps =
    {
        TrackingNames.ClosedModifier, TrackingNames.ClosedAttributes, TrackingNames.ClosedSupport, TrackingNames.UnionDeclarations,
        TrackingNames.UnionNotNullWhen, TrackingNames.UnionSettings, TrackingNames.Unions, TrackingNames.UnionModels,
    };

    private static string UnionFile(int index, string codes)
        => "using StatusGen;\nnamespace Shop\n{\n    [StatusUnion(typeof(Order), " + codes + ")]\n    internal partial class Union" + index + " { }\n}\n";

    private static (GeneratorOutput First, CSharpCompilation Compilation, CSharpParseOptions Options) Run(int unions)
    {
        var sources = new List<string> { StatusUnionTestSources.Order.Replace("public", "internal", System.StringComparison.Ordinal) };
        sources.AddRange(Enumerable.Range(0, unions).Select(index => UnionFile(index, "HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict")));
        var input = new GeneratorInput { Sources = sources, Framework = TargetFramework.Net100AspNetCore, GenerateDocumentation = false };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var first = GeneratorHarness.Rerun(GeneratorHarness.CreateDriver(input), compilation);
        Assert.Empty(first.GeneratorDiagnostics);
        Assert.Equal(unions, first.Sources.Keys.Count(name => name.StartsWith("StatusUnion.Shop.", System.StringComparison.Ordinal)));
        return (first, compilation, GeneratorHarness.ParseOptions(input));
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorOutput output, string step)
        => output.Result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(value => value.Reason);

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorOutput output)
        => output.Result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public void An_unrelated_edit_leaves_every_step_cached(int unions)
    {
        var (first, compilation, options) = Run(unions);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop { internal static class Added { public static int Answer() => 42; } }", options));

        var second = GeneratorHarness.Rerun(first.Driver, edited);

        foreach (var step in UnionSteps)
        {
            Assert.NotEmpty(Reasons(second, step));
            Assert.All(Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} was {reason}"));
        }

        Assert.Equal(unions, Reasons(second, TrackingNames.UnionModels).Count());
        Assert.All(Outputs(second), output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output was {output.Reason}"));
    }

    [Fact]
    public void Editing_one_attribute_regenerates_only_that_union()
    {
        var (first, compilation, options) = Run(3);
        var old = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains("class Union1 ", System.StringComparison.Ordinal));
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(UnionFile(1, "HttpStatusCodes.Ok, HttpStatusCodes.Gone"), options, old.FilePath));

        var second = GeneratorHarness.Rerun(first.Driver, edited);

        var models = second.Result.TrackedSteps[TrackingNames.UnionModels].SelectMany(run => run.Outputs).ToList();
        var modified = Assert.Single(models, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal("Union1", Assert.IsType<StatusGen.Model.StatusUnionEmitModel>(modified.Value).Union.Name);
        Assert.Single(Outputs(second), output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("class Gone", second.Sources["StatusUnion.Shop.Union1.g.cs"], System.StringComparison.Ordinal);
        Assert.Equal(first.Sources["StatusUnion.Shop.Union0.g.cs"], second.Sources["StatusUnion.Shop.Union0.g.cs"]);
    }

    [Fact]
    public void Moving_a_union_within_its_file_regenerates_nothing()
    {
        var (first, compilation, options) = Run(2);
        var old = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains("class Union0 ", System.StringComparison.Ordinal));
        var moved = CSharpSyntaxTree.ParseText("// a comment that moves the attribute\n\n" + old, options, old.FilePath);

        var second = GeneratorHarness.Rerun(first.Driver, compilation.ReplaceSyntaxTree(old, moved));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.UnionDeclarations));
        Assert.All(Reasons(second, TrackingNames.UnionModels), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"UnionModels was {reason}"));
    }
}
