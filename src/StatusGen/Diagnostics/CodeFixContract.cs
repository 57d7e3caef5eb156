namespace StatusGen.Diagnostics;

/// <summary>
/// What the analyzers hand their code fixes: the ids they fix and the diagnostic properties they read. The code fixes
/// live in their own assembly (StatusGen.CodeFixes, which needs Workspaces) and compile this file too, so both sides
/// share one definition without the code fixes referencing the generator.
/// </summary>
internal static class CodeFixContract
{
    /// <summary>STG1001, "Use the named status code".</summary>
    public const string UseNamedStatusCodeId = "STG1001";

    /// <summary>Diagnostic property: the constant's name (<c>NotFound</c>).</summary>
    public const string NameProperty = "Name";

    /// <summary>Diagnostic property: the namespace of the generated types, for the fix's <c>using</c>.</summary>
    public const string NamespaceProperty = "Namespace";
}
