using System.Linq;
using Microsoft.CodeAnalysis;
using StatusGen.Primitives;

namespace StatusGen.Diagnostics;

/// <summary>
/// A diagnostic as a value: descriptor, location and message arguments, all comparable by value. Arguments are
/// cleaned (<see cref="MessageText"/>): they often quote the spec file, which is untrusted text.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments)
        => new(descriptor, new LocationInfo(filePath, span), MessageText.Clean(arguments).ToEquatableArray());

    public static DiagnosticInfo WithoutLocation(DiagnosticDescriptor descriptor, params string[] arguments)
        => new(descriptor, null, MessageText.Clean(arguments).ToEquatableArray());

    public Diagnostic ToDiagnostic() => ToDiagnostic(null);

    /// <summary>The diagnostic; a location in a C# file is rebuilt on <paramref name="compilation"/>'s tree of that file.</summary>
    public Diagnostic ToDiagnostic(Compilation? compilation)
        => Diagnostic.Create(Descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());
}
