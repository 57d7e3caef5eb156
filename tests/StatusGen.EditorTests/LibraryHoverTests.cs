using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>
/// A library that makes the generated types public ships them with its XML documentation file, and its consumers'
/// IDEs show the same hovers as the library's own source does. The generated docs refer from one member to another
/// (<c>&lt;inheritdoc cref="HttpStatus.NotFound"/&gt;</c>): the XML file keeps those references, and the consumer's
/// IDE resolves them in the library's docs. Here the library is compiled with the generator to a DLL and an XML
/// file, and a project that references only those two is hovered at the same members as <see cref="HoverTextTests"/>.
/// </summary>
public sealed class LibraryHoverTests
{
    [Fact]
    public async Task A_compiled_library_with_its_XML_docs_shows_consumers_the_same_hovers()
    {
        var folder = Directory.CreateTempSubdirectory("statusgen-library-").FullName;
        try
        {
            var (dll, xml) = CompileLibrary(folder);
            Assert.Contains("<inheritdoc cref=\"P:Consumer.HttpStatus.NotFound\"", File.ReadAllText(xml), System.StringComparison.Ordinal);
            var reference = MetadataReference.CreateFromFile(dll, documentation: XmlDocumentationProvider.CreateFromFile(xml));
            using var workspace = GeneratorWorkspace.Create(HoverTranscript.Source, spec: null, buildProperties: null, additionalReferences: new[] { reference });

            // Roslyn displays a constant read from metadata as "const int" where the source says "int": a difference in
            // the signature line only, not in the docs this test is about.
            var received = (await HoverTranscript.RecordAsync(workspace)).Replace("(constant) const int ", "(constant) int ", System.StringComparison.Ordinal);

            Assert.True(
                HoverTranscript.Compare("public", received, "library") is not null,
                "A consumer of the compiled library sees other hovers than Hovers/public.verified.txt; see library.received.txt.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The library: the transcript's spec, public generated types in namespace Consumer, a DLL and its XML docs.</summary>
    private static (string Dll, string Xml) CompileLibrary(string folder)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Library",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Placeholder { } }", parseOptions) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["StatusGenAccessibility"] = "public" };
        var driver = CSharpGeneratorDriver.Create(
            new[] { new StatusGenerator().AsSourceGenerator() },
            ImmutableArray.Create<AdditionalText>(new SpecText(GeneratorWorkspace.SpecPath, HoverTranscript.Spec)),
            parseOptions,
            new BuildProperties(options));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _);

        var dll = Path.Combine(folder, "Library.dll");
        var xml = Path.Combine(folder, "Library.xml");
        using (var peStream = File.Create(dll))
        using (var xmlStream = File.Create(xml))
        {
            var result = withGenerated.Emit(peStream, xmlDocumentationStream: xmlStream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
        }

        return (dll, xml);
    }

    private sealed class SpecText : AdditionalText
    {
        private readonly string _text;

        public SpecText(string path, string text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(_text, Encoding.UTF8);
    }

    private sealed class BuildProperties : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public BuildProperties(IReadOnlyDictionary<string, string> properties) => GlobalOptions = new Options(properties);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; }

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly IReadOnlyDictionary<string, string> _properties;

            public Options(IReadOnlyDictionary<string, string> properties) => _properties = properties;

            public override bool TryGetValue(string key, out string value)
            {
                value = string.Empty;
                return key.StartsWith("build_property.", System.StringComparison.Ordinal)
                       && _properties.TryGetValue(key.Substring("build_property.".Length), out value!);
            }
        }
    }
}
