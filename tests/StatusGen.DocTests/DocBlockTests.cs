using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace StatusGen.DocTests;

/// <summary>
/// Every ```csharp block of README.md and the package README (src/StatusGen/PACKAGE.md) compiles as shown, without
/// warnings, in the project it is written for, with what the generator makes of it; a block marked as a fragment says
/// what it needs (<see cref="BlockMarker"/>). Console programs are run and every <c>Console.WriteLine(...); // text</c>
/// must print that text; a web API is started on 127.0.0.1 and each ```http exchange after it is sent, in order, and
/// must get the status line, the headers shown and the body shown; a client block runs against it. All tests of this
/// class run one after the other: they redirect Console.Out.
/// </summary>
public sealed class DocBlockTests
{
    private static readonly string[] Documents = { "README.md", "src/StatusGen/PACKAGE.md" };

    private static readonly Lazy<List<DocBlock>> All = new(() => Documents
        .SelectMany(document => Markdown.Blocks(Path.Combine(DocProject.RepositoryRoot, document), document))
        .ToList());

    /// <summary>The address the client blocks are written for: replaced by where the test's server listens.</summary>
    private const string SampleAddress = "http://127.0.0.1:5080";

    public static TheoryData<string> CSharpBlocks()
    {
        var data = new TheoryData<string>();
        foreach (var block in All.Value.Where(block => block.Language == "csharp"))
        {
            data.Add(block.Id);
        }

        return data;
    }

