using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The broken spec files of <c>BrokenYaml/</c>: mistakes users make, each file saying in its first line what the user
/// did, and in its <c># expect:</c> lines every diagnostic the generator must report for it, as
/// <c>(line,column): severity id: message</c>. So each syntax error is reported where the mistake is, in words a user
/// understands, with nothing that follows only from it, and an independent second mistake is still reported.
/// </summary>
/// <remarks>
/// To write the expect lines of a new file, run with STATUSGEN_ACCEPT_BROKEN_YAML=1 (refused when CI=true) and read
/// what was written: the lines are what the generator says now, not what it should say.
/// </remarks>
public sealed class BrokenYamlTests
{
    private const string ExpectPrefix = "# expect: ";

    private static readonly DiagnosticFormatter Formatter = new();

    private static string Folder => Path.Combine(RepositoryPaths.TestProject, "BrokenYaml");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_30_files_each_saying_what_the_user_did()
    {
        var files = Directory.GetFiles(Folder, "*.yaml");

        Assert.True(files.Length >= 30, "BrokenYaml/ has " + files.Length + " files");
        Assert.All(files, file =>
        {
            var first = File.ReadLines(file).First();
            Assert.True(first.StartsWith("# ", StringComparison.Ordinal) && !first.StartsWith(ExpectPrefix, StringComparison.Ordinal), file + " does not start with what the user did");
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reports_exactly_what_the_file_expects(string name)
    {
        var path = Path.Combine(Folder, name);
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = text.Split('\n').Where(line => line.StartsWith(ExpectPrefix, StringComparison.Ordinal)).Select(line => line.Substring(ExpectPrefix.Length)).ToList();

        var actual = Report(text);

        if (Environment.GetEnvironmentVariable("STATUSGEN_ACCEPT_BROKEN_YAML") == "1")
        {
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            Accept(path, text);
            return;
        }

        Assert.NotEmpty(expected);
        Assert.True(expected.SequenceEqual(actual), name + " expects:\n" + string.Join("\n", expected) + "\nbut the generator reports:\n" + string.Join("\n", actual));
        Assert.All(actual, line => Assert.DoesNotContain("Exception", line, StringComparison.Ordinal));
        Assert.Contains(actual, line => line.Contains(": error STG", StringComparison.Ordinal));
    }

    /// <summary>What the generator reports for <paramref name="text"/> as status-codes.yaml, without the file's path.</summary>
    private static List<string> Report(string text)
    {
        var output = GeneratorHarness.Run(new GeneratorInput { SpecFiles = new[] { ("status-codes.yaml", (string?)text) } });
        return output.GeneratorDiagnostics
            .Select(diagnostic => Formatter.Format(diagnostic, CultureInfo.InvariantCulture))
            .Select(line => line.StartsWith("status-codes.yaml(", StringComparison.Ordinal) ? line.Substring("status-codes.yaml".Length) : line)
            .ToList();
    }

    /// <summary>Rewrites the expect lines after the first line; twice, because their number moves the positions.</summary>
    private static void Accept(string path, string text)
    {
        var lines = text.Split('\n').ToList();
        var body = lines.Skip(1).Where(line => !line.StartsWith(ExpectPrefix, StringComparison.Ordinal)).ToList();
        var expect = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var candidate = string.Join("\n", new[] { lines[0] }.Concat(expect.Select(line => ExpectPrefix + line)).Concat(body));
            var reported = Report(candidate);
            if (reported.SequenceEqual(expect))
            {
                break;
            }

            expect = reported;
        }

        File.WriteAllText(path, string.Join("\n", new[] { lines[0] }.Concat(expect.Select(line => ExpectPrefix + line)).Concat(body)), new UTF8Encoding(false));
    }
}
