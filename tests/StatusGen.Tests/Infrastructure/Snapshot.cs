using System;
using System.IO;
using System.Text;
using Xunit.Sdk;

namespace StatusGen.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a committed <c>*.verified.cs</c> file (Verify's file conventions). On a mismatch
/// it writes <c>*.received.cs</c> beside it and fails with a line diff. Re-accepting is an explicit switch: run the
/// tests with <c>STATUSGEN_ACCEPT_SNAPSHOTS=1</c>, which overwrites the verified files; it is refused under CI.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "STATUSGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual)
    {
        Directory.CreateDirectory(RepositoryPaths.Snapshots);
        var verifiedPath = Path.Combine(RepositoryPaths.Snapshots, name + ".verified.cs");
        var receivedPath = Path.Combine(RepositoryPaths.Snapshots, name + ".received.cs");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        if (accept && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new XunitException(AcceptVariable + " is set under CI: snapshots are only accepted on purpose, on a developer's machine.");
        }

        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = expected is null
            ? $"No snapshot {Path.GetFileName(verifiedPath)} yet. The output was written to {receivedPath}; review it and run the tests with {AcceptVariable}=1 to accept it."
            : $"Generated output differs from {Path.GetFileName(verifiedPath)} (new output in {receivedPath}; accept with {AcceptVariable}=1):\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    /// <summary>A line diff of the changed regions with two lines of context, at most 60 lines.</summary>
    private static string Diff(string expected, string actual)
    {
        var diff = DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < 60; i++)
        {
            var near = false;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
            {
                near |= lines[j].Type != DiffPlex.DiffBuilder.Model.ChangeType.Unchanged;
            }

            if (!near)
            {
                continue;
            }

            var prefix = lines[i].Type switch
            {
                DiffPlex.DiffBuilder.Model.ChangeType.Inserted => "+ ",
                DiffPlex.DiffBuilder.Model.ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).Append(lines[i].Text).Append('\n');
            shown++;
        }

        return builder.ToString();
    }
}
