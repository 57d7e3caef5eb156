using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using StatusGen.Pipeline;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The interop files appear exactly when the project can use them, and always compile without a warning: System.Text.Json
/// converters and HttpClient extensions with System.Text.Json 8+, the IResult part with ASP.NET Core 8+, its OpenAPI
/// metadata with C# 11+. A netstandard2.0 project without System.Text.Json gets none of them.
/// </summary>
public sealed class InteropGenerationTests
{
    private static readonly string[] BaseFiles =
    {
        "HttpStatus.g.cs", "HttpStatusCodes.g.cs", "StatusGroup.g.cs", "StatusProblem.g.cs", "StatusResult.g.cs", "StatusUnionAttribute.g.cs",
    };

    private static readonly string[] JsonAndClientFiles =
    {
        "HttpResponseMessageStatusExtensions.g.cs", "HttpStatus.Json.g.cs", "StatusProblem.Json.g.cs", "StatusResultException.g.cs",
    };

    [Theory]
    [InlineData(TargetFramework.NetStandard20)]
    [InlineData(TargetFramework.Net80)]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.Net100AspNetCore)]
    public void Each_framework_gets_what_it_can_use_and_compiles_without_warnings(TargetFramework framework)
    {
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = framework });

        var expected = framework switch
        {
            TargetFramework.NetStandard20 => BaseFiles.Append("MaybeNullWhenAttribute.g.cs"),
            TargetFramework.Net100AspNetCore => BaseFiles.Concat(JsonAndClientFiles).Append("StatusResult.AspNetCore.g.cs").Append("StatusProblem.OpenApi.g.cs"),
            _ => BaseFiles.Concat(JsonAndClientFiles),
        };
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(Sorted(expected), Sorted(output.Sources.Keys));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void A_netstandard20_library_that_references_System_Text_Json_gets_the_converters_and_HttpClient_extensions()
    {
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(TestSpecs.Extended) with { Framework = TargetFramework.NetStandard20SystemTextJson });

        Assert.Equal(
            Sorted(BaseFiles.Concat(JsonAndClientFiles).Append("MaybeNullWhenAttribute.g.cs")),
            Sorted(output.Sources.Keys));
        // netstandard2.0's HttpContent reads take no token: it is checked before reading instead.
        var client = output.Sources["HttpResponseMessageStatusExtensions.g.cs"];
        Assert.Contains("ReadAsStreamAsync()", client);
        Assert.Contains("cancellationToken.ThrowIfCancellationRequested();", client);
        Assert.Empty(output.CompilationProblems);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp12)]
    public void The_netstandard20_interop_code_compiles_from_csharp_8(LanguageVersion version)
    {
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.NetStandard20SystemTextJson, LanguageVersion = version });

        Assert.Contains("HttpStatus.Json.g.cs", output.Sources.Keys);
        Assert.Empty(output.CompilationProblems);
    }

    [Theory]
    [InlineData(TargetFramework.NetStandard20)]
    [InlineData(TargetFramework.Net80)]
    public void Without_ASP_NET_Core_no_generated_code_mentions_it(TargetFramework framework)
    {
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(TestSpecs.Extended) with { Framework = framework });

        Assert.All(output.Sources.Values, source => Assert.DoesNotContain("Microsoft.AspNetCore", source));
        Assert.Contains("abstract class StatusResult<T>", output.Sources["StatusResult.g.cs"]);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void StatusResult_is_partial_only_when_the_ASP_NET_Core_part_extends_it()
    {
        var plain = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.Net100 });
        var web = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.Net100AspNetCore });

        // The same class, with one more keyword: the ASP.NET Core members live in their own file.
        Assert.Equal(
            plain.Sources["StatusResult.g.cs"].Replace("abstract class StatusResult<T>", "abstract partial class StatusResult<T>"),
            web.Sources["StatusResult.g.cs"]);
        // The second part does not repeat 'abstract': the main one says abstract or, under C# 15, closed.
        Assert.Contains("internal partial class StatusResult<T> : global::Microsoft.AspNetCore.Http.IResult", web.Sources["StatusResult.AspNetCore.g.cs"]);
    }

    [Fact]
    public void The_hierarchy_stays_closed_with_the_ASP_NET_Core_part()
    {
        var input = new GeneratorInput
        {
            Framework = TargetFramework.Net100AspNetCore,
            Sources = new[]
            {
                """
                namespace Consumer
                {
                    internal sealed class MyCase : StatusGen.StatusResult<int>
                    {
                        public MyCase() : base() { }
                        public override StatusGen.HttpStatus Status => StatusGen.HttpStatus.Ok;
                        public override bool Equals(StatusGen.StatusResult<int>? other) => false;
                        public override int GetHashCode() => 0;
                    }
                }
                """,
            },
        };

        var output = GeneratorHarness.Run(input);

        Assert.Equal(new[] { "CS0122" }, output.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct());
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Before_csharp_11_the_IResult_part_has_no_OpenAPI_metadata_and_still_compiles(LanguageVersion version)
    {
        // IEndpointMetadataProvider's member is static abstract, which C# 11 introduced.
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = TargetFramework.Net100AspNetCore, LanguageVersion = version });

        var aspNetCore = output.Sources["StatusResult.AspNetCore.g.cs"];
        Assert.Contains("IResult.ExecuteAsync", aspNetCore);
        Assert.DoesNotContain("IEndpointMetadataProvider", aspNetCore);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void Public_types_in_a_custom_namespace_with_custom_codes_compile_for_ASP_NET_Core()
    {
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(TestSpecs.Extended) with
        {
            Framework = TargetFramework.Net100AspNetCore,
            BuildProperties = new Dictionary<string, string>
            {
                ["StatusGenAccessibility"] = "public",
                ["StatusGenNamespace"] = "Contoso.Http",
            },
        });

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        Assert.Contains("case 499:", output.Sources["HttpResponseMessageStatusExtensions.g.cs"]);
        Assert.Contains("public sealed class HttpStatusJsonConverter", output.Sources["HttpStatus.Json.g.cs"]);
    }

    [Fact]
    public void A_catalog_whose_cases_read_no_body_still_compiles_without_warnings()
    {
        // No content and no problem cases: ReadStatusResultAsync awaits nothing, so it is not declared async (CS1998).
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec("version: 1\nextends: none\ncodes:\n  - code: 204\n    title: { en: No Content, ko: 내용 없음 }\n    flags: [no-body]\n") with
        {
            Framework = TargetFramework.Net100AspNetCore,
        });

        Assert.Empty(output.CompilationProblems);
        Assert.DoesNotContain("async", output.Sources["HttpResponseMessageStatusExtensions.g.cs"].Split("ReadStatusResultAsync<T>(")[0].Split('\n').Last());
    }

    [Fact]
    public void Adding_ASP_NET_Core_regenerates_StatusResult_and_adds_its_part()
    {
        var input = new GeneratorInput { Framework = TargetFramework.Net100 };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var driver = GeneratorHarness.CreateDriver(input).RunGenerators(compilation);
        var withAspNetCore = compilation.WithReferences(TargetFrameworkReferences.For(TargetFramework.Net100AspNetCore));

        var second = GeneratorHarness.Rerun(driver, withAspNetCore);

        Assert.Contains("StatusResult.AspNetCore.g.cs", second.Sources.Keys);
        Assert.Contains("abstract partial class StatusResult<T>", second.Sources["StatusResult.g.cs"]);
        Assert.Empty(second.CompilationProblems);
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> names) => names.OrderBy(name => name, System.StringComparer.Ordinal);
}
