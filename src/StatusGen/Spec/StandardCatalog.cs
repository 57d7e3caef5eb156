using System;
using System.IO;
using System.Text;
using System.Threading;

namespace StatusGen.Spec;

/// <summary>
/// The standard catalog (spec/status-codes.yaml), embedded in the generator assembly. It is parsed once per
/// process: it cannot change while the generator is loaded.
/// </summary>
internal static class StandardCatalog
{
    /// <summary>The path diagnostics would name, should the embedded catalog ever be wrong (tests make sure it is not).</summary>
    public const string Path = "StatusGen/status-codes.yaml";

    private const string ResourceName = "StatusGen.status-codes.yaml";

    private static readonly Lazy<SpecDocument> Parsed = new(
        () => SpecParser.Parse(Path, ReadText(), CancellationToken.None),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static SpecDocument Document => Parsed.Value;

    public static string ReadText()
    {
        using var stream = typeof(StandardCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The standard catalog resource '" + ResourceName + "' is missing from the StatusGen assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
