using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Threading;

namespace StatusGen.PackageTests.Infrastructure;

/// <summary>
/// The package under test: src/StatusGen packed once per test run into a folder feed under a fresh temporary
/// folder. Every test of the run shares it; a pack that fails fails every test, with the pack's output.
/// </summary>
internal sealed class PackageFeed
{
    private static readonly Lazy<PackageFeed> Shared = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackageFeed(string root, string directory, string packagePath, string version, string sha512, TimeSpan packTime)
    {
        Root = root;
        Directory = directory;
        PackagePath = packagePath;
        Version = version;
        Sha512 = sha512;
        PackTime = packTime;
    }

    public static PackageFeed Instance => Shared.Value;

    /// <summary>The run's temporary folder: the feed, the pack's build output and the consumer workspaces.</summary>
    public string Root { get; }

    /// <summary>The folder feed holding only StatusGen.&lt;version&gt;.nupkg.</summary>
    public string Directory { get; }

    public string PackagePath { get; }

    public string Version { get; }

    /// <summary>Base64 SHA-512 of the .nupkg: NuGet writes the same into the restored package's .nupkg.sha512.</summary>
    public string Sha512 { get; }

    public TimeSpan PackTime { get; }

    private static PackageFeed Pack()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("statusgen-e2e-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);

        var feed = Path.Combine(root, "feed");
        var stopwatch = Stopwatch.StartNew();

        // Build output goes to the temporary folder (--artifacts-path), so packing never touches the working
        // tree's bin/obj, which a developer's build may be using at the same time.
        DotNetCli.Run(
            RepositoryInfo.Root,
            new[]
            {
                "pack", RepositoryInfo.GeneratorProject,
                "-c", "Release",
                "-o", feed,
                "--artifacts-path", Path.Combine(root, "artifacts"),
                "-p:ContinuousIntegrationBuild=true",
                "-nodeReuse:false",
                "--nologo",
            },
            timeout: TimeSpan.FromMinutes(10)).EnsureSuccess();

        // Only the .nupkg is needed from here on; what is left at exit is removed then (best effort).
        TryDelete(Path.Combine(root, "artifacts"));

        var version = RepositoryInfo.StatusGenVersion;
        var packages = System.IO.Directory.GetFiles(feed, "*.nupkg");
        var expected = Path.Combine(feed, "StatusGen." + version + ".nupkg");
        if (packages.Length != 1 || packages[0] != expected)
        {
            throw new InvalidOperationException("Expected exactly " + expected + " in the feed, found: " + string.Join(", ", packages));
        }

        using var stream = File.OpenRead(expected);
        var sha512 = Convert.ToBase64String(SHA512.HashData(stream));
        return new PackageFeed(root, feed, expected, version, sha512, stopwatch.Elapsed);
    }

    internal static void TryDelete(string directory)
    {
        if (Environment.GetEnvironmentVariable("STATUSGEN_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a process may still hold a file; the folder is under the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
