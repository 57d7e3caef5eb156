using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using StatusGen.Pipeline;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// What the compiler says about consumer code that uses <c>StatusResult&lt;T&gt;</c>: the contract's misuses are
/// compile errors, and the <c>MaybeNullWhen</c> polyfill appears exactly when the target framework lacks one.
/// </summary>
public sealed class StatusResultCompileTests
{
    [Fact]
    public void Created_without_a_location_does_not_compile()
    {
        var errors = ConsumerErrors("var created = new StatusResult<int>.Created(1);");

        Assert.Equal(new[] { "CS7036" }, errors);
    }

    [Fact]
    public void Unauthorized_without_a_challenge_does_not_compile()
    {
        // RFC 9110 §15.5.2: a 401 MUST carry WWW-Authenticate, so the case cannot be made without one.
        Assert.Equal(new[] { "CS7036" }, ConsumerErrors("var denied = new StatusResult<int>.Unauthorized();"));
        Assert.Equal(new[] { "CS1503" }, ConsumerErrors("var denied = new StatusResult<int>.Unauthorized(StatusProblem.For(HttpStatus.Unauthorized));"));
        Assert.Equal(new[] { "CS7036" }, ConsumerErrors("var notAllowed = new StatusResult<int>.MethodNotAllowed();"));
        Assert.Equal(new[] { "CS7036" }, ConsumerErrors("var proxy = new StatusResult<int>.ProxyAuthenticationRequired();"));
        Assert.Equal(new[] { "CS7036" }, ConsumerErrors("var upgrade = new StatusResult<int>.UpgradeRequired();"));
        Assert.Empty(ConsumerErrors("""
            var denied = new StatusResult<int>.Unauthorized("Bearer", StatusProblem.For(HttpStatus.Unauthorized));
            var range = new StatusResult<int>.RangeNotSatisfiable(StatusProblem.For(HttpStatus.RangeNotSatisfiable), "bytes */10");
            var bare = new StatusResult<int>.RangeNotSatisfiable();
            StatusResult<int> tagged = new StatusResult<int>.Ok(1).WithHeader("ETag", "\"v1\"");
            """));
    }

    [Fact]
    public void Match_without_all_four_callbacks_does_not_compile()
    {
        var errors = ConsumerErrors("""
            StatusResult<int> result = 1;
            var text = result.Match(
                success: ok => "ok",
                redirection: (redirect, location) => "moved",
                clientError: (error, problem) => "client");
            """);

        Assert.Equal(new[] { "CS7036" }, errors);
    }

