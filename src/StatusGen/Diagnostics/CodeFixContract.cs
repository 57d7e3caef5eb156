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
    /// Diagnostic property of STG1002: the missing cases in catalog order, each written as the switch's file names it
    /// at the switch (<c>GetOrderResult.Conflict</c>, <c>Result.Conflict</c> under <c>using Result = ...;</c>,
    /// <c>StatusResult&lt;Order&gt;.Gone</c>), separated by <see cref="CaseSeparator"/>. The analyzer decides the names
    /// because it sees the generated cases; a fix's document may not (not every host runs the generator there).
    /// </summary>
    public const string CasesProperty = "Cases";

    /// <summary>Separates the names in <see cref="CasesProperty"/>; no C# type name contains it.</summary>
    public const char CaseSeparator = '|';

    /// <summary>Diagnostic property of STG1002: <c>System.NotImplementedException</c> as the file names it at the switch.</summary>
    public const string ExceptionProperty = "Exception";
}
