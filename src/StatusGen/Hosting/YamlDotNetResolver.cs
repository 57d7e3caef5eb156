using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace StatusGen.Hosting;

/// <summary>
/// Keeps the generator on its own copy of YamlDotNet when the compiler runs on .NET Framework (Visual Studio's
/// in-process compiler, csc.exe under MSBuild.exe).
/// </summary>
/// <remarks>
/// <para>
/// The problem (see microsoft/CsWin32 issue 221 for the same one with other libraries): a .NET Framework host loads
/// every analyzer into one AppDomain. When another analyzer ships a different YamlDotNet, whichever copy loads
/// first is the one the AppDomain knows, and StatusGen's request for its own version can end in a
/// <c>FileNotFoundException</c>/<c>FileLoadException</c> (CS8784/CS8785, nothing generated). The .NET (Core) hosts
/// (<c>dotnet build</c>, the compiler server, Roslyn's out-of-process service) do not have the problem: each
/// analyzer folder gets its own <c>AssemblyLoadContext</c>, which loads the YamlDotNet.dll beside StatusGen.dll.
/// </para>
/// <para>
/// The choice: an <see cref="AppDomain.AssemblyResolve"/> handler, registered from the generator's static
/// constructor and only on .NET Framework. It answers exactly one question — a request for the YamlDotNet that
/// StatusGen was compiled against (same name, version and public key token) — with that assembly if the AppDomain
/// already has it, else with the YamlDotNet.dll beside StatusGen.dll. Any other request, including other versions
/// of YamlDotNet that other analyzers ask for, gets <c>null</c>, so their own resolution is left alone. Resolve
/// handlers only run after normal binding failed, so the hook never replaces an assembly the host could load.
/// </para>
/// <para>
/// Rejected: merging YamlDotNet into StatusGen.dll and internalizing it (ILRepack): another build tool, a
/// rewritten third-party binary and stack traces that no longer say YamlDotNet; and binding redirects, which an
/// analyzer cannot set for the host. On .NET (Core) the handler is not registered: a resolve handler there could
/// load YamlDotNet into the default context, beside the copy in StatusGen's own context.
/// </para>
/// </remarks>
internal static class YamlDotNetResolver
{
    private const string YamlDotNetName = "YamlDotNet";

    private static int _registered;

    /// <summary>The YamlDotNet identity StatusGen.dll references (taken from its metadata, so it follows upgrades).</summary>
    internal static AssemblyName? ExpectedName { get; } = FindReference(typeof(YamlDotNetResolver).Assembly);

    /// <summary>Whether the host needs the handler: only .NET Framework shares one AppDomain among analyzers.</summary>
    internal static bool IsNeeded { get; } = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    /// <summary>Registers the handler once per AppDomain, where it is needed. Returns whether it is registered.</summary>
    internal static bool EnsureRegistered()
    {
        if (!IsNeeded)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
        }

        return true;
    }

    private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
    {
        try
        {
            return Resolve(args.Name, AppDomain.CurrentDomain.GetAssemblies(), GeneratorDirectory());
        }
#pragma warning disable CA1031 // A resolve handler must never throw into the host: "not mine" is the answer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// The answer to a resolve request for <paramref name="requestedName"/>: an already loaded assembly or the file in
    /// <paramref name="generatorDirectory"/> when the request is for StatusGen's own YamlDotNet; otherwise null.
    /// </summary>
    internal static Assembly? Resolve(string requestedName, Assembly[] loaded, string? generatorDirectory)
    {
        if (ExpectedName is not { } expected || !IsExpected(new AssemblyName(requestedName), expected))
        {
            return null;
        }

        foreach (var assembly in loaded)
        {
            if (IsExpected(assembly.GetName(), expected))
            {
                return assembly;
            }
        }

        return FindBesideGenerator(generatorDirectory, expected) is { } path ? Assembly.LoadFile(path) : null;
    }

    /// <summary>The path of YamlDotNet.dll in <paramref name="directory"/>, if that file is the expected assembly.</summary>
    internal static string? FindBesideGenerator(string? directory, AssemblyName expected)
    {
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        var path = Path.Combine(directory, YamlDotNetName + ".dll");
        try
        {
            return IsExpected(AssemblyName.GetAssemblyName(path), expected) ? path : null;
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException or ArgumentException)
        {
            // FileNotFoundException and FileLoadException are IOExceptions: no usable file there.
            return null;
        }
    }

    /// <summary>Same simple name, version and public key token (culture is neutral for both).</summary>
    internal static bool IsExpected(AssemblyName candidate, AssemblyName expected)
        => string.Equals(candidate.Name, expected.Name, StringComparison.OrdinalIgnoreCase)
           && candidate.Version == expected.Version
           && TokenEquals(candidate.GetPublicKeyToken(), expected.GetPublicKeyToken());

    private static bool TokenEquals(byte[]? left, byte[]? right)
    {
        left ??= Array.Empty<byte>();
        right ??= Array.Empty<byte>();
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }

    private static AssemblyName? FindReference(Assembly assembly)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (string.Equals(reference.Name, YamlDotNetName, StringComparison.OrdinalIgnoreCase))
            {
                return reference;
            }
        }

        return null;
    }

    private static string? GeneratorDirectory()
    {
        // Empty when the assembly was loaded from bytes; then there is no folder to look in.
        var location = typeof(YamlDotNetResolver).Assembly.Location;
        return string.IsNullOrEmpty(location) ? null : Path.GetDirectoryName(location);
    }
}
