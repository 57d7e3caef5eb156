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
    /// <summary>A diagnostic at <paramref name="span"/> of the additional (spec) file <paramref name="filePath"/>.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments)
        => Create(descriptor, LocationInfo.InAdditionalFile(filePath, span), arguments);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor, location, MessageText.Clean(arguments).ToEquatableArray());

    public static DiagnosticInfo WithoutLocation(DiagnosticDescriptor descriptor, params string[] arguments)
        => new(descriptor, null, MessageText.Clean(arguments).ToEquatableArray());

    /// <summary>The Roslyn diagnostic, located as <see cref="LocationInfo.ToLocation()"/> says: enough for spec files.</summary>
    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArguments());

    /// <summary>
    /// The Roslyn diagnostic for a reporting stage that has the compilation: a location in C# code is put inside its
    /// syntax tree (<see cref="LocationInfo.ToLocation(Compilation)"/>), so <c>#pragma</c> and <c>.editorconfig</c> apply.
    /// </summary>
    public Diagnostic ToDiagnostic(Compilation compilation)
        => Diagnostic.Create(Descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, MessageArguments());

    private object[] MessageArguments() => Arguments.Cast<object>().ToArray();
}
