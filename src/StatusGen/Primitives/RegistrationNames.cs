namespace StatusGen.Primitives;

/// <summary>The values of <c>registration:</c>, as the IANA registry words them.</summary>
internal static class RegistrationNames
{
    /// <summary>The values, as a diagnostic lists them.</summary>
    public const string AllowedValues = "registered, temporary, deprecated, obsoleted, unused";

    public static bool TryParse(string text, out Registration registration)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "registered":
                registration = Registration.Registered;
                return true;
            case "temporary":
                registration = Registration.Temporary;
                return true;
            case "deprecated":
                registration = Registration.Deprecated;
                return true;
            case "obsoleted":
                registration = Registration.Obsoleted;
                return true;
            case "unused":
                registration = Registration.Unused;
                return true;
            default:
                registration = default;
                return false;
        }
    }
}