    [Fact]
    public void Both_readmes_have_csharp_blocks_and_every_marker_makes_sense()
    {
        var csharp = All.Value.Where(block => block.Language == "csharp").ToList();
        Assert.Contains(csharp, block => block.File == "README.md");
        Assert.Contains(csharp, block => block.File == "src/StatusGen/PACKAGE.md");

        var names = csharp.Where(block => block.Marker.Name is not null).Select(block => block.File + "#" + block.Marker.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        foreach (var block in csharp)
        {
            Assert.All(block.Marker.With, name => Assert.True(Named(block, name) is not null, block.Id + " is with '" + name + "', which no block above is named"));
            Assert.True(block.Marker.Before is null || block.Marker.With.Count == 1, block.Id + ": before= needs exactly one with=");
            Assert.True(!block.Marker.IsFragment || block.Marker.Fragment!.Length > 0, block.Id + " is a fragment that does not say what it needs");
            Assert.True(!block.Marker.YamlAbove || YamlAbove(block) is not null, block.Id + " asks for the YAML above, and there is none");
        }
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public async Task Compiles_as_pasted_and_does_what_it_shows(string id)
    {
        var block = All.Value.Single(candidate => candidate.Id == id);
        if (block.Marker.MembersOf is { } type)
        {
            CheckMembers(block, type);
            return;
        }

        if (block.Marker.IsFragment)
        {
            // A fragment names what it needs; it is not a file of its own, so there is nothing to compile.
            return;
        }

        var compiled = ProjectFor(block).Compile();
        Assert.True(compiled.Problems.Count == 0, block.Id + " does not compile as pasted into " + Describe(block) + ":\n" + compiled.Describe());

        switch (block.Marker.Context)
        {
            case "console":
                AssertOutput(block, Run(compiled));
                break;
            case "webapi" when block.Marker.With.Count == 0:
                await RunWebApi(block, compiled);
                break;
        }
    }

    /// <summary>"dotnet new console -n MyApp", and so on: what the failure message says the block was pasted into.</summary>
    private static string Describe(DocBlock block) => block.Marker.Context switch
    {
        "webapi" => "dotnet new webapi -n MyApi",
        "library" => "dotnet new classlib -n MyLib",
        _ => "dotnet new console -n MyApp",
    } + (block.Marker.With.Count > 0 ? " with " + string.Join(", ", block.Marker.With) : string.Empty);

    private static DocProject ProjectFor(DocBlock block, string? address = null)
    {
        var project = DocProject.For(block.Marker.Context == "client" ? "console" : block.Marker.Context);
        Add(project, block, address, main: true);
        return project;
    }

    private static void Add(DocProject project, DocBlock block, string? address, bool main)
    {
        foreach (var property in block.Marker.Properties)
        {
            project.Properties[property.Key] = property.Value;
        }

        if (block.Marker.YamlAbove)
        {
            project.StatusCodesYaml = YamlAbove(block)!.Content;
        }

        var content = address is null ? block.Content : block.Content.Replace(SampleAddress, address.TrimEnd('/'), StringComparison.Ordinal);
        if (block.Marker.Before is { } before)
        {
            var target = Named(block, block.Marker.With.Single())!;
            var lines = target.Content.Split('\n').ToList();
            var at = lines.FindIndex(line => line.Trim() == before);
            Assert.True(at >= 0, block.Id + ": the block it is with has no line '" + before + "'");
            lines.Insert(at, content);
            Add(project, target with { Content = string.Join("\n", lines) }, address, main);
            return;
        }

        // A block "with" others is a file of the project they are files of, so it shares their context only; a client
        // is a project of its own and does not take the web API's files.
        if (block.Marker.Context != "client")
        {
            foreach (var name in block.Marker.With)
            {
                Add(project, Named(block, name)!, address, main: false);
            }
        }

        project.Files.Add(("Block" + block.Line + ".cs", content));
    }

    private static DocBlock? Named(DocBlock block, string name)
        => All.Value.LastOrDefault(candidate => candidate.File == block.File && candidate.Line < block.Line && candidate.Marker.Name == name);

    private static DocBlock? YamlAbove(DocBlock block)
        => All.Value.LastOrDefault(candidate => candidate.File == block.File && candidate.Line < block.Line && candidate.Language == "yaml");

    /// <summary>Runs the program's entry point with Console.Out captured.</summary>
    private static string Run(Compiled compiled)
    {
        var assembly = compiled.Load();
        var entryPoint = assembly.EntryPoint ?? throw new InvalidOperationException("No entry point.");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new InvalidOperationException("The program threw; it printed:\n" + output, exception.InnerException);
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    /// <summary>
    /// Each <c>Console.WriteLine(...)</c> statement with a comment after it shows what it prints: the program must print
    /// exactly those lines, in that order (a block without such comments only has to run).
    /// </summary>
    private static void AssertOutput(DocBlock block, string output)
    {
        var expected = ShownOutput(block.Content);
        if (expected.All(line => line is null))
        {
            return;
        }

        var actual = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var message = block.Id + " shows:\n" + string.Join("\n", expected.Select(line => line ?? "(anything)")) + "\nbut prints:\n" + output;
        Assert.True(actual.Length == expected.Count, message);
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.True(expected[i] is null || expected[i] == actual[i], message);
        }
    }

    internal static List<string?> ShownOutput(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        return root.DescendantNodes()
            .OfType<ExpressionStatementSyntax>()
            .Where(statement => statement.Expression is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Console" }, Name.Identifier.Text: "WriteLine" or "Write" },
            })
            .Select(statement => statement.GetLastToken().TrailingTrivia.FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)).ToString() is { Length: > 0 } comment
                ? comment.Substring(2).Trim()
                : null)
            .ToList();
    }

    private static async Task RunWebApi(DocBlock block, Compiled compiled)
    {
        var exchanges = ExchangesOf(block);
        var clients = All.Value.Where(candidate => candidate.Marker.Context == "client" && candidate.Marker.With.Contains(block.Marker.Name ?? "\0")).ToList();
        if (exchanges.Count == 0 && clients.Count == 0)
        {
            return;
        }

        using var app = WebApp.Start(compiled.Load());
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };
        foreach (var exchange in exchanges)
        {
            await HttpExchange.Parse(exchange).AssertAsync(http, exchange.Id);
        }

        foreach (var client in clients)
        {
            var clientCompiled = ProjectFor(client, app.Address.ToString()).Compile();
            Assert.True(clientCompiled.Problems.Count == 0, client.Id + " does not compile:\n" + clientCompiled.Describe());
            var output = await Task.Run(() => Run(clientCompiled));
            AssertOutput(client, output);
        }
    }

    /// <summary>The ```http blocks after a web API block, up to the next block that is not one of its files.</summary>
    private static List<DocBlock> ExchangesOf(DocBlock api)
    {
        var exchanges = new List<DocBlock>();
        foreach (var block in All.Value.Where(candidate => candidate.File == api.File && candidate.Line > api.Line))
        {
            if (block.Language == "csharp" && !block.Marker.With.Contains(api.Marker.Name ?? "\0"))
            {
                break;
            }

            if (block.Language == "http")
            {
                exchanges.Add(block);
            }
        }

        return exchanges;
    }

    /// <summary>A block of member declarations: each must be a member of the generated type, with the same parameters.</summary>
    private static void CheckMembers(DocBlock block, string typeName)
    {
        var compiled = DocProject.For("console").Compile();
        var metadataName = typeName.Contains('<', StringComparison.Ordinal)
            ? typeName.Substring(0, typeName.IndexOf('<', StringComparison.Ordinal)) + "`" + (typeName.Count(c => c == ',') + 1)
            : typeName;
        var type = compiled.Compilation.GetTypeByMetadataName("MyApp." + metadataName);
        Assert.True(type is not null, block.Id + ": the generator makes no type " + typeName);

        var tree = CSharpSyntaxTree.ParseText("abstract class Members" + typeName.Substring(metadataName.Split('`')[0].Length) + "\n{\n" + block.Content + "\n}\n");
        Assert.DoesNotContain(tree.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var declarations = tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>().ToList();
        Assert.NotEmpty(declarations);
        var format = SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);
        foreach (var declaration in declarations)
        {
            var name = declaration switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                ConstructorDeclarationSyntax => ".ctor",
                _ => "?",
            };
            var shown = declaration.ParameterList.Parameters.Select(parameter => (Type: Normalize(parameter.Type!.ToString()), parameter.Identifier.Text, HasDefault: parameter.Default is not null)).ToList();
            var candidates = type!.GetMembers(name).OfType<IMethodSymbol>().ToList();
            Assert.True(
                candidates.Any(candidate => candidate.Parameters.Select(parameter => (Normalize(parameter.Type.ToDisplayString(format)), parameter.Name, parameter.HasExplicitDefaultValue)).SequenceEqual(shown)),
                block.Id + ": " + typeName + " has no " + declaration.ToString().Trim() + "; it has:\n" + string.Join("\n", candidates.Select(candidate => candidate.ToDisplayString(format))));
        }
    }

    private static string Normalize(string type) => new(type.Where(c => !char.IsWhiteSpace(c)).ToArray());
}

