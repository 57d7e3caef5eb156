using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace StatusGen.EditorTests;

/// <summary>
/// An IDE-like workspace: one C# project with StatusGen attached as an analyzer reference, the YAML as an additional
/// document and MSBuild properties in a global analyzer config, as the project system would set it up.
/// </summary>
internal sealed class GeneratorWorkspace : IDisposable
{
    public const string SpecPath = "/project/status-codes.yaml";
    public const string SourcePath = "/project/Program.cs";

    private readonly AdhocWorkspace _workspace;

    private GeneratorWorkspace(AdhocWorkspace workspace, DocumentId documentId)
    {
        _workspace = workspace;
        DocumentId = documentId;
    }

    public DocumentId DocumentId { get; }

    public Document Document => _workspace.CurrentSolution.GetDocument(DocumentId)!;

    public Project Project => Document.Project;

    public static GeneratorWorkspace Create(string source, string? spec = null, IReadOnlyDictionary<string, string>? buildProperties = null)
        => Create(source, spec, buildProperties, additionalReferences: null);

    /// <summary>
    /// A workspace whose project also references <paramref name="additionalReferences"/>; with references given, the
    /// project does not run the generator itself: it consumes the generated types of a compiled library.
    /// </summary>
    public static GeneratorWorkspace Create(string source, string? spec, IReadOnlyDictionary<string, string>? buildProperties, IEnumerable<MetadataReference>? additionalReferences)
    {
        var workspace = new AdhocWorkspace(MefHostServices.Create(MefHostServices.DefaultAssemblies));
        var projectId = ProjectId.CreateNewId();
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Consumer" };
        foreach (var property in buildProperties ?? new Dictionary<string, string>())
        {
            properties[property.Key] = property.Value;
        }

        var globalConfig = "is_global = true\n" + string.Concat(properties.Select(property => $"build_property.{property.Key} = {property.Value}\n"));
        var projectInfo = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "Consumer",
                "Consumer",
                LanguageNames.CSharp,
                filePath: "/project/Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
                metadataReferences: additionalReferences is null
                    ? Basic.Reference.Assemblies.Net100.References.All
                    : Basic.Reference.Assemblies.Net100.References.All.Concat(additionalReferences),
                analyzerReferences: additionalReferences is null ? new AnalyzerReference[] { new GeneratorReference() } : Array.Empty<AnalyzerReference>())
            .WithAnalyzerConfigDocuments(new[]
            {
                DocumentInfo.Create(
                    DocumentId.CreateNewId(projectId),
                    ".globalconfig",
                    loader: TextLoader.From(TextAndVersion.Create(SourceText.From(globalConfig), VersionStamp.Create())),
                    filePath: "/project/.globalconfig"),
            });

        var solution = workspace.CurrentSolution.AddProject(projectInfo);
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(source), filePath: SourcePath);
        if (spec is not null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "status-codes.yaml", SourceText.From(spec), filePath: SpecPath);
        }

        if (!workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace did not accept the project.");
        }

        return new GeneratorWorkspace(workspace, documentId);
    }

    /// <summary>The position of the first occurrence of <paramref name="marker"/> in the source, plus an offset.</summary>
    public async Task<int> PositionOfAsync(string marker, int offset = 0)
    {
        var text = await Document.GetTextAsync().ConfigureAwait(false);
        var index = text.ToString().IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{marker}' is not in the source.");
        }

        return index + offset;
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Hands the workspace the generator object itself, as a project's analyzer reference would.</summary>
    private sealed class GeneratorReference : AnalyzerReference
    {
        public override string FullPath => typeof(StatusGenerator).Assembly.Location;

        public override object Id => "StatusGen";

        public override string Display => "StatusGen";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language)
            => language == LanguageNames.CSharp
                ? ImmutableArray.Create(new StatusGenerator().AsSourceGenerator())
                : ImmutableArray<ISourceGenerator>.Empty;
    }
}
