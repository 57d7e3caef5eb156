using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace StatusGen.Spec.Tests;

/// <summary>One row of shared/reference/iana-status-codes.tsv (only the columns the tests use).</summary>
internal sealed record IanaReferenceRow(int Code, string Name, string RegistryStatus);

/// <summary>
/// The optional shared IANA table, a second, independently gathered copy of the registry. It sits outside the
/// repository (CI has it, a bare clone does not), so it is only ever a cross-check.
/// </summary>
internal static class IanaReferenceFile
{
    /// <summary>The rows of the table, or null when the file is not there.</summary>
    public static IReadOnlyList<IanaReferenceRow>? TryLoad()
    {
        var path = RepoLayout.IanaReferencePath;
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToList();
        var header = lines[0].Split('\t');
        int Column(string name) =>
            Array.IndexOf(header, name) is var index and >= 0
                ? index
                : throw new InvalidDataException($"'{path}' has no '{name}' column.");

        var code = Column("code");
        var name = Column("name");
        var status = Column("registry_status");
        return lines
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new IanaReferenceRow(
                int.Parse(cells[code], NumberStyles.None, CultureInfo.InvariantCulture),
                cells[name],
                cells[status]))
            .ToList();
    }
}
