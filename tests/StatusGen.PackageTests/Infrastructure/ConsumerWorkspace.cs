using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace StatusGen.PackageTests.Infrastructure;

/// <summary>
/// A temporary folder where a test writes consumer projects and builds them with the dotnet CLI against the
/// freshly packed package, as a user would. It has its own nuget.config (only the test feed and nuget.org, with
/// StatusGen mapped to the test feed alone) and its own global packages folder, so a package with the same version
/// packed earlier, or one on nuget.org, can never be used instead.
/// Set STATUSGEN_E2E_KEEP=1 to keep the folders for inspection.
/// </summary>
internal sealed class ConsumerWorkspace : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ITestOutputHelper _log;

    private ConsumerWorkspace(PackageFeed feed, string directory, ITestOutputHelper log)
    {
        Feed = feed;
        Directory = directory;
        _log = log;
        PackagesFolder = Path.Combine(directory, ".packages");
    }

    public PackageFeed Feed { get; }

    public string Directory { get; }

    /// <summary>This workspace's own NuGet global packages folder.</summary>
    public string PackagesFolder { get; }

    /// <summary>The StatusGen version to reference: the packed one.</summary>
    public string Version => Feed.Version;

    /// <summary>The reference <c>dotnet add package StatusGen</c> writes for a development dependency.</summary>
    public string PackageReference =>
        "<PackageReference Include=\"StatusGen\" Version=\"" + Version + "\">\n" +
        "      <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>\n" +
        "      <PrivateAssets>all</PrivateAssets>\n" +
        "    </PackageReference>";

    public static ConsumerWorkspace Create(string name, ITestOutputHelper log)
    {
        var feed = PackageFeed.Instance;
        var directory = Path.Combine(feed.Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var workspace = new ConsumerWorkspace(feed, directory, log);
        workspace.WriteNuGetConfig();

        // Stop MSBuild's upward search for Directory.Build.* / Directory.Packages.props here, so nothing that
        // happens to sit in a parent of the temporary folder changes the consumer builds.
        workspace.WriteFile("Directory.Build.props", "<Project />\n");
        workspace.WriteFile("Directory.Build.targets", "<Project />\n");
        workspace.WriteFile("Directory.Packages.props", "<Project />\n");
        return workspace;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a file as UTF-8 without BOM and with LF line endings.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n"), Utf8NoBom);
        return path;
    }

    public string ReadFile(string relativePath) => File.ReadAllText(PathOf(relativePath), Encoding.UTF8);

    /// <summary>Runs <c>dotnet</c> in the workspace (or a folder of it), logging the command and its output.</summary>
    public CommandResult DotNet(string workingFolder, params string[] arguments)
        => DotNetWithEnvironment(workingFolder, new Dictionary<string, string?>(), arguments);

    public CommandResult DotNetWithEnvironment(string workingFolder, IDictionary<string, string?> environment, params string[] arguments)
    {
        var variables = new Dictionary<string, string?>(environment)
        {
            // Wins over nuget.config and over a NUGET_PACKAGES the test run itself may have.
            ["NUGET_PACKAGES"] = PackagesFolder,
        };
        var result = DotNetCli.Run(PathOf(workingFolder), arguments, variables);
        _log.WriteLine(result.Describe());
        return result;
    }

    /// <summary><c>dotnet build</c> quietly (errors and warnings only), the way a user runs it.</summary>
    public CommandResult Build(string workingFolder, params string[] extraArguments)
        => DotNet(workingFolder, new[] { "build", "--nologo", "-v", "q", "-nodeReuse:false" }.Concat(extraArguments).ToArray());

    /// <summary><c>dotnet run</c> of an already built project; the output is the program's alone.</summary>
    public CommandResult Run(string workingFolder, IDictionary<string, string?>? environment = null)
        => DotNetWithEnvironment(workingFolder, environment ?? new Dictionary<string, string?>(), "run", "--no-build");

    /// <summary>
    /// The package restored into this workspace is byte for byte the one packed for this run (NuGet records the
    /// SHA-512 of the .nupkg it extracted).
    /// </summary>
    public void AssertRestoredFreshPackage()
    {
        var id = "statusgen";
        var marker = Path.Combine(PackagesFolder, id, Version.ToLowerInvariant(), id + "." + Version.ToLowerInvariant() + ".nupkg.sha512");
        Assert.True(File.Exists(marker), "StatusGen " + Version + " was not restored into the workspace's packages folder (" + marker + ").");
        Assert.Equal(Feed.Sha512, File.ReadAllText(marker).Trim());
    }

    /// <summary>Lines of a program's output, without the trailing empty line.</summary>
    public static string[] Lines(CommandResult result)
        => result.Output.Replace("\r", string.Empty).TrimEnd('\n').Split('\n');

    public void Dispose() => PackageFeed.TryDelete(Directory);

    private void WriteNuGetConfig()
        => WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="statusgen-test-feed" value="{Feed.Directory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="statusgen-test-feed">
                  <package pattern="StatusGen" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """ + "\n");
}
