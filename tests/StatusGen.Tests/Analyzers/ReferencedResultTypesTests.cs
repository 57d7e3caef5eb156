using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using StatusGen.Analyzers;
using StatusGen.CodeFixes;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests.Analyzers;

/// <summary>
/// STG1002, its fix and STG1100 over result types of a referenced library (StatusGenAccessibility=public), compiled
/// with the generator and emitted to metadata, where [StatusUnion] ([Conditional]) is gone and StatusResult&lt;T&gt; is
/// another symbol than the consumer's own: a union, StatusResult&lt;Order&gt;, a custom code of the library's catalog,
/// and hand-written look-alikes that must stay ignored.
/// </summary>
public sealed class ReferencedResultTypesTests
{
    /// <summary>The library's own catalog adds 299, which orders PartlyDone between Ok and Conflict.</summary>
    private const string LibraryYaml = "version: 1\ncodes:\n  - { code: 299, title: { en: Partly Done, ko: 일부 완료 } }\n";

    private const string LibrarySource = """
        namespace Shop
        {
            public sealed class Order
            {
                public int Id { get; set; }
            }

            [Shop.Http.StatusUnion(typeof(Order), Shop.Http.HttpStatusCodes.Conflict, Shop.Http.HttpStatusCodes.Ok, Shop.Http.HttpStatusCodes.NotFound, 299)]
            public partial class GetOrderResult { }

            /// <summary>The union's shape, written by hand: no generator's attribute.</summary>
            public abstract class LookAlikeResult
            {
                private LookAlikeResult() { }

                public sealed class Ok : LookAlikeResult { }

                public sealed class NotFound : LookAlikeResult { }
            }

            /// <summary>Another tool's generated code.</summary>
            [System.CodeDom.Compiler.GeneratedCode("OtherTool", "1.0.0.0")]
            public abstract class OtherToolResult
            {
                private OtherToolResult() { }

                public sealed class Ok : OtherToolResult { }

                public sealed class NotFound : OtherToolResult { }
            }
        }
        """;

    private static readonly System.Lazy<(MetadataReference Reference, Compilation Compilation)> Library = new(BuildLibrary);

    private static (MetadataReference, Compilation) BuildLibrary()
    {
        var output = GeneratorHarness.Run(new GeneratorInput
        {
            Sources = new[] { LibrarySource },
            SpecFiles = new[] { ("/project/status-codes.yaml", (string?)LibraryYaml) },
            BuildProperties = new Dictionary<string, string> { ["StatusGenNamespace"] = "Shop.Http", ["StatusGenAccessibility"] = "public" },
            Framework = TargetFramework.Net100AspNetCore,
        });
        Assert.Empty(output.GeneratorDiagnostics);
        var compilation = output.Compilation.WithAssemblyName("Shop.Library");
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return (MetadataReference.CreateFromImage(image.ToArray()), compilation);
    }

    private static string Consumer(string type, string arms, string usings = "using Shop;\nusing Shop.Http;\n")
        => usings + "namespace App { internal static class Use { internal static int Run(" + type + " result) => result {|#0:switch|} { " + arms + " }; } }";

    private static Task Analyze(string code, params DiagnosticResult[] expected)
    {
        var test = new StatusGenAnalyzerTest<MissingSwitchCasesAnalyzer> { TestCode = code };
        test.TestState.AdditionalReferences.Add(Library.Value.Reference);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task Suppress(string code, bool suppressed)
    {
        var test = new StatusGenAnalyzerTest<ExhaustiveSwitchSuppressor> { TestCode = code, CompilerDiagnostics = CompilerDiagnostics.Warnings };
        test.TestState.AdditionalReferences.Add(Library.Value.Reference);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(0).WithIsSuppressed(suppressed));
        return test.RunAsync();
    }

