using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusGen.Tests.Infrastructure;

namespace StatusGen.Benchmarks.Analyzers;

/// <summary>
/// The analyzers and suppressors of the StatusGen assembly, found by reflection (every non-abstract
/// <see cref="DiagnosticAnalyzer"/> with <see cref="DiagnosticAnalyzerAttribute"/>, which includes
/// <see cref="DiagnosticSuppressor"/>s), and the generator run that gives a compilation the types they read.
/// Reflection, so an analyzer added to the assembly is measured and run over real code without editing this file.
/// </summary>
internal static class StatusGenAnalyzers
{
    private static readonly Lazy<ImmutableArray<Type>> Types = new(() => typeof(StatusGenerator).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                       && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute
                       && attribute.Languages.Contains(LanguageNames.CSharp))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToImmutableArray());

    /// <summary>The analyzer and suppressor types, by full name.</summary>
    public static ImmutableArray<Type> AnalyzerTypes => Types.Value;

    /// <summary>A new instance of each, as a host creates them for one compilation.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create()
        => Types.Value.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();

    /// <summary>Every diagnostic id the analyzers report or suppress.</summary>
    public static ImmutableArray<string> Ids(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => analyzers.SelectMany(analyzer => analyzer is DiagnosticSuppressor suppressor
                ? suppressor.SupportedSuppressions.Select(suppression => suppression.Id)
                : analyzer.SupportedDiagnostics.Select(descriptor => descriptor.Id))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// The <c>build_property.*</c> values MSBuild would give the generator and the analyzers: the generated types go to
    /// the root namespace, internal unless <paramref name="publicTypes"/> (StatusGenAccessibility=public).
    /// </summary>
    public static AnalyzerConfigOptionsProvider Options(string rootNamespace, bool publicTypes = false)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = rootNamespace };
        if (publicTypes)
        {
            properties["StatusGenAccessibility"] = "public";
        }

        return new TestAnalyzerConfigOptionsProvider(properties);
    }

    /// <summary>
    /// Runs the StatusGen generator over <paramref name="compilation"/> as csc does and returns the compilation with the
    /// generated trees added, so code after it compiles the same sources as a build (and the analyzers see
    /// <c>HttpStatusCodes</c>). Generator diagnostics (STGxxxx of the catalog) come back too.
    /// </summary>
    public static CSharpCompilation Generate(CSharpCompilation compilation, CSharpParseOptions parseOptions, AnalyzerConfigOptionsProvider options, out ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new StatusGenerator().AsSourceGenerator() },
            ImmutableArray<AdditionalText>.Empty,
            parseOptions,
            options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out generatorDiagnostics);
        return (CSharpCompilation)output;
    }
}
