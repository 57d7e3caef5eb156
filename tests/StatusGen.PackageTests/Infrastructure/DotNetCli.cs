using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace StatusGen.PackageTests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, with a timeout, capturing its output.</summary>
internal static class DotNetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Variables the test host inherits from the <c>dotnet test</c> that started it. They point MSBuild at that run's
    /// SDK and settings; a user's shell does not have them, so the child must not either.
    /// </summary>
    private static readonly string[] InheritedPrefixes = { "MSBuild", "_MSBuild", "VSTEST_", "TESTINGPLATFORM_" };

    /// <summary>The machine-wide switch to keep MSBuild nodes from lingering; kept when the environment sets it.</summary>
    private const string NodeReuseSwitch = "MSBUILDDISABLENODEREUSE";

    private static string Executable
    {
        get
        {
            // Set by the dotnet CLI for the processes it starts: the same dotnet that runs these tests.
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }

    public static CommandResult Run(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.ToList())
        {
            if (InheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                && !name.Equals(NodeReuseSwitch, StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = "dotnet " + string.Join(" ", startInfo.ArgumentList.Select(Quote));
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        var outputClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => Append(e.Data, outputClosed);
        process.ErrorDataReceived += (_, e) => Append(e.Data, errorClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just now.
            }

            process.WaitForExit(TimeSpan.FromSeconds(30));
            lock (output)
            {
                return new CommandResult(commandLine, workingDirectory, -1, output + "\n[timed out after " + limit + "; process tree killed]", stopwatch.Elapsed);
            }
        }

        // The output ends when every process holding the pipes has closed them. A build server started by this
        // build (the compiler server, an MSBuild node) may keep them open for minutes, but it writes nothing more:
        // wait a little for the end of the output, not for the server.
        Task.WaitAll(new[] { outputClosed.Task, errorClosed.Task }, TimeSpan.FromSeconds(10));
        lock (output)
        {
            return new CommandResult(commandLine, workingDirectory, process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }

        void Append(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }

    private static string Quote(string argument)
        => argument.Length > 0 && argument.All(character => !char.IsWhiteSpace(character) && character != '"') ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