    private static DiagnosticResult Missing(string type, string cases)
        => new DiagnosticResult("STG1002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(type, cases);

    /// <summary>An arm per case of the library's StatusResult&lt;Order&gt; (its catalog, 299 included).</summary>
    private static string EveryStatusResultCase()
    {
        var statusResult = Library.Value.Compilation.GetTypeByMetadataName("Shop.Http.StatusResult`1")!;
        var cases = statusResult.GetTypeMembers().Where(member => SymbolEqualityComparer.Default.Equals(member.BaseType, statusResult)).ToList();
        Assert.Contains(cases, @case => @case.Name == "PartlyDone");
        return string.Join(", ", cases.Select((@case, index) => "StatusResult<Order>." + @case.Name + " => " + index));
    }

    [Fact]
    public Task STG1002_a_referenced_union_names_its_missing_cases_in_the_library_catalog_order()
        => Analyze(
            Consumer("GetOrderResult", "GetOrderResult.NotFound => 1,"),
            Missing("GetOrderResult", "GetOrderResult.Ok, GetOrderResult.PartlyDone, GetOrderResult.Conflict"));

    [Fact]
    public Task STG1002_a_referenced_public_StatusResult()
        => Analyze(
            Consumer("StatusResult<Order>", "not StatusResult<Order>.NotFound => 0,"),
            Missing("StatusResult<Order>", "StatusResult<Order>.NotFound"));

    [Fact]
    public Task STG1002_a_referenced_union_whose_arms_handle_every_case()
        => Analyze(Consumer("GetOrderResult", "GetOrderResult.Ok => 1, GetOrderResult.PartlyDone => 2, GetOrderResult.NotFound => 3, GetOrderResult.Conflict => 4"));

    [Theory]
    [InlineData("LookAlikeResult", "LookAlikeResult.Ok => 1")]
    [InlineData("OtherToolResult", "OtherToolResult.Ok => 1")]
    public Task STG1002_a_look_alike_without_the_generators_attribute_is_left_alone(string type, string arms)
        => Analyze(Consumer(type, arms));

    [Fact]
    public Task STG1100_suppresses_CS8509_over_a_referenced_union()
        => Suppress(Consumer("GetOrderResult", "GetOrderResult.Ok => 1, GetOrderResult.PartlyDone => 2, GetOrderResult.NotFound => 3, GetOrderResult.Conflict => 4"), suppressed: true);

    [Fact]
    public Task STG1100_leaves_CS8509_over_a_referenced_union_with_a_case_unhandled()
        => Suppress(Consumer("GetOrderResult", "GetOrderResult.Ok => 1, GetOrderResult.NotFound => 3, GetOrderResult.Conflict => 4"), suppressed: false);

    [Fact]
    public Task STG1100_suppresses_CS8509_over_a_referenced_public_StatusResult()
        => Suppress(Consumer("StatusResult<Order>", EveryStatusResultCase()), suppressed: true);

    [Theory]
    [InlineData("LookAlikeResult", "LookAlikeResult.Ok => 1, LookAlikeResult.NotFound => 2")]
    [InlineData("OtherToolResult", "OtherToolResult.Ok => 1, OtherToolResult.NotFound => 2")]
    public Task STG1100_leaves_CS8509_over_a_look_alike(string type, string arms)
        => Suppress(Consumer(type, arms), suppressed: false);

    [Fact]
    public async Task STG1002_fix_names_the_cases_of_a_referenced_union_as_the_file_compiles_them()
    {
        var test = new StatusGenCodeFixTest<MissingSwitchCasesAnalyzer, AddMissingCasesCodeFix>
        {
            TestCode = """
                namespace App
                {
                    internal static class Use
                    {
                        internal static int Run(Shop.GetOrderResult result) => result [|switch|]
                        {
                            Shop.GetOrderResult.NotFound => 2,
                        };
                    }
                }
                """,
            FixedCode = """
                namespace App
                {
                    internal static class Use
                    {
                        internal static int Run(Shop.GetOrderResult result) => result switch
                        {
                            Shop.GetOrderResult.NotFound => 2,
                            Shop.GetOrderResult.Ok => throw new System.NotImplementedException(),
                            Shop.GetOrderResult.PartlyDone => throw new System.NotImplementedException(),
                            Shop.GetOrderResult.Conflict => throw new System.NotImplementedException(),
                        };
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(Library.Value.Reference);
        test.FixedState.AdditionalReferences.Add(Library.Value.Reference);
        await test.RunAsync();
    }

    [Fact]
    public async Task STG1002_fix_names_a_referenced_StatusResult_by_the_files_usings_beside_the_consumers_own()
    {
        // The consumer's generator writes its own StatusGen.StatusResult<T>; under "using Shop.Http;" the short name
        // is the library's, and that is what the fix writes.
        var test = new StatusGenCodeFixTest<MissingSwitchCasesAnalyzer, AddMissingCasesCodeFix>
        {
            TestCode = """
                using System;
                using Shop;
                using Shop.Http;

                namespace App
                {
                    internal static class Use
                    {
                        internal static int Run(StatusResult<Order> result) => result [|switch|]
                        {
                            not StatusResult<Order>.NotFound => 0,
                        };
                    }
                }
                """,
            FixedCode = """
                using System;
                using Shop;
                using Shop.Http;

                namespace App
                {
                    internal static class Use
                    {
                        internal static int Run(StatusResult<Order> result) => result switch
                        {
                            not StatusResult<Order>.NotFound => 0,
                            StatusResult<Order>.NotFound => throw new NotImplementedException(),
                        };
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(Library.Value.Reference);
        test.FixedState.AdditionalReferences.Add(Library.Value.Reference);
        await test.RunAsync();
    }
}
