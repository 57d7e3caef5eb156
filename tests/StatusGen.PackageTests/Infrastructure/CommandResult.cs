using System;
using Xunit;

namespace StatusGen.PackageTests.Infrastructure;

/// <summary>What a finished <c>dotnet</c> command did: its exit code and its output (stdout and stderr, interleaved).</summary>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Fails the test, with the whole output, unless the command exited with 0.</summary>
    public CommandResult EnsureSuccess()
    {
        if (!Succeeded)
        {
            Assert.Fail("Expected success, got exit code " + ExitCode + ".\n" + Describe());
        }

        return this;
    }

    /// <summary>Fails the test, with the whole output, unless the command failed.</summary>
    public CommandResult EnsureFailure()
    {
        if (Succeeded)
        {
            Assert.Fail("Expected the command to fail, but it succeeded.\n" + Describe());
        }

        return this;
    }

    /// <summary>The command, where it ran, how long it took and its output: the message of every failed assertion.</summary>
    public string Describe()
        => "> " + CommandLine + "\n  (in " + WorkingDirectory + ", exit code " + ExitCode + ", " + Elapsed.TotalSeconds.ToString("0.0") + " s)\n" + Output;
}
