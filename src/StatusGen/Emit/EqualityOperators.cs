using StatusGen.Emit.Docs;

namespace StatusGen.Emit;

/// <summary>
/// The <c>==</c> and <c>!=</c> of a generated class with value equality (<c>StatusResult&lt;T&gt;</c>,
/// <c>StatusProblem</c>): null equals only null, otherwise <c>left.Equals(right)</c>.
/// </summary>
internal static class EqualityOperators
{
    /// <param name="writer">Where to write, inside the class.</param>
    /// <param name="docs">The doc writer.</param>
    /// <param name="type">The class, as C# names it.</param>
    /// <param name="equal">The summary of <c>==</c>.</param>
    /// <param name="differ">The summary of <c>!=</c>.</param>
    /// <param name="left">The docs of both operators' left operand.</param>
    /// <param name="right">The docs of both operators' right operand.</param>
    public static void Write(SourceWriter writer, DocComments docs, string type, DocText equal, DocText differ, DocText left, DocText right)
    {
        foreach (var (summary, code) in new[]
        {
            (equal, "public static bool operator ==(" + type + "? left, " + type + "? right) => left is null ? right is null : left.Equals(right);"),
            (differ, "public static bool operator !=(" + type + "? left, " + type + "? right) => !(left == right);"),
        })
        {
            writer.Line();
            docs.WriteFixed(writer, summary);
            docs.WriteParam(writer, "left", left);
            docs.WriteParam(writer, "right", right);
            writer.Line(code);
        }
    }
}
