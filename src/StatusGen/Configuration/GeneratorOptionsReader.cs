using System.Collections.Generic;
using System.Linq;
using System;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Configuration;

/// <summary>
/// Reads the consumer's MSBuild properties (<c>build_property.*</c>, made visible by the package's props). A bad
/// value is reported (warnings STG0020, STG0054, STG0055) and the default used, so a typo in a project file never
/// stops generation.
/// </summary>
internal static class GeneratorOptionsReader
{
    public const string NamespaceProperty = "StatusGenNamespace";
    public const string AccessibilityProperty = "StatusGenAccessibility";
    public const string DocLanguagesProperty = "StatusGenDocLanguages";

    /// <summary>What the package's targets pass <see cref="DocLanguagesProperty"/> on as, with ',' for ';'.</summary>
    public const string DocLanguageListProperty = "StatusGenDocLanguageList";
    public const string DefaultNamespace = "StatusGen";

    private static readonly string[] DefaultDocLanguages = { "ko", "en" };

    private static readonly char[] LanguageSeparators = { ',', ';', ' ' };

    public static OptionsResult Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var @namespace = ReadNamespace(options, diagnostics);
        var isPublic = ReadAccessibility(options, diagnostics);
        var languages = ReadDocLanguages(options, diagnostics);
        return new OptionsResult(new GeneratorOptions(@namespace, isPublic, languages.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    private static string? Get(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string ReadNamespace(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        if (Get(options, NamespaceProperty) is { } configured)
        {
            if (IsValidNamespace(configured))
            {
                return configured;
            }

            diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.InvalidNamespace, configured, DefaultNamespace));
            return DefaultNamespace;
        }

        // RootNamespace comes from the project name and may not be a valid namespace (a project named "my-app");
        // then the fixed default is the better guess, and nothing the user wrote needs a warning.
        return Get(options, "RootNamespace") is { } root && IsValidNamespace(root) ? root : DefaultNamespace;
    }

    private static bool ReadAccessibility(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        var value = Get(options, AccessibilityProperty);
        if (value is null || string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(value, "public", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.InvalidAccessibility, value));
        return false;
    }

    /// <summary>
    /// Languages may be separated by ',' or ';'. The package's targets pass the property on with ',' because ';'
    /// starts a comment in the analyzer config file MSBuild writes, which would cut "ko;en" to "ko".
    /// </summary>
    private static IReadOnlyList<string> ReadDocLanguages(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        if ((Get(options, DocLanguageListProperty) ?? Get(options, DocLanguagesProperty)) is not { } value)
        {
            return DefaultDocLanguages;
        }

        var languages = new List<string>();
        foreach (var part in value.Split(LanguageSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!LanguageTags.IsValid(part))
            {
                diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.InvalidDocLanguage, part));
                continue;
            }

            var language = part.ToLowerInvariant();
            if (!languages.Contains(language))
            {
                languages.Add(language);
            }
        }

        if (languages.Count == 0)
        {
            return DefaultDocLanguages;
        }

        return languages;
    }

    private static bool IsValidNamespace(string value)
        => value.Split('.').All(part => CSharpIdentifier.Check(part) == IdentifierProblem.None);
}
