using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using StatusGen.Pipeline;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The generator runs on every keystroke in the IDE, so it must reuse its work. These tests edit the compilation or
/// the spec file and check each tracked pipeline step, not the clock.
/// </summary>
public sealed class IncrementalityTests
{
    private const string SpecPath = "/project/status-codes.yaml";

    /// <summary>Every named step of the generator: a step added to <see cref="TrackingNames"/> is checked here too.</summary>
    private static readonly string[] AllSteps = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private static (GeneratorOutput First, AdditionalText Spec, CSharpCompilation Compilation) RunOnce(string spec, TargetFramework framework = TargetFramework.Net100)
    {
        // With an endpoint union, so that its steps run too: every step of TrackingNames has a value to check.
        var input = GeneratorInput.WithSpec(spec, SpecPath) with
        {
            Framework = framework,
            Sources = new[] { "namespace Consumer { [StatusGen.StatusUnion(404, 409)] internal partial class Union { } }" },
        };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var driver = GeneratorHarness.CreateDriver(input, out var texts);
        var first = GeneratorHarness.Rerun(driver, compilation);
        return (first, texts.Single(), compilation);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorOutput output, string step)
        => output.Result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(value => value.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorOutput output)
        => output.Result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs).Select(value => value.Reason);

    /// <summary>
    /// On every target that changes what the compilation is asked (interop capabilities, the netstandard2.0 polyfill):
    /// the compilation is new, the answers are not, so every step is cached and no source is regenerated.
    /// </summary>
    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.Net100AspNetCore)]
    [InlineData(TargetFramework.NetStandard20)]
    public void An_unrelated_CSharp_edit_reuses_every_step(TargetFramework framework)
    {
        var (first, _, compilation) = RunOnce(TestSpecs.Extended, framework);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Added { public static int Answer() => 42; } }",
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options));

        var second = GeneratorHarness.Rerun(first.Driver, edited);

        Assert.NotEmpty(OutputReasons(second));
        foreach (var step in AllSteps)
        {
            Assert.NotEmpty(Reasons(second, step));
            Assert.All(Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {step} was {reason} after an unrelated C# edit"));
        }

        Assert.All(OutputReasons(second), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"an output was {reason} after an unrelated C# edit"));
    }

    [Fact]
    public void A_comment_only_YAML_edit_does_not_regenerate_sources()
    {
        var (first, oldText, compilation) = RunOnce(TestSpecs.Extended);
        var newText = new TestAdditionalText(SpecPath, "# A comment that moves every line down.\n\n" + TestSpecs.Extended + "\n# and one at the end\n");

        var driver = first.Driver.ReplaceAdditionalText(oldText, newText);
        var second = GeneratorHarness.Rerun(driver, compilation);

        // The file was read and parsed again (its positions moved)...
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.ParsedSpecs));

        // ...but the position-free catalog is equal, so nothing downstream ran again.
        Assert.NotEmpty(Reasons(second, TrackingNames.GenerationModel));
        Assert.NotEmpty(OutputReasons(second));
        Assert.All(Reasons(second, TrackingNames.GenerationModel), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"GenerationModel was {reason}"));
        Assert.All(OutputReasons(second), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output was {reason}"));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void A_comment_only_edit_moves_diagnostics_but_keeps_sources()
    {
        const string WithWarning = "version: 1\ncodes:\n  - code: 404\n    flags: [retryabel]\n";
        var (first, oldText, compilation) = RunOnce(WithWarning);
        var newText = new TestAdditionalText(SpecPath, "# moved\n" + WithWarning);

        var second = GeneratorHarness.Rerun(first.Driver.ReplaceAdditionalText(oldText, newText), compilation);

        Assert.Equal(3, first.GeneratorDiagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(4, second.GeneratorDiagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.All(Reasons(second, TrackingNames.GenerationModel), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"GenerationModel was {reason}"));
    }

    [Fact]
    public void A_real_YAML_edit_regenerates()
    {
        var (first, oldText, compilation) = RunOnce(TestSpecs.Extended);
        var newText = new TestAdditionalText(SpecPath, TestSpecs.Extended.Replace("Client Closed Request", "Client Went Away"));

        var second = GeneratorHarness.Rerun(first.Driver.ReplaceAdditionalText(oldText, newText), compilation);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.GenerationModel));
        Assert.Contains(IncrementalStepRunReason.Modified, OutputReasons(second));
        Assert.Contains("ClientWentAway", second.Sources["HttpStatus.g.cs"]);
        Assert.DoesNotContain("ClientClosedRequest", second.Sources["HttpStatus.g.cs"]);
    }

    [Fact]
    public void Pipeline_models_hold_no_Roslyn_objects()
    {
        var (first, _, _) = RunOnce(TestSpecs.Extended);

        // Every step the generator tracks is named in TrackingNames, and every name there is a step that ran (Roslyn
        // tracks its own input and output nodes too, under these names).
        string[] roslyn = { "AdditionalTexts", "AnalyzerConfigOptions", "Compilation", "ParseOptions", "MetadataReferences", "SourceOutput", "ImplementationSourceOutput" };
        Assert.Equal(
            AllSteps.OrderBy(name => name, System.StringComparer.Ordinal),
            first.Result.TrackedSteps.Keys.Except(roslyn).OrderBy(name => name, System.StringComparer.Ordinal));
        foreach (var step in AllSteps)
        {
            Assert.NotEmpty(first.Result.TrackedSteps[step]);
            foreach (var value in first.Result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value))
            {
                AssertNoRoslynObjects(value, step, depth: 0);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location or SemanticModel,
            $"step {step} holds a {type.Name}, which would keep a compilation alive");

        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                AssertNoRoslynObjects(property.GetValue(value), step, depth + 1);
            }
        }
    }
}
