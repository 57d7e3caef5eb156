using Microsoft.CodeAnalysis.Text;

namespace StatusGen.Spec;

/// <summary>
/// What the pipeline keeps of one spec file the compiler read: plain strings, so no <see cref="SourceText"/> (and
/// with it no compilation) stays alive in the cache.
/// </summary>
/// <param name="Path">The file's path as the compiler gives it.</param>
/// <param name="Content">The text; null when the file could not be read or is longer than <see cref="SpecLimits.MaxFileLength"/>.</param>
/// <param name="Length">The text's length in characters; -1 when the file could not be read.</param>
/// <param name="EncodingName">
/// The <see cref="System.Text.Encoding.WebName"/> the compiler decoded the file with, or null when it does not say.
/// The compiler decodes strictly as UTF-8 first and, when that fails, falls back to the system's ANSI code page
/// (windows-1252 and the like on Windows) or to lenient UTF-8 (on Linux and macOS), without reporting anything: the
/// encoding is the only sign a spec file was not UTF-8 (see <see cref="SpecParser"/>).
/// </param>
internal sealed record SpecFileText(string Path, string? Content, int Length, string? EncodingName)
{
    public static SpecFileText From(string path, SourceText? text)
    {
        if (text is null)
        {
            return new SpecFileText(path, null, -1, null);
        }

        // A file past the limit is reported from its length alone: copying megabytes out of the compiler's buffer on
        // every keystroke would be the very cost the limit is there to prevent.
        var content = text.Length > SpecLimits.MaxFileLength ? null : text.ToString();
        return new SpecFileText(path, content, text.Length, text.Encoding?.WebName);
    }
}
