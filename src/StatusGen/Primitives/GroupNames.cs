namespace StatusGen.Primitives;

/// <summary>
/// The spellings accepted for a status group: the enum name (<c>ClientError</c>), kebab case
/// (<c>client-error</c>) or the class (<c>4xx</c>), all case-insensitive.
/// </summary>
internal static class GroupNames
{
    public static bool TryParse(string text, out StatusGroupKind kind)
    {
        var normalized = text.Trim().Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant();
        switch (normalized)
        {
            case "informational" or "1xx":
                kind = StatusGroupKind.Informational;
                return true;
            case "success" or "2xx":
                kind = StatusGroupKind.Success;
                return true;
            case "redirection" or "3xx":
                kind = StatusGroupKind.Redirection;
                return true;
            case "clienterror" or "4xx":
                kind = StatusGroupKind.ClientError;
                return true;
            case "servererror" or "5xx":
                kind = StatusGroupKind.ServerError;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>"4xx": how a group is shown in docs and messages.</summary>
    public static string ClassText(StatusGroupKind kind) => ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + "xx";
}
