using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>The three MSBuild settings: StatusGenNamespace, StatusGenAccessibility and StatusGenDocLanguages.</summary>
public sealed class OptionsTests
{
    private static GeneratorOutput Run(Dictionary<string, string> properties, string? spec = null)
        => GeneratorHarness.Run((spec is null ? new GeneratorInput() : GeneratorInput.WithSpec(spec)) with { BuildProperties = properties });

    private static string SummaryOf(GeneratorOutput output, string metadataName, string member)
    {
        var type = output.Compilation.GetTypeByMetadataName(metadataName)!;
        return type.GetMembers(member).Single().GetDocumentationCommentXml()!;
    }

    [Fact]
    public void Namespace_defaults_to_RootNamespace()
    {
        var output = Run(new() { ["RootNamespace"] = "Contoso.Orders" });

        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Contoso.Orders.HttpStatus"));
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Contoso.Orders.HttpStatusCodes"));
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Contoso.Orders.StatusGroup"));
    }

    [Fact]
    public void Namespace_without_RootNamespace_is_StatusGen()
    {
        var output = Run(new());

        Assert.NotNull(output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus"));
    }

    [Fact]
    public void StatusGenNamespace_wins_over_RootNamespace()
    {
        var output = Run(new() { ["RootNamespace"] = "Contoso.Orders", ["StatusGenNamespace"] = "Contoso.Http.Status" });

        Assert.NotNull(output.Compilation.GetTypeByMetadataName("Contoso.Http.Status.HttpStatus"));
        Assert.Null(output.Compilation.GetTypeByMetadataName("Contoso.Orders.HttpStatus"));
        Assert.Empty(output.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("Contoso..Http")]
    [InlineData("class")]
    [InlineData("1Http")]
    [InlineData("Contoso.Http-Codes")]
    public void An_invalid_namespace_is_reported_and_the_default_used(string value)
    {
        var output = Run(new() { ["StatusGenNamespace"] = value });

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0020", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("StatusGenNamespace '" + value + "' is not a valid C# namespace; the namespace 'StatusGen' is used", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus"));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void An_invalid_RootNamespace_silently_falls_back()
    {
        var output = Run(new() { ["RootNamespace"] = "my-app" });

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.NotNull(output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus"));
    }

    [Theory]
    [InlineData(null, Accessibility.Internal)]
    [InlineData("internal", Accessibility.Internal)]
    [InlineData("public", Accessibility.Public)]
    [InlineData("Public", Accessibility.Public)]
    public void Accessibility_of_every_generated_type(string? value, Accessibility expected)
    {
        var properties = new Dictionary<string, string>();
        if (value is not null)
        {
            properties["StatusGenAccessibility"] = value;
        }

        var output = Run(properties);

        foreach (var name in new[] { "StatusGen.HttpStatus", "StatusGen.HttpStatusCodes", "StatusGen.StatusGroup" })
        {
            Assert.Equal(expected, output.Compilation.GetTypeByMetadataName(name)!.DeclaredAccessibility);
        }
    }

    [Fact]
    public void An_invalid_accessibility_is_reported_and_internal_used()
    {
        var output = Run(new() { ["StatusGenAccessibility"] = "protected" });

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0054", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("StatusGenAccessibility 'protected' is neither 'internal' nor 'public'; 'internal' is used", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Accessibility.Internal, output.Compilation.GetTypeByMetadataName("StatusGen.HttpStatus")!.DeclaredAccessibility);
    }

    [Fact]
    public void Docs_are_Korean_first_then_English_by_default()
    {
        var xml = SummaryOf(Run(new()), "StatusGen.HttpStatus", "NotFound");

        Assert.Contains("404 찾을 수 없음 · Not Found", xml);
        Assert.True(xml.IndexOf("서버", System.StringComparison.Ordinal) < xml.IndexOf("server", System.StringComparison.Ordinal), xml);
        Assert.Contains("그룹: 클라이언트 오류 (4xx)", xml);
        Assert.Contains("Group: Client Error (4xx)", xml);
        Assert.Contains("<see href=\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\">RFC 9110 §15.5.5</see>", xml);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    public void Docs_in_English_only(string value)
    {
        var xml = SummaryOf(Run(new() { ["StatusGenDocLanguages"] = value }), "StatusGen.HttpStatus", "NotFound");

        Assert.Contains("404 Not Found", xml);
        Assert.DoesNotContain("찾을 수 없음", xml);
        Assert.DoesNotContain("그룹", xml);
    }

    [Theory]
    [InlineData("en;ko")]
    [InlineData("en,ko")]
    [InlineData(" en , ko ")]
    public void Docs_in_the_given_order_with_either_separator(string value)
    {
        var xml = SummaryOf(Run(new() { ["StatusGenDocLanguages"] = value }), "StatusGen.HttpStatus", "NotFound");

        Assert.Contains("404 Not Found · 찾을 수 없음", xml);
        Assert.True(xml.IndexOf("Group:", System.StringComparison.Ordinal) < xml.IndexOf("그룹:", System.StringComparison.Ordinal), xml);
    }

    [Fact]
    public void A_language_without_text_falls_back_to_English_in_docs()
    {
        var output = Run(new() { ["StatusGenDocLanguages"] = "ja" }, TestSpecs.Extended);

        Assert.Contains("499 クライアントがリクエストを閉じた", SummaryOf(output, "StatusGen.HttpStatus", "ClientClosedRequest"));
        Assert.Contains("404 Not Found", SummaryOf(output, "StatusGen.HttpStatus", "NotFound"));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void An_invalid_language_is_reported_and_skipped()
    {
        var output = Run(new() { ["StatusGenDocLanguages"] = "en;<script>" });

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("STG0055", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("StatusGenDocLanguages lists '<script>', which is not a language tag such as 'ko' or 'en'; it is skipped", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("404 Not Found", SummaryOf(output, "StatusGen.HttpStatus", "NotFound"));
        Assert.Empty(output.CompilationProblems);
    }
}
