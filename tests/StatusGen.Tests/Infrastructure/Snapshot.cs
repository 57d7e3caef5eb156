using System;
using System.Collections.Generic;
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

    /// <summary>The first differing lines with a little context: enough to see what changed.</summary>
    private static string Diff(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        var max = Math.Max(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < max && shown < 20; i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : null;
            var right = i < actualLines.Length ? actualLines[i] : null;
            if (left == right)
            {
                continue;
            }

            builder.Append("line ").Append(i + 1).Append('\n');
            if (left is not null)
            {
                builder.Append("- ").Append(left).Append('\n');
            }

            if (right is not null)
            {
                builder.Append("+ ").Append(right).Append('\n');
            }

            shown++;
        }

        if (expectedLines.Length != actualLines.Length)
        {
            builder.Append($"({expectedLines.Length} lines expected, {actualLines.Length} received)\n");
        }

        return builder.ToString();
    }
}
