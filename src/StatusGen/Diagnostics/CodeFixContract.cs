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

    /// <summary>STG1002, "Switch does not handle every case".</summary>
    public const string SwitchMissesCasesId = "STG1002";

    /// <summary>
    /// Diagnostic property of STG1002: the names of the missing cases (<c>NotFound,Conflict</c>), in catalog order,
    /// separated by <see cref="CaseSeparator"/>. The fix finds the case types by name on the switch's governing type.
    /// </summary>
    public const string CasesProperty = "Cases";

    /// <summary>Separates the names in <see cref="CasesProperty"/>; a C# identifier never contains it.</summary>
    public const char CaseSeparator = ',';
}
