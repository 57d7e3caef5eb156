using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StatusGen.Analyzers;
using StatusGen.Benchmarks.Analyzers;

namespace StatusGen.Benchmarks.RealCode;

/// <summary>
/// <c>real-code folder [--out report.md]</c>: runs the StatusGen generator, analyzers and suppressors over a codebase
/// nobody here wrote, project by project, as a build with an <c>.editorconfig</c> raising STG1001/STG1002 to warning
/// would, and writes a report to read by hand: every diagnostic grouped by the shape of its line, the status-looking
/// literals it did not report (<see cref="StatusLiteralCandidates"/>), and the compile errors with the names that
/// stayed unresolved. Each project is compiled in memory against net10.0 + ASP.NET Core with its project references
/// as compilation references; its NuGet packages are not restored (nothing of the foreign code is built, restored or
/// run), so code that uses their types is partly unbound: the report counts that, and says which candidates it hid.
/// </summary>
internal static class RealCodeRun
{
    private static readonly Regex QuotedName = new("'([^']+)'", RegexOptions.Compiled);

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: real-code <folder> [--out report.md]");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var output = args.Length >= 3 && args[1] == "--out"
            ? Path.GetFullPath(args[2])
            : Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "real-code", new DirectoryInfo(root).Name + ".md");

        var analyzerTypes = StatusGenAnalyzers.AnalyzerTypes;
        Console.WriteLine("Analyzers and suppressors: " + string.Join(", ", analyzerTypes.Select(type => type.Name)));
        var projects = SourceProject.FindAll(root);
        var results = new List<ProjectResult>();
        var compilations = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        var projectsByPath = projects.ToDictionary(project => project.Path, StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var result = Analyze(project, projectsByPath, compilations);
            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{project.Name}: {result.Files} files, {result.CompileErrors.Count} errors, {result.Reported.Count} STG reported, {result.Candidates.Count} candidates, {result.Suppressed.Count} suppressed"));
        }

        var report = Report(root, analyzerTypes, results);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, report);
        Console.WriteLine(Summary(results));
        Console.WriteLine("Report written to " + output);
        return results.Any(result => result.Crashes.Count > 0) ? 1 : 0;
    }

    private static ProjectResult Analyze(SourceProject project, Dictionary<string, SourceProject> projects, Dictionary<string, CSharpCompilation> compilations)
    {
        var parseOptions = new CSharpParseOptions(
            project.LangVersion is { } version && LanguageVersionFacts.TryParse(version, out var parsed) ? parsed : LanguageVersion.Latest,
            DocumentationMode.Parse,
            preprocessorSymbols: new[] { "NET", "NETCOREAPP", "NET10_0", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET5_0_OR_GREATER", "RELEASE", "TRACE" });
        var trees = project.SourceFiles
            .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file), Encoding.UTF8), parseOptions, file))
            .ToList();
        if (project.GlobalUsings is { } globalUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(globalUsings, parseOptions, Path.Combine(project.Directory, "obj", project.Name + ".GlobalUsings.g.cs")));
        }

        // What the .editorconfig of a real run sets: the analyzers' own ids as warnings.
        var ids = StatusGenAnalyzers.Ids(StatusGenAnalyzers.Create());
        var options = new CSharpCompilationOptions(
                project.IsExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                allowUnsafe: project.AllowUnsafe)
            .WithSpecificDiagnosticOptions(ids.Where(id => id.StartsWith("STG1", StringComparison.Ordinal) && id != "STG1100")
                .Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Warn)));
        // Project references are transitive in SDK projects: the references' references are compiled against too.
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(project.ProjectReferences);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (compilations.TryGetValue(path, out var reference) && referenced.Add(path))
            {
                foreach (var next in projects[path].ProjectReferences)
                {
                    pending.Push(next);
                }
            }
        }

        var references = WebReferences.Net100AspNetCore
            .Concat(referenced.Select(path => (MetadataReference)compilations[path].ToMetadataReference()));
        var compilation = CSharpCompilation.Create(project.Name, trees, references, options);
        compilations[project.Path] = compilation;

        var config = StatusGenAnalyzers.Options(project.RootNamespace);
        var generated = StatusGenAnalyzers.Generate(compilation, parseOptions, config, out var generatorDiagnostics);
        var analyzers = StatusGenAnalyzers.Create();
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, config);
        var withAnalyzers = generated.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));

        // Only what a suppressor here could have suppressed (not #pragma or [SuppressMessage] of the project).
        var suppressible = analyzers.OfType<DiagnosticSuppressor>().SelectMany(s => s.SupportedSuppressions).Select(s => s.SuppressedDiagnosticId).ToHashSet(StringComparer.Ordinal);
        // A rough look at the cost (one run each, on a fresh clone; AnalyzerCostBenchmarks measures it properly):
        // the compiler's diagnostics alone, then the same with the analyzers.
        var clock = Stopwatch.StartNew();
        _ = generated.Clone().GetDiagnostics();
        var compileOnly = clock.Elapsed;
        clock.Restart();
        var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var elapsed = clock.Elapsed;

        var userTrees = generated.SyntaxTrees.Where(tree => trees.Contains(tree) && tree.FilePath.EndsWith(".cs", StringComparison.Ordinal) && !tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        var codes = GeneratedStatusCodes.Find(generated, analyzerOptions);
        var candidates = codes is null
            ? new List<StatusLiteralCandidate>()
            : userTrees.SelectMany(tree => StatusLiteralCandidates.Find(tree, generated.GetSemanticModel(tree), codes)).ToList();
        var catalogLiterals = codes is null ? 0 : userTrees.Sum(tree => tree.GetRoot().DescendantTokens().Count(token => token.IsKind(SyntaxKind.NumericLiteralToken) && token.Value is int value && codes.NameOf(value) is not null));

        return new ProjectResult(
            project,
            project.SourceFiles.Length,
            all.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("STG", StringComparison.Ordinal) && d.Id != "AD0001").ToList(),
            all.Where(d => d.Id.StartsWith("STG1", StringComparison.Ordinal) && !d.IsSuppressed).ToList(),
            all.Where(d => d.IsSuppressed && suppressible.Contains(d.Id)).ToList(),
            all.Where(d => d.Id == "AD0001").Concat(generatorDiagnostics.Where(d => d.Id == "CS8785")).ToList(),
            generatorDiagnostics.Where(d => d.Id.StartsWith("STG", StringComparison.Ordinal)).ToList(),
            candidates,
            catalogLiterals,
            compileOnly,
            elapsed);
    }

    private static string Summary(List<ProjectResult> results)
    {
        var reported = results.SelectMany(result => result.Reported).ToList();
        var missed = results.SelectMany(result => result.Missed).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"Total: {results.Count} projects, {results.Sum(r => r.Files)} files, {results.Sum(r => r.CompileErrors.Count)} compile errors, "
            + $"{string.Join(", ", reported.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() + " " + g.Key))} reported, "
            + $"{results.Sum(r => r.Suppressed.Count)} suppressed, {results.Sum(r => r.Candidates.Count)} candidates, {missed.Count} candidates not reported "
            + $"({missed.Count(c => !c.Bound)} unbound), {results.Sum(r => r.Crashes.Count)} AD0001/CS8785; "
            + $"diagnostics {results.Aggregate(TimeSpan.Zero, (s, r) => s + r.CompileOnly).TotalMilliseconds:F0} ms without the analyzers, {results.Aggregate(TimeSpan.Zero, (s, r) => s + r.Elapsed).TotalMilliseconds:F0} ms with them (one run each)");
    }

    private static string Report(string root, ImmutableArray<Type> analyzerTypes, List<ProjectResult> results)
    {
        string Where(Location location)
        {
            var span = location.GetLineSpan();
            return Path.GetRelativePath(root, span.Path) + ":" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
        }

        static string LineShape(Diagnostic diagnostic) => StatusLiteralCandidates.Shape(diagnostic.Location);

        var builder = new StringBuilder();
        builder.Append("# StatusGen analyzers over ").Append(root).Append("\n\n");
        builder.Append("Analyzers and suppressors (by reflection): ").Append(string.Join(", ", analyzerTypes.Select(type => type.FullName))).Append("\n\n");
        builder.Append(Summary(results)).Append("\n\n");
        builder.Append("| Project | Files | Compile errors | Reported | Suppressed | Candidates | Not reported (unbound) | Catalog-code int literals |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var result in results)
        {
            builder.Append(string.Create(CultureInfo.InvariantCulture, $"| {result.Project.Name} | {result.Files} | {result.CompileErrors.Count} | {result.Reported.Count} | {result.Suppressed.Count} | {result.Candidates.Count} | {result.Missed.Count} ({result.Missed.Count(c => !c.Bound)}) | {result.CatalogLiterals} |\n"));
        }

        var reported = results.SelectMany(result => result.Reported).ToList();
        builder.Append("\n## Reported, by the shape of the line (literal written #)\n\n");
        foreach (var group in reported.GroupBy(d => d.Id + "  " + LineShape(d)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            builder.Append("- ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("× `").Append(group.Key).Append("` e.g. ").Append(Where(group.First().Location)).Append('\n');
        }

        builder.Append("\n## Every diagnostic\n\n");
        foreach (var diagnostic in reported.OrderBy(d => Where(d.Location), StringComparer.Ordinal))
        {
            builder.Append("- ").Append(Where(diagnostic.Location)).Append(' ').Append(diagnostic.Id).Append(": ").Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("\n## Suppressed\n\n");
        foreach (var diagnostic in results.SelectMany(result => result.Suppressed))
        {
            builder.Append("- ").Append(Where(diagnostic.Location)).Append(' ').Append(diagnostic.Id).Append('\n');
        }

        builder.Append("\n## Status-looking literals not reported (read each: a miss, or outside the rule's positions)\n\n");
        foreach (var candidate in results.SelectMany(result => result.Missed).OrderBy(c => c.Bound).ThenBy(c => Where(c.Location), StringComparer.Ordinal))
        {
            builder.Append("- ").Append(Where(candidate.Location)).Append(candidate.Bound ? " bound" : " UNBOUND").Append(", ").Append(candidate.Reason).Append(": `").Append(candidate.Shape).Append("`\n");
        }

        builder.Append("\n## Reported but not a candidate (the cross-check's blind spots)\n\n");
        foreach (var result in results)
        {
            var spans = result.Candidates.Select(c => (c.Location.SourceTree, c.Location.SourceSpan)).ToHashSet();
            foreach (var diagnostic in result.Reported.Where(d => !spans.Contains((d.Location.SourceTree, d.Location.SourceSpan))))
            {
                builder.Append("- ").Append(Where(diagnostic.Location)).Append(": `").Append(LineShape(diagnostic)).Append("`\n");
            }
        }

        builder.Append("\n## Analyzer exceptions (AD0001) and generator crashes (CS8785)\n\n");
        foreach (var diagnostic in results.SelectMany(result => result.Crashes))
        {
            builder.Append("- ").Append(diagnostic.ToString()).Append('\n');
        }

        builder.Append("\n## Generator diagnostics\n\n");
        foreach (var diagnostic in results.SelectMany(result => result.GeneratorDiagnostics))
        {
            builder.Append("- ").Append(diagnostic.ToString()).Append('\n');
        }

        builder.Append("\n## Compile errors by id\n\n");
        foreach (var group in results.SelectMany(result => result.CompileErrors).GroupBy(d => d.Id).OrderByDescending(g => g.Count()))
        {
            builder.Append("- ").Append(group.Key).Append(": ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("\n## Names left unresolved (CS0246, CS0234, CS0103, CS0400), most frequent first\n\n");
        foreach (var group in results.SelectMany(result => result.CompileErrors)
                     .Where(d => d.Id is "CS0246" or "CS0234" or "CS0103" or "CS0400")
                     .Select(d => QuotedName.Match(d.GetMessage(CultureInfo.InvariantCulture)) is { Success: true } match ? match.Groups[1].Value : d.Id)
                     .GroupBy(name => name).OrderByDescending(g => g.Count()).Take(60))
        {
            builder.Append("- ").Append(group.Key).Append(": ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("\n## Package references not restored\n\n");
        foreach (var group in results.SelectMany(result => result.Project.PackageReferences).GroupBy(name => name, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            builder.Append("- ").Append(group.Key).Append('\n');
        }

        return builder.ToString();
    }

    private sealed record ProjectResult(
        SourceProject Project,
        int Files,
        List<Diagnostic> CompileErrors,
        List<Diagnostic> Reported,
        List<Diagnostic> Suppressed,
        List<Diagnostic> Crashes,
        List<Diagnostic> GeneratorDiagnostics,
        List<StatusLiteralCandidate> Candidates,
        int CatalogLiterals,
        TimeSpan CompileOnly,
        TimeSpan Elapsed)
    {
        public List<StatusLiteralCandidate> Missed { get; } = Candidates
            .Where(candidate => !Reported.Any(d => d.Location.SourceTree == candidate.Location.SourceTree && d.Location.SourceSpan == candidate.Location.SourceSpan))
            .ToList();
    }
}
