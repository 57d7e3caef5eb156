using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatusGen.EditorTests;

/// <summary>
/// The shape of the generated docs that editors rely on: the summary's first line is the title (completion lists
/// show it), every public member is documented, the main types carry an example.
/// </summary>
public sealed class DocsQualityTests
{
    private static async Task<Compilation> CompileAsync()
    {
        // Public types, so that "public" below means visible to a consumer of the library.
        using var workspace = GeneratorWorkspace.Create(
            "namespace Consumer { internal static class Program { private static void Main() { } } }",
            buildProperties: new System.Collections.Generic.Dictionary<string, string> { ["StatusGenAccessibility"] = "public" });
        return (await workspace.Project.GetCompilationAsync())!;
    }

    [Fact]
    public async Task Every_public_generated_member_is_documented_and_starts_with_a_title_line()
    {
        var compilation = await CompileAsync();
        var types = new[] { "Consumer.HttpStatus", "Consumer.HttpStatusCodes", "Consumer.StatusGroup", "Consumer.StatusResult`1", "Consumer.StatusProblem" }
            .Select(name => compilation.GetTypeByMetadataName(name)!)
            .ToList();

        var checkedMembers = 0;
        foreach (var symbol in types.SelectMany(type => type.GetMembers().Concat(type.GetTypeMembers().SelectMany(nested => nested.GetMembers().Append(nested)))).Concat(types))
        {
            if (symbol.DeclaredAccessibility != Accessibility.Public || symbol.IsImplicitlyDeclared
                || symbol.ContainingType is { DeclaredAccessibility: not Accessibility.Public }
                || symbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet })
            {
                continue;
            }

            var xml = symbol.GetDocumentationCommentXml(expandIncludes: true);
            Assert.False(string.IsNullOrWhiteSpace(xml), symbol.ToDisplayString() + " has no docs");
            var document = XDocument.Parse(xml!);
            checkedMembers++;
            if (document.Root!.Element("inheritdoc") is not null)
            {
                continue;
            }

            var summary = document.Root.Element("summary");
            Assert.True(summary is not null, symbol.ToDisplayString() + " has no <summary>");
            var firstLine = summary!.Nodes().OfType<XText>().FirstOrDefault()?.Value.Trim().Split('\n')[0].Trim();
            Assert.False(string.IsNullOrEmpty(firstLine), symbol.ToDisplayString() + "'s summary does not start with a line of text");
        }

        Assert.True(checkedMembers > 500, "only " + checkedMembers + " members checked");
    }

    [Theory]
    [InlineData("Consumer.HttpStatus")]
    [InlineData("Consumer.StatusResult`1")]
    public async Task Main_types_have_an_example(string typeName)
    {
        var compilation = await CompileAsync();

        var xml = compilation.GetTypeByMetadataName(typeName)!.GetDocumentationCommentXml();

        Assert.NotNull(XDocument.Parse(xml!).Root!.Element("example")?.Element("code"));
    }

    [Theory]
    [InlineData("Consumer.HttpStatus")]
    [InlineData("Consumer.StatusResult`1+NotFound")]
    public async Task Debugger_display_is_set(string typeName)
    {
        var compilation = await CompileAsync();

        var attributes = compilation.GetTypeByMetadataName(typeName)!.GetAttributes();

        Assert.Contains(attributes, attribute => attribute.AttributeClass?.Name == "DebuggerDisplayAttribute");
    }
}
