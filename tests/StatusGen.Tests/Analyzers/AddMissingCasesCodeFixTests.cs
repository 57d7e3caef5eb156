using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using StatusGen.Analyzers;
using StatusGen.CodeFixes;
using Xunit;

namespace StatusGen.Tests.Analyzers;

/// <summary>
/// STG1002's fix "Add missing cases": an arm or section per missing case in catalog order, type names as the file
/// compiles them (with and without <c>using System;</c>, under an alias, a generic StatusResult), below C# 9, Fix All.
/// </summary>
public sealed class AddMissingCasesCodeFixTests
{
    /// <summary>The union of the analyzer tests, in a file of its own so the fixed file is only the switch.</summary>
    private const string Union = """
        using StatusGen;

        namespace Shop
        {
            internal sealed class Order
            {
                public int Id { get; set; }
            }

            [StatusUnion(typeof(Order), HttpStatusCodes.Conflict, HttpStatusCodes.Ok, HttpStatusCodes.NotFound)]
            internal partial class GetOrderResult { }
        }
        """;

    private static Task Fix(string code, string fixedCode, LanguageVersion? version = null)
    {
        var test = new StatusGenCodeFixTest<MissingSwitchCasesAnalyzer, AddMissingCasesCodeFix> { LanguageVersion = version };
        test.TestState.Sources.Add(code);
        test.TestState.Sources.Add(("/0/Union.cs", Union));
        test.FixedState.Sources.Add(fixedCode);
        test.FixedState.Sources.Add(("/0/Union.cs", Union));
        return test.RunAsync();
    }

    [Fact]
    public Task STG1002_fix_adds_the_arms_of_a_switch_expression_in_catalog_order()
        => Fix(
            """
            using System;

            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result) => result [|switch|]
                    {
                        GetOrderResult.NotFound => 2,
                    };
                }
            }
            """,
            """
            using System;

            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result) => result switch
                    {
                        GetOrderResult.NotFound => 2,
                        GetOrderResult.Ok => throw new NotImplementedException(),
                        GetOrderResult.Conflict => throw new NotImplementedException(),
                    };
                }
            }
            """);

