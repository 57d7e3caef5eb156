namespace StatusGen.Primitives;

/// <summary>Registration status in the IANA registry.</summary>
internal enum Registration
{
    Registered,
    Temporary,
    Deprecated,
    Obsoleted,
    Unused,
}
