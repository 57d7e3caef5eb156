namespace StatusGen.Primitives;

/// <summary>The five status groups; values are the first digit of the code, as in the generated enum.</summary>
internal enum StatusGroupKind
{
    Informational = 1,
    Success = 2,
    Redirection = 3,
    ClientError = 4,
    ServerError = 5,
}