    [Fact]
    public void The_missing_callback_is_named_in_the_error()
    {
        var output = Consumer("""
            StatusResult<int> result = 1;
            var text = result.Match(ok => "ok", (redirect, location) => "moved", (error, problem) => "client");
            """);

        var error = Assert.Single(output.Compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Contains("'serverError'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Switch_without_all_four_actions_does_not_compile()
    {
        var errors = ConsumerErrors("""
            StatusResult<int> result = 1;
            result.Switch(ok => { }, (redirect, location) => { }, (error, problem) => { });
            """);

        Assert.Equal(new[] { "CS7036" }, errors);
    }

    [Fact]
    public void A_class_outside_cannot_derive_from_StatusResult()
    {
        // Even with every abstract member implemented, the private constructor closes the hierarchy: CS0122
        // ('StatusResult<int>.StatusResult()' is inaccessible due to its protection level), and nothing else.
        var output = Consumer(string.Empty, """
            internal sealed class MyCase : StatusResult<int>
            {
                public MyCase() : base() { }
                public override HttpStatus Status => HttpStatus.Ok;
                public override bool Equals(StatusResult<int>? other) => false;
                public override int GetHashCode() => 0;
            }
            """);

        Assert.Equal(new[] { "CS0122" }, ErrorIds(output));
        Assert.Contains(output.Compilation.GetDiagnostics(), diagnostic => diagnostic.Id == "CS0122" && diagnostic.GetMessage().Contains("StatusResult<int>.StatusResult()"));
    }

    [Fact]
    public void A_class_outside_with_no_members_gets_CS0122_and_CS0534()
    {
        var output = Consumer(string.Empty, "internal sealed class MyCase : StatusResult<int> { }");

        // CS0534: the abstract Status, Equals and GetHashCode are not implemented.
        Assert.Equal(new[] { "CS0122", "CS0534" }, ErrorIds(output));
    }

    [Fact]
    public void A_class_outside_cannot_derive_from_a_case()
    {
        var output = Consumer(string.Empty, "internal sealed class MyNotFound : StatusResult<int>.NotFound { }");

        Assert.Contains("CS0509", ErrorIds(output));
    }

    [Fact]
    public void The_issue_examples_compile()
    {
        var errors = ConsumerErrors("""
            var results = new StatusResult<string>[]
            {
                new StatusResult<string>.Ok("value"),
                new StatusResult<string>.Created("value", "/orders/1"),
                new StatusResult<string>.NoContent(),
                new StatusResult<string>.MovedPermanently("/new"),
                new StatusResult<string>.NotFound(),
                new StatusResult<string>.ServiceUnavailable(System.TimeSpan.FromSeconds(30)),
                "implicit",
            };
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_switch_over_the_case_types_is_not_exhaustive_without_a_discard()
    {
        // The documented reason to use Match: the compiler cannot know the hierarchy is closed (CS8509).
        var output = Consumer("""
            StatusResult<int> result = 1;
            var text = result switch
            {
                StatusResult<int>.Ok ok => "ok",
                StatusResult<int>.NotFound => "not found",
            };
            """);

        Assert.Contains(output.Compilation.GetDiagnostics(), diagnostic => diagnostic.Id == "CS8509");
    }

    [Fact]
    public void TryGetValue_tells_the_compiler_when_the_value_is_set_on_netstandard20()
    {
        // Through the polyfill: using the value after 'false' warns (CS8602); after 'true' it does not.
        var input = new GeneratorInput
        {
            Framework = TargetFramework.NetStandard20,
            Sources = new[]
            {
                ConsumerSource("""
                    StatusResult<string> result = "text";
                    if (result.TryGetValue(out var value))
                    {
                        _ = value.Length;
                    }
                    else
                    {
                        _ = value.Length;
                    }
                    """),
            },
        };

        var output = GeneratorHarness.Run(input);

        var problem = Assert.Single(output.CompilationProblems);
        Assert.Equal("CS8602", problem.Id);
        Assert.Equal("/project/Source0.cs", problem.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData(TargetFramework.Net100, false)]
    [InlineData(TargetFramework.Net80, false)]
    [InlineData(TargetFramework.NetStandard20, true)]
    public void The_polyfill_is_generated_only_where_the_framework_lacks_the_attribute(TargetFramework framework, bool expected)
    {
        var output = GeneratorHarness.Run(new GeneratorInput { Framework = framework });

        Assert.Equal(expected, output.Sources.ContainsKey("MaybeNullWhenAttribute.g.cs"));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void The_polyfill_is_not_generated_when_the_project_defines_the_attribute()
    {
        var input = new GeneratorInput
        {
            Framework = TargetFramework.NetStandard20,
            Sources = new[]
            {
                """
                namespace System.Diagnostics.CodeAnalysis
                {
                    [System.AttributeUsage(System.AttributeTargets.Parameter)]
                    internal sealed class MaybeNullWhenAttribute : System.Attribute
                    {
                        public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

                        public bool ReturnValue { get; }
                    }
                }
                """,
            },
        };

        var output = GeneratorHarness.Run(input);

        Assert.False(output.Sources.ContainsKey("MaybeNullWhenAttribute.g.cs"));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void An_internal_attribute_in_a_reference_does_not_count()
    {
        // A library with its own internal polyfill (common) does not make the attribute usable here.
        var library = CSharpCompilation.Create(
            "Library",
            new[] { CSharpSyntaxTree.ParseText("namespace System.Diagnostics.CodeAnalysis { internal sealed class MaybeNullWhenAttribute : System.Attribute { public MaybeNullWhenAttribute(bool returnValue) { } } }") },
            TargetFrameworkReferences.For(TargetFramework.NetStandard20),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);

        var input = new GeneratorInput { Framework = TargetFramework.NetStandard20 };
        var compilation = GeneratorHarness.CreateCompilation(input).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        GeneratorHarness.CreateDriver(input).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        Assert.Contains(generated.SyntaxTrees, tree => tree.FilePath.EndsWith("MaybeNullWhenAttribute.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain(generated.GetDiagnostics(), diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    public void Flags_combine_into_constructors_for_custom_codes(TargetFramework framework)
    {
        // extends: none, so there is no 200 (no implicit conversion) and only these cases.
        const string spec = """
            version: 1
            extends: none
            codes:
              - { code: 250, title: { en: Made Here, ko: 여기 만듦 }, flags: [location] }
              - { code: 251, title: { en: Made Elsewhere, ko: 다른 곳에 만듦 }, flags: [no-body, location] }
              - { code: 252, title: { en: Done Later, ko: 나중에 끝남 }, flags: [retry-after] }
              - { code: 350, title: { en: Plain Redirect, ko: 단순 리다이렉트 } }
              - { code: 351, title: { en: Go There, ko: 저리 가기 }, flags: [location, retry-after] }
              - { code: 450, title: { en: Quiet Error, ko: 조용한 오류 }, flags: [no-body] }
              - { code: 550, title: { en: Busy Later, ko: 나중에 바쁨 }, flags: [retry-after] }
              - { code: 253, title: { en: Part Of It, ko: 일부 }, flags: [content-range] }
              - { code: 352, title: { en: Switch There, ko: 저기서 전환 }, flags: [location, upgrade] }
              - { code: 452, title: { en: Sign In Here, ko: 여기서 로그인 }, flags: [www-authenticate, allow] }
              - { code: 453, title: { en: Range Later, ko: 나중에 범위 }, flags: [retry-after, content-range] }
              - { code: 454, title: { en: Proxy Sign In, ko: 프록시 로그인 }, flags: [no-body, proxy-authenticate] }
            """;
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(spec) with { Framework = framework });

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        Assert.DoesNotContain("implicit operator", output.Sources["StatusResult.g.cs"], System.StringComparison.Ordinal);
        if (framework != TargetFramework.Net100)
        {
            return;
        }

        var resultType = output.Load().GetType("StatusGen.StatusResult`1", throwOnError: true)!;
        var signatures = resultType.GetNestedTypes().ToDictionary(
            nested => nested.Name,
            nested => string.Join(", ", nested.GetConstructors().Single().GetParameters().Select(parameter => parameter.Name + (parameter.IsOptional ? "?" : string.Empty))));
        var expected = new Dictionary<string, string>
        {
            ["MadeHere"] = "value, location",
            ["MadeElsewhere"] = "location",
            ["DoneLater"] = "value, retryAfter?",
            ["PlainRedirect"] = "",
            ["GoThere"] = "location, retryAfter?",
            ["QuietError"] = "",
            ["BusyLater"] = "retryAfter?, problem?",
            // Header fields the flags make part of the status: required ones after the location, optional ones last.
            ["PartOfIt"] = "value, contentRange?",
            ["SwitchThere"] = "location, upgrade",
            ["SignInHere"] = "wwwAuthenticate, allow, problem?",
            ["RangeLater"] = "retryAfter?, problem?, contentRange?",
            ["ProxySignIn"] = "proxyAuthenticate",
        };
        Assert.Equal(expected.OrderBy(pair => pair.Key), signatures.OrderBy(pair => pair.Key));
    }

    [Theory]
    [InlineData("Instance")]
    [InlineData("LocationOrNull")]
    [InlineData("ProblemOrNull")]
    [InlineData("Problem")]
    [InlineData("Headers")]
    [InlineData("WithHeader")]
    [InlineData("Allow")]
    [InlineData("StatusHeaders")]
    public void Member_names_of_StatusResult_cannot_name_a_code(string name)
    {
        // A case class named like a member of StatusResult<T> or of its own would not compile (CS0102, CS0542).
        var output = GeneratorHarness.Run(GeneratorInput.WithSpec(
            "version: 1\ncodes:\n  - code: 299\n    name: " + name + "\n    title: { en: Custom, ko: 사용자 정의 }\n"));

        Assert.Contains(output.GeneratorDiagnostics, diagnostic => diagnostic.Id == "STG0008");
        Assert.Empty(output.CompilationProblems);
    }

    private static string ConsumerSource(string statements, string members = "")
        => "using StatusGen;\n"
           + "namespace Consumer\n{\n"
           + "    internal static class Use\n    {\n"
           + "        internal static void Run()\n        {\n"
           + statements + "\n"
           + "        }\n    }\n"
           + members + "\n"
           + "}\n";

    private static GeneratorOutput Consumer(string statements, string members = "")
        => GeneratorHarness.Run(new GeneratorInput { Sources = new[] { ConsumerSource(statements, members) } });

    private static List<string> ErrorIds(GeneratorOutput output)
        => output.Compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => diagnostic.Id)
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToList();

    private static List<string> ConsumerErrors(string statements)
    {
        var output = Consumer(statements);
        Assert.Empty(output.GeneratorDiagnostics);
        return ErrorIds(output);
    }
}