/// <summary>An HTTP exchange as a ```http block shows it: request, then the response from its status line on.</summary>
internal sealed record HttpExchange(string Method, string Path, List<(string Name, string Value)> RequestHeaders, string? RequestBody, int Status, string Reason, List<(string Name, string Value)> ResponseHeaders, string ResponseBody)
{
    public static HttpExchange Parse(DocBlock block)
    {
        var lines = block.Content.TrimEnd('\n').Split('\n');
        var response = Array.FindIndex(lines, line => line.StartsWith("HTTP/", StringComparison.Ordinal));
        if (response < 1)
        {
            throw new FormatException(block.Id + ": no request, or no 'HTTP/1.1 ...' status line");
        }

        var (requestHeaders, requestBody) = HeadersAndBody(lines.Skip(1).Take(response - 1).ToList());
        var request = lines[0].Split(' ', 2);
        var status = lines[response].Split(' ', 3);
        var (responseHeaders, responseBody) = HeadersAndBody(lines.Skip(response + 1).ToList());
        return new HttpExchange(request[0], request[1], requestHeaders, requestBody, int.Parse(status[1], System.Globalization.CultureInfo.InvariantCulture), status.Length > 2 ? status[2] : string.Empty, responseHeaders, responseBody ?? string.Empty);
    }

    private static (List<(string, string)> Headers, string? Body) HeadersAndBody(List<string> lines)
    {
        var headers = new List<(string, string)>();
        var i = 0;
        for (; i < lines.Count && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            headers.Add((lines[i].Substring(0, colon).Trim(), lines[i].Substring(colon + 1).Trim()));
        }

        var body = string.Join("\n", lines.Skip(i)).Trim();
        return (headers, body.Length == 0 ? null : body);
    }

    public async Task AssertAsync(HttpClient http, string id)
    {
        using var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        string? contentType = null;
        foreach (var (name, value) in RequestHeaders)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (RequestBody is not null)
        {
            request.Content = new StringContent(RequestBody, Encoding.UTF8, contentType ?? "application/json");
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var got = "HTTP/1.1 " + (int)response.StatusCode + " " + response.ReasonPhrase + "\n"
                  + string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(header => header.Key + ": " + string.Join(", ", header.Value)))
                  + "\n\n" + body;
        var message = id + " shows " + Status + " " + Reason + ", but the server answered:\n" + got;

        Assert.True((int)response.StatusCode == Status && response.ReasonPhrase == Reason, message);
        foreach (var (name, value) in ResponseHeaders)
        {
            var values = response.Headers.TryGetValues(name, out var found) || response.Content.Headers.TryGetValues(name, out found) ? string.Join(", ", found) : null;
            Assert.True(values == value, id + ": header " + name + " should be '" + value + "'.\n" + message);
        }

        Assert.True(ResponseBody == body.Trim(), id + ": the body differs.\n" + message);
    }
}
