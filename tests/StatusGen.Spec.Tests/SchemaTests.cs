using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.Spec.Tests;

/// <summary>The catalog satisfies its JSON Schema, and the schema is strict and documented enough to matter.</summary>
public sealed class SchemaTests(ITestOutputHelper output)
{
    private const string SchemaComment = "# yaml-language-server: $schema=./status-codes.schema.json";

    [Fact]
    public void CatalogIsValidAgainstTheSchema()
    {
        var catalog = YamlJsonConverter.ToJson(TestCatalog.File.Root);

        var results = CatalogSchema.Evaluate(catalog);

        Assert.True(
            results.IsValid,
            $"status-codes.yaml does not satisfy status-codes.schema.json:{Environment.NewLine}{CatalogSchema.DescribeErrors(catalog)}");
    }

    [Fact]
    public void CatalogFirstLinePointsEditorsAtTheSchema()
    {
        // The comment lets YAML-aware editors validate and complete the file while it is written.
        using var reader = new StringReader(TestCatalog.File.Text);
        var firstLine = reader.ReadLine();

        Assert.True(firstLine == SchemaComment, $"The catalog's first line should be '{SchemaComment}' but is '{firstLine}'.");
    }

    [Fact]
    public void EveryPropertyInTheSchemaHasADescription()
    {
        // Editors show these descriptions as hover help, so an undocumented property is a gap for authors.
        var undocumented = JsonSchemaWalker.Subschemas(CatalogSchema.Document)
            .Where(found => found.Schema["properties"] is JsonObject)
            .SelectMany(found => found.Schema["properties"]!.AsObject()
                .Where(property => property.Value is not JsonObject body
                    || body["description"] is not JsonValue description
                    || string.IsNullOrWhiteSpace(description.GetValue<string>()))
                .Select(property => $"{found.Pointer}/properties/{property.Key}"))
            .ToList();

        Assert.True(undocumented.Count == 0, $"These schema properties have no description: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void SchemaListsTheEightStandardFlagsAsAnEnum()
    {
        var enums = JsonSchemaWalker.Subschemas(CatalogSchema.Document)
            .Where(found => found.Schema["enum"] is JsonArray)
            .Select(found => found.Schema["enum"]!.AsArray().Select(value => value?.ToJsonString()).ToHashSet())
            .ToList();
        var expected = StandardFlags.Names.Select(name => JsonValue.Create(name).ToJsonString()).ToHashSet();

        Assert.True(
            enums.Any(values => values.SetEquals(expected)),
            $"No enum in the schema lists exactly the standard flags {string.Join(", ", StandardFlags.Names)}.");
    }

    public static TheoryData<string> Breakages => new(InvalidDocuments.Names);

    [Fact]
    public void SmallValidDocumentSatisfiesTheSchema()
    {
        // The baseline for the broken documents below: if it failed, their failing would prove nothing.
        var document = InvalidDocuments.FromYaml(InvalidDocuments.ValidYaml);

        Assert.True(
            CatalogSchema.Evaluate(document).IsValid,
            $"The test's small valid catalog no longer satisfies the schema:{Environment.NewLine}{CatalogSchema.DescribeErrors(document)}");
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void SchemaRejectsABrokenDocument(string breakage)
    {
        // Each case breaks one thing in the small valid document: were it still accepted, the schema would not
        // be checking what it claims to check.
        var broken = InvalidDocuments.Break(breakage);

        var results = CatalogSchema.Evaluate(broken);

        if (!results.IsValid)
        {
            output.WriteLine($"Rejected as it should be:{Environment.NewLine}{CatalogSchema.DescribeErrors(broken)}");
        }

        Assert.False(results.IsValid, $"The schema accepted a catalog with this defect: {breakage}.");
    }

    [Fact]
    public void SchemaRejectsAQuotedCode()
    {
        // End to end through the YAML reader: code: "100" is text, not a number, however it looks.
        var quoted = InvalidDocuments.ValidYaml.Replace("- code: 100", "- code: \"100\"", StringComparison.Ordinal);
        Assert.NotEqual(InvalidDocuments.ValidYaml, quoted);

        Assert.False(CatalogSchema.Evaluate(InvalidDocuments.FromYaml(quoted)).IsValid, "The schema accepted a code written as the quoted string \"100\".");
    }
}
