using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using StatusGen.Tests.Infrastructure;

namespace StatusGen.Tests.Analyzers;

/// <summary>
/// Microsoft.CodeAnalysis.Testing with the generator added, so the generated types the analyzers read
/// (<c>HttpStatusCodes</c>, <c>HttpStatus</c>) exist, and with offline net10.0 + ASP.NET Core references.
/// </summary>
internal static class AnalyzerTestSetup
{
    /// <summary>No reference package: the references come from <see cref="TargetFrameworkReferences"/>, so nothing is downloaded.</summary>
    public static readonly ReferenceAssemblies NoPackage = new("net10.0");

    public static void Configure(SolutionState state, string? statusCodesYaml)
    {
        state.AdditionalReferences.AddRange(TargetFrameworkReferences.For(TargetFramework.Net100AspNetCore));
        if (statusCodesYaml is not null)
        {
            state.AdditionalFiles.Add(("/0/status-codes.yaml", statusCodesYaml));
        }
    }
}

/// <summary>An analyzer test that runs the StatusGen generator first.</summary>
internal sealed class StatusGenAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public StatusGenAnalyzerTest(string? statusCodesYaml = null)
    {
        ReferenceAssemblies = AnalyzerTestSetup.NoPackage;
        AnalyzerTestSetup.Configure(TestState, statusCodesYaml);

        // The generated files are the snapshot tests' business; here they only have to exist.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    /// <summary>The C# version the test compiles at (default: the testing library's); Preview for C# 15's <c>closed</c>.</summary>
    public LanguageVersion? LanguageVersion { get; init; }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(StatusGenerator) };

    protected override ParseOptions CreateParseOptions()
        => LanguageVersion is { } version ? ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(version) : base.CreateParseOptions();
}

/// <summary>A code fix test that runs the StatusGen generator first, in the test and in the fixed state.</summary>
internal sealed class StatusGenCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public StatusGenCodeFixTest(string? statusCodesYaml = null)
    {
        ReferenceAssemblies = AnalyzerTestSetup.NoPackage;
        AnalyzerTestSetup.Configure(TestState, statusCodesYaml);
        AnalyzerTestSetup.Configure(FixedState, statusCodesYaml);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(StatusGenerator) };

    /// <summary>The C# version the test compiles at (default: the testing library's).</summary>
    public LanguageVersion? LanguageVersion { get; init; }

    protected override ParseOptions CreateParseOptions()
        => LanguageVersion is { } version ? ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(version) : base.CreateParseOptions();
}
