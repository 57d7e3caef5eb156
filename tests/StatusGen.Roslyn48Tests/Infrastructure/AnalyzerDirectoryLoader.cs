using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace StatusGen.Roslyn48Tests.Infrastructure;

/// <summary>
/// Loads an analyzer folder the way the .NET compiler host does: into a load context of its own, where the folder's
/// own DLLs (StatusGen.dll and its bundled YamlDotNet.dll) come from the folder and everything else, Roslyn above
/// all, from the host. So the generator binds to this process's Roslyn 4.8, as it would to an old compiler's.
/// </summary>
internal sealed class AnalyzerDirectoryLoader : IAnalyzerAssemblyLoader
{
    private readonly DirectoryLoadContext _context;

    public AnalyzerDirectoryLoader(string directory) => _context = new DirectoryLoadContext(directory);

    public AssemblyLoadContext Context => _context;

    public void AddDependencyLocation(string fullPath)
    {
        // Dependencies are found beside the analyzer (DirectoryLoadContext.Load): nothing to record.
    }

    public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);

    private sealed class DirectoryLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public DirectoryLoadContext(string directory)
            : base("analyzers:" + directory, isCollectible: false)
            => _directory = directory;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The host's compiler and framework win, as in the compiler (a folder never ships its own Roslyn).
            if (assemblyName.Name is null || assemblyName.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                return null;
            }

            var path = Path.Combine(_directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
