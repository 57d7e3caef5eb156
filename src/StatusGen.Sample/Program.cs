using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StatusGen.Sample;

/// <summary>
/// Prints the generated catalog as a table: the standard codes plus this project's own 499 (status-codes.yaml).
/// </summary>
internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = Encoding.UTF8;

        var columns = new[] { "Code", "Group", "Title (en)", "Title (ko)", "Flags" };
        var rows = HttpStatus.All
            .Select(status => new[]
            {
                status.Code.ToString(CultureInfo.InvariantCulture),
                status.Group.ToString(),
                status.ReasonPhrase,
                status.GetTitle("ko"),
                FlagList(status),
            })
            .ToList();

        var widths = columns
            .Select((column, i) => Math.Max(DisplayWidth(column), rows.Max(row => DisplayWidth(row[i]))))
            .ToArray();

        Console.WriteLine(FormatRow(columns, widths));
        Console.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in rows)
        {
            Console.WriteLine(FormatRow(row, widths));
        }

        Console.WriteLine();
        Console.WriteLine($"{HttpStatus.All.Count} status codes; custom 499: {HttpStatus.ClientClosedRequest} ({HttpStatus.ClientClosedRequest.GetTitle("ko")})");
        return 0;
    }

    private static string FlagList(HttpStatus status)
    {
        var flags = new[]
        {
            (status.IsCacheableByDefault, "cacheable"),
            (!status.AllowsContent, "no-body"),
            (status.UsesLocation, "location"),
            (status.UsesRetryAfter, "retry-after"),
            (status.IsRetryable, "retryable"),
            (status.IsPermanentRedirect, "permanent"),
            (status.PreservesMethod, "preserves-method"),
            (status.IsUnused, "unused"),
            (status.IsClientAbort, "client-abort"),
        };
        return string.Join(", ", flags.Where(flag => flag.Item1).Select(flag => flag.Item2));
    }

    private static string FormatRow(string[] cells, int[] widths)
        => string.Join("  ", cells.Select((cell, i) => cell + new string(' ', widths[i] - DisplayWidth(cell)))).TrimEnd();

    /// <summary>Columns a terminal gives the text: Hangul and other wide characters take two.</summary>
    private static int DisplayWidth(string text)
        => text.Sum(character => character is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);
}