    [Fact]
    public Task STG1002_fix_without_using_System_and_without_a_trailing_comma()
        => Fix(
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result) => result [|switch|]
                    {
                        GetOrderResult.NotFound => 2, // the one we know
                        GetOrderResult.Ok => 1
                    };
                }
            }
            """,
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result) => result switch
                    {
                        GetOrderResult.NotFound => 2, // the one we know
                        GetOrderResult.Ok => 1,
                        GetOrderResult.Conflict => throw new System.NotImplementedException(),
                    };
                }
            }
            """);

    [Fact]
    public Task STG1002_fix_on_one_line()
        => Fix(
            "namespace Shop { internal static class Use { internal static int Run(GetOrderResult result) => result [|switch|] { GetOrderResult.Ok => 1 }; } }\n",
            "namespace Shop { internal static class Use { internal static int Run(GetOrderResult result) => result switch { GetOrderResult.Ok => 1, GetOrderResult.NotFound => throw new System.NotImplementedException(), GetOrderResult.Conflict => throw new System.NotImplementedException() }; } }\n");

    [Fact]
    public Task STG1002_fix_adds_the_sections_of_a_switch_statement()
        => Fix(
            """
            using System;

            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result)
                    {
                        [|switch|] (result)
                        {
                            case GetOrderResult.Ok ok:
                                return ok.Value.Id;
                        }

                        return 0;
                    }
                }
            }
            """,
            """
            using System;

            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result)
                    {
                        switch (result)
                        {
                            case GetOrderResult.Ok ok:
                                return ok.Value.Id;
                            case GetOrderResult.NotFound: throw new NotImplementedException();
                            case GetOrderResult.Conflict: throw new NotImplementedException();
                        }

                        return 0;
                    }
                }
            }
            """);

    [Fact]
    public Task STG1002_fix_of_a_statement_without_using_System_and_without_sections()
        => Fix(
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static void Run(GetOrderResult result)
                    {
                        [|switch|] (result)
                        {
                        }
                    }
                }
            }
            """,
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static void Run(GetOrderResult result)
                    {
                        switch (result)
                        {
                            case GetOrderResult.Ok: throw new System.NotImplementedException();
                            case GetOrderResult.NotFound: throw new System.NotImplementedException();
                            case GetOrderResult.Conflict: throw new System.NotImplementedException();
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task STG1002_fix_writes_the_names_the_file_uses_an_alias_and_a_generic_result()
        => Fix(
            """
            using Result = Shop.GetOrderResult;
            using Big = StatusGen.StatusResult<Shop.Order>;

            namespace Elsewhere
            {
                internal static class Use
                {
                    internal static int Run(Result result) => result [|switch|]
                    {
                        Result.Ok => 1,
                    };

                    internal static int Wide(Big result) => result [|switch|]
                    {
                        not (Big.NotFound or Big.Gone) => 1,
                    };
                }
            }
            """,
            """
            using Result = Shop.GetOrderResult;
            using Big = StatusGen.StatusResult<Shop.Order>;

            namespace Elsewhere
            {
                internal static class Use
                {
                    internal static int Run(Result result) => result switch
                    {
                        Result.Ok => 1,
                        Result.NotFound => throw new System.NotImplementedException(),
                        Result.Conflict => throw new System.NotImplementedException(),
                    };

                    internal static int Wide(Big result) => result switch
                    {
                        not (Big.NotFound or Big.Gone) => 1,
                        Big.NotFound => throw new System.NotImplementedException(),
                        Big.Gone => throw new System.NotImplementedException(),
                    };
                }
            }
            """);

    [Fact]
    public Task STG1002_fix_in_a_namespace_that_does_not_import_the_union()
        => Fix(
            """
            namespace Elsewhere
            {
                internal static class Use
                {
                    internal static int Run(StatusGen.StatusResult<Shop.Order> result) => result [|switch|]
                    {
                        not StatusGen.StatusResult<Shop.Order>.Gone => 1,
                    };
                }
            }
            """,
            """
            namespace Elsewhere
            {
                internal static class Use
                {
                    internal static int Run(StatusGen.StatusResult<Shop.Order> result) => result switch
                    {
                        not StatusGen.StatusResult<Shop.Order>.Gone => 1,
                        StatusGen.StatusResult<Shop.Order>.Gone => throw new System.NotImplementedException(),
                    };
                }
            }
            """);

    [Fact]
    public Task STG1002_fix_below_CSharp_9_writes_a_discard_designation()
        => Fix(
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result)
                    {
                        [|switch|] (result)
                        {
                            case GetOrderResult.Ok _:
                                return 1;
                        }

                        return result [|switch|]
                        {
                            GetOrderResult.Ok _ => 1,
                            GetOrderResult.NotFound _ => 2,
                        };
                    }
                }
            }
            """,
            """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult result)
                    {
                        switch (result)
                        {
                            case GetOrderResult.Ok _:
                                return 1;
                            case GetOrderResult.NotFound _: throw new System.NotImplementedException();
                            case GetOrderResult.Conflict _: throw new System.NotImplementedException();
                        }

                        return result switch
                        {
                            GetOrderResult.Ok _ => 1,
                            GetOrderResult.NotFound _ => 2,
                            GetOrderResult.Conflict _ => throw new System.NotImplementedException(),
                        };
                    }
                }
            }
            """,
            LanguageVersion.CSharp8);

    [Fact]
    public async Task STG1002_Fix_All_in_the_document_project_and_solution_with_nested_switches()
    {
        const string Nested = """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult first, GetOrderResult second) => first [|switch|]
                    {
                        GetOrderResult.Ok => second [|switch|]
                        {
                            GetOrderResult.Ok => 1,
                        },
                        GetOrderResult.NotFound => 2,
                    };
                }
            }
            """;
        const string NestedFixed = """
            namespace Shop
            {
                internal static class Use
                {
                    internal static int Run(GetOrderResult first, GetOrderResult second) => first switch
                    {
                        GetOrderResult.Ok => second switch
                        {
                            GetOrderResult.Ok => 1,
                            GetOrderResult.NotFound => throw new System.NotImplementedException(),
                            GetOrderResult.Conflict => throw new System.NotImplementedException(),
                        },
                        GetOrderResult.NotFound => 2,
                        GetOrderResult.Conflict => throw new System.NotImplementedException(),
                    };
                }
            }
            """;
        const string Other = """
            using System;

            namespace Shop
            {
                internal static class Other
                {
                    internal static void Run(GetOrderResult result)
                    {
                        [|switch|] (result)
                        {
                            case GetOrderResult.Conflict: return;
                        }
                    }
                }
            }
            """;
        const string OtherFixed = """
            using System;

            namespace Shop
            {
                internal static class Other
                {
                    internal static void Run(GetOrderResult result)
                    {
                        switch (result)
                        {
                            case GetOrderResult.Conflict: return;
                            case GetOrderResult.Ok: throw new NotImplementedException();
                            case GetOrderResult.NotFound: throw new NotImplementedException();
                        }
                    }
                }
            }
            """;

        var test = new StatusGenCodeFixTest<MissingSwitchCasesAnalyzer, AddMissingCasesCodeFix>
        {
            // One edit per document (the nested switch in the same edit as the one around it); the single fix
            // repairs one switch per iteration.
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfIncrementalIterations = 3,
        };
        test.TestState.Sources.Add(Nested);
        test.TestState.Sources.Add(Other);
        test.TestState.Sources.Add(("/0/Union.cs", Union));
        test.FixedState.Sources.Add(NestedFixed);
        test.FixedState.Sources.Add(OtherFixed);
        test.FixedState.Sources.Add(("/0/Union.cs", Union));
        await test.RunAsync();
    }
}
