using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace StatusGen.Benchmarks.RealCode;

/// <summary>
/// What the real-code run needs of a <c>.csproj</c> it did not write: its C# files, the project references, the SDK
/// (for the implicit usings), the usual properties (also from <c>Directory.Build.props</c> above it) and the package
/// references it cannot resolve. Read as XML, without MSBuild: the run must not restore or build foreign code.
/// </summary>
internal sealed class SourceProject
{
    private static readonly string[] BaseUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly string[] HostingUsings =
    {
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    private static readonly string[] WebUsings =
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
    };

    private SourceProject(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory = System.IO.Path.GetDirectoryName(Path)!;
        Name = System.IO.Path.GetFileNameWithoutExtension(Path);
    }

    public string Path { get; }

    public string Directory { get; }

    public string Name { get; }

    public string Sdk { get; private set; } = string.Empty;

    public bool IsExecutable { get; private set; }

    public bool ImplicitUsings { get; private set; }

    public bool Nullable { get; private set; }

    public bool AllowUnsafe { get; private set; }

    public string? LangVersion { get; private set; }

    public string RootNamespace { get; private set; } = string.Empty;

    public ImmutableArray<string> ProjectReferences { get; private set; } = ImmutableArray<string>.Empty;

    public ImmutableArray<string> PackageReferences { get; private set; } = ImmutableArray<string>.Empty;

    public ImmutableArray<string> SourceFiles { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>The <c>global using</c> file the SDK would generate (GlobalUsings.g.cs), or null.</summary>
    public string? GlobalUsings { get; private set; }

    /// <summary>Every project under <paramref name="root"/> (bin/obj skipped), in an order where references come first.</summary>
    public static ImmutableArray<SourceProject> FindAll(string root)
    {
        var paths = EnumerateFiles(root, "*.csproj").OrderBy(path => path, StringComparer.Ordinal).ToList();
        var projectDirectories = paths.Select(path => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!).ToHashSet(StringComparer.Ordinal);
        var projects = paths.Select(path => Read(path, root, projectDirectories)).ToDictionary(project => project.Path, StringComparer.Ordinal);

        var ordered = new List<SourceProject>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Visit(SourceProject project)
        {
            if (!visited.Add(project.Path))
            {
                return;
            }

            foreach (var reference in project.ProjectReferences)
            {
                if (projects.TryGetValue(reference, out var referenced))
                {
                    Visit(referenced);
                }
            }

            ordered.Add(project);
        }

        foreach (var project in projects.Values.OrderBy(project => project.Path, StringComparer.Ordinal))
        {
            Visit(project);
        }

        return ordered.ToImmutableArray();
    }

    private static SourceProject Read(string path, string root, HashSet<string> projectDirectories)
    {
        var project = new SourceProject(path);
        var document = XDocument.Load(project.Path);
        project.Sdk = (string?)document.Root?.Attribute("Sdk") ?? string.Empty;

        // Directory.Build.props files from the root down to the project, then the project: later values win, as in MSBuild.
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var props in BuildPropsAbove(project.Directory, root))
        {
            ReadProperties(XDocument.Load(props), properties);
        }

        ReadProperties(document, properties);
        string? Property(string name) => properties.TryGetValue(name, out var value) ? value.Trim() : null;

        var isWeb = project.Sdk.Contains("Web", StringComparison.OrdinalIgnoreCase);
        var isWorker = project.Sdk.Contains("Worker", StringComparison.OrdinalIgnoreCase);
        project.IsExecutable = isWeb || isWorker || string.Equals(Property("OutputType"), "Exe", StringComparison.OrdinalIgnoreCase)
                               || string.Equals(Property("OutputType"), "WinExe", StringComparison.OrdinalIgnoreCase);
        project.ImplicitUsings = Property("ImplicitUsings") is "enable" or "true";
        project.Nullable = Property("Nullable") is "enable" or "annotations" or "warnings";
        project.AllowUnsafe = Property("AllowUnsafeBlocks") is "true";
        project.LangVersion = Property("LangVersion");
        project.RootNamespace = Property("RootNamespace") ?? Property("AssemblyName") ?? project.Name;

        var items = document.Descendants().Where(element => element.Parent?.Name.LocalName == "ItemGroup").ToList();
        project.ProjectReferences = items
            .Where(element => element.Name.LocalName == "ProjectReference" && element.Attribute("Include") is not null)
            .Select(element => System.IO.Path.GetFullPath(System.IO.Path.Combine(project.Directory, ((string)element.Attribute("Include")!).Replace('\\', '/'))))
            .ToImmutableArray();
        project.PackageReferences = items
            .Where(element => element.Name.LocalName == "PackageReference" && element.Attribute("Include") is not null)
            .Select(element => (string)element.Attribute("Include")!)
            .ToImmutableArray();

        var usings = new List<string>();
        if (project.ImplicitUsings)
        {
            usings.AddRange(BaseUsings.Select(name => "global using global::" + name + ";"));
            if (isWeb || isWorker)
            {
                usings.AddRange(HostingUsings.Select(name => "global using global::" + name + ";"));
            }

            if (isWeb)
            {
                usings.AddRange(WebUsings.Select(name => "global using global::" + name + ";"));
            }
        }

        foreach (var element in items.Where(element => element.Name.LocalName == "Using" && element.Attribute("Include") is not null))
        {
            var name = (string)element.Attribute("Include")!;
            usings.Add((string?)element.Attribute("Alias") is { } alias
                ? "global using " + alias + " = global::" + name + ";"
                : (string?)element.Attribute("Static") == "true" ? "global using static global::" + name + ";" : "global using global::" + name + ";");
        }

        project.GlobalUsings = usings.Count == 0 ? null : string.Join("\n", usings.Distinct(StringComparer.Ordinal)) + "\n";

        // The SDK's default Compile glob: every .cs file below the project, except bin/obj and nested projects' folders.
        project.SourceFiles = EnumerateFiles(project.Directory, "*.cs")
            .Where(file => !IsInNestedProject(file, project.Directory, projectDirectories))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToImmutableArray();
        return project;
    }

    private static void ReadProperties(XDocument document, Dictionary<string, string> properties)
    {
        foreach (var element in document.Descendants().Where(element => element.Parent?.Name.LocalName == "PropertyGroup" && !element.HasElements))
        {
            properties[element.Name.LocalName] = element.Value;
        }
    }

    private static List<string> BuildPropsAbove(string directory, string root)
    {
        var found = new List<string>();
        var fullRoot = System.IO.Path.GetFullPath(root).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var props = System.IO.Path.Combine(current.FullName, "Directory.Build.props");
            if (File.Exists(props))
            {
                found.Add(props);
            }

            if (string.Equals(current.FullName.TrimEnd(System.IO.Path.DirectorySeparatorChar), fullRoot, StringComparison.Ordinal))
            {
                break;
            }
        }

        found.Reverse();
        return found;
    }

    private static bool IsInNestedProject(string file, string projectDirectory, HashSet<string> projectDirectories)
    {
        for (var directory = System.IO.Path.GetDirectoryName(file); directory is not null && directory.Length > projectDirectory.Length; directory = System.IO.Path.GetDirectoryName(directory))
        {
            if (projectDirectories.Contains(directory))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> EnumerateFiles(string directory, string pattern)
    {
        var pending = new Stack<string>();
        pending.Push(System.IO.Path.GetFullPath(directory));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in System.IO.Directory.EnumerateFiles(current, pattern))
            {
                yield return file;
            }

            foreach (var child in System.IO.Directory.EnumerateDirectories(current))
            {
                var name = System.IO.Path.GetFileName(child);
                if (name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
