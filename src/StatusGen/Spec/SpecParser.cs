using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System;
using StatusGen.Diagnostics;
using StatusGen.Primitives;

namespace StatusGen.Spec;

/// <summary>
/// Turns the text of one spec file into a <see cref="SpecDocument"/>: structure and types only. Whether codes,
/// names and flags make sense together is decided later, by <see cref="CatalogBuilder"/>, once every file is read.
/// </summary>
internal static class SpecParser
{
    /// <summary>What reads the YAML tree of a file: <see cref="YamlTreeReader.Read"/>, or a test's stand-in.</summary>
    internal delegate YamlTreeNode? TreeReader(string path, string text, DiagnosticList diagnostics, CancellationToken cancellationToken);

    private static readonly TreeReader DefaultTreeReader = YamlTreeReader.Read;

    /// <summary>Reads a spec file as the pipeline hands it over: possibly unreadable, too long or not UTF-8.</summary>
    public static SpecDocument Parse(SpecFileText file, CancellationToken cancellationToken)
    {
        if (file.Length > SpecLimits.MaxFileLength)
        {
            var reader = new YamlValueReader(file.Path);
            reader.Report(DiagnosticDescriptors.FileTooLarge, SourceSpan.Empty, SpecLimits.Text(file.Length), SpecLimits.Text(SpecLimits.MaxFileLength));
            return new DocumentBuilder(file.Path).Build(reader.Diagnostics);
        }

        if (file.Content is null)
        {
            var reader = new YamlValueReader(file.Path);
            reader.Report(DiagnosticDescriptors.FileUnreadable, SourceSpan.Empty);
            return new DocumentBuilder(file.Path).Build(reader.Diagnostics);
        }

        return Parse(file.Path, file.Content, file.EncodingName, cancellationToken);
    }

    public static SpecDocument Parse(string path, string text, CancellationToken cancellationToken)
        => Parse(path, text, encodingName: null, cancellationToken);

    /// <param name="path">The file's path.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="encodingName">The encoding the compiler decoded the file with (its web name), when known.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static SpecDocument Parse(string path, string text, string? encodingName, CancellationToken cancellationToken)
        => Parse(path, text, encodingName, DefaultTreeReader, cancellationToken);

    /// <summary>
    /// Test seam: as <see cref="Parse(string, string, string?, CancellationToken)"/>, with <paramref name="readTree"/> in
    /// place of <see cref="YamlTreeReader.Read"/>, so a test can throw from inside reading, as a bug would, and check that
    /// it is reported as an internal failure (STG0025) on the file. The generator never passes anything else.
    /// </summary>
    internal static SpecDocument Parse(string path, string text, string? encodingName, TreeReader readTree, CancellationToken cancellationToken)
    {
        var reader = new YamlValueReader(path);
        var builder = new DocumentBuilder(path);

        if (text.Length > SpecLimits.MaxFileLength)
        {
            reader.Report(DiagnosticDescriptors.FileTooLarge, SourceSpan.Empty, SpecLimits.Text(text.Length), SpecLimits.Text(SpecLimits.MaxFileLength));
            return builder.Build(reader.Diagnostics);
        }

        if (!ReportForeignEncoding(text, encodingName, reader))
        {
            ReportReplacementCharacter(text, reader);
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            // YamlDotNet takes a NUL for the end of the input: what follows would be dropped without a word.
            reader.Report(DiagnosticDescriptors.NulCharacter, TextPosition.Span(text, nul, 1));
            return builder.Build(reader.Diagnostics);
        }

        try
        {
            var root = readTree(path, text, reader.Diagnostics, cancellationToken);
            if (root is null || root is YamlTreeScalar { IsNull: true })
            {
                // An empty file adds nothing; it is not an error to have one.
                return builder.Build(reader.Diagnostics);
            }

            if (root is YamlTreeMapping mapping)
            {
                ReadDocument(mapping, reader, builder, cancellationToken);
            }
            else
            {
                reader.Report(DiagnosticDescriptors.DocumentNotMapping, root.Span);
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A bug here must not become a compiler crash (CS8785, nothing generated): it is reported on the file as
            // StatusGen's own failure (not as a problem of the file), the file is dropped, and the rest of the catalog
            // still generates. The fuzz tests make sure this never runs.
            reader.Report(
                DiagnosticDescriptors.InternalError,
                SourceSpan.Empty,
                exception.GetType().FullName ?? exception.GetType().Name,
                exception.Message);
            return new DocumentBuilder(path).Build(reader.Diagnostics);
        }

        return builder.Build(reader.Diagnostics);
    }

    private static void ReadDocument(YamlTreeMapping mapping, YamlValueReader reader, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        var sawVersion = false;
        foreach (var entry in reader.ReadMapping(mapping, SpecKeywords.TopLevelKeys))
        {
            switch (entry.Key)
            {
                case SpecKeywords.Version:
                    sawVersion = true;
                    ReadVersion(entry, reader);
                    break;
                case SpecKeywords.Extends:
                    builder.Extends = ReadExtends(entry, reader);
                    break;
                case SpecKeywords.Groups:
                    ReadGroups(entry.Value, reader, builder);
                    break;
                case SpecKeywords.Flags:
                    ReadFlags(entry.Value, reader, builder);
                    break;
                case SpecKeywords.Codes:
                    ReadCodes(entry.Value, reader, builder, cancellationToken);
                    break;
            }
        }

        if (!sawVersion)
        {
            reader.Report(DiagnosticDescriptors.MissingVersion, mapping.Span with { Length = 0, EndLine = mapping.Span.StartLine, EndColumn = mapping.Span.StartColumn });
        }
    }

    private static void ReadVersion(MappingEntry entry, YamlValueReader reader)
    {
        if (entry.Value is YamlTreeScalar scalar && scalar.IsPlain && scalar.Value == "1")
        {
            return;
        }

        if (entry.Value is YamlTreeScalar { IsNull: false } text)
        {
            reader.Report(DiagnosticDescriptors.UnsupportedVersion, entry.Value.Span, text.Value);
        }
        else
        {
            // A list, a mapping or nothing at all: not a version number of any kind.
            reader.Report(DiagnosticDescriptors.IntegerExpected, entry.Value.Span, SpecKeywords.Version);
        }
    }

    private static Located<string>? ReadExtends(MappingEntry entry, YamlValueReader reader)
    {
        if (reader.ReadText(entry.Value, SpecKeywords.Extends) is not { } value)
        {
            return null;
        }

        if (value.Value is SpecKeywords.ExtendsStandard or SpecKeywords.ExtendsNone)
        {
            return value;
        }

        reader.Report(DiagnosticDescriptors.ValueNotAllowed, value.Span, SpecKeywords.Extends, value.Value, SpecKeywords.ExtendsStandard + ", " + SpecKeywords.ExtendsNone);
        return null;
    }

    private static void ReadGroups(YamlTreeNode node, YamlValueReader reader, DocumentBuilder builder)
    {
        if (reader.ExpectMapping(node, SpecKeywords.Groups) is not { } mapping)
        {
            return;
        }

        foreach (var entry in reader.ReadMapping(mapping, allowedKeys: null))
        {
            if (!GroupNames.TryParse(entry.Key, out var kind))
            {
                reader.Report(DiagnosticDescriptors.InvalidGroup, entry.KeyNode.Span, entry.Key);
                continue;
            }

            if (reader.ExpectMapping(entry.Value, "groups." + entry.Key) is not { } groupMapping)
            {
                continue;
            }

            var title = EquatableArray<LocatedText>.Empty;
            var description = EquatableArray<LocatedText>.Empty;
            foreach (var field in reader.ReadMapping(groupMapping, SpecKeywords.GroupKeys))
            {
                if (field.Key == SpecKeywords.Title)
                {
                    title = reader.ReadLanguageMap(field.Value, SpecKeywords.Title);
                }
                else
                {
                    description = reader.ReadLanguageMap(field.Value, SpecKeywords.Description);
                }
            }

            builder.Groups.Add(new GroupSpec(new Located<string>(entry.Key, entry.KeyNode.Span), kind, title, description));
        }
    }

    private static void ReadFlags(YamlTreeNode node, YamlValueReader reader, DocumentBuilder builder)
    {
        if (reader.ExpectMapping(node, SpecKeywords.Flags) is not { } mapping)
        {
            return;
        }

        foreach (var entry in reader.ReadMapping(mapping, allowedKeys: null))
        {
            if (!FlagRules.IsValidFlagName(entry.Key))
            {
                reader.Report(DiagnosticDescriptors.InvalidFlagName, entry.KeyNode.Span, entry.Key, SpecLimits.Text(FlagRules.MaxNameLength));
                continue;
            }

            if (entry.Value is YamlTreeScalar { IsNull: true })
            {
                // `my-flag:` with nothing after it declares the flag without texts.
                builder.Flags.Add(new FlagSpec(new Located<string>(entry.Key, entry.KeyNode.Span), null, default, default, null));
                continue;
            }

            if (reader.ExpectMapping(entry.Value, "flags." + entry.Key) is not { } flagMapping)
            {
                continue;
            }

            Located<string>? property = null;
            string? source = null;
            var title = EquatableArray<LocatedText>.Empty;
            var description = EquatableArray<LocatedText>.Empty;
            foreach (var field in reader.ReadMapping(flagMapping, SpecKeywords.FlagKeys))
            {
                switch (field.Key)
                {
                    case SpecKeywords.Title:
                        title = reader.ReadLanguageMap(field.Value, SpecKeywords.Title);
                        break;
                    case SpecKeywords.Description:
                        description = reader.ReadLanguageMap(field.Value, SpecKeywords.Description);
                        break;
                    case SpecKeywords.Source:
                        source = reader.ReadText(field.Value, SpecKeywords.Source)?.Value;
                        break;
                    case SpecKeywords.Property:
                        property = reader.ReadText(field.Value, SpecKeywords.Property);
                        break;
                }
            }

            builder.Flags.Add(new FlagSpec(new Located<string>(entry.Key, entry.KeyNode.Span), property, title, description, source));
        }
    }

    private static void ReadCodes(YamlTreeNode node, YamlValueReader reader, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        if (reader.ExpectSequence(node, SpecKeywords.Codes) is not { } sequence)
        {
            return;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = sequence.Items[i];
            if (i == SpecLimits.MaxCodesPerFile)
            {
                reader.Report(DiagnosticDescriptors.TooManyEntries, item.Span, SpecKeywords.Codes, SpecLimits.Text(SpecLimits.MaxCodesPerFile));
                break;
            }

            if (item is not YamlTreeMapping entryMapping)
            {
                reader.Report(DiagnosticDescriptors.CodeEntryNotMapping, item.Span);
            }
            else
            {
                builder.Codes.Add(ReadCode(entryMapping, reader));
            }
        }
    }

    private static CodeSpec ReadCode(YamlTreeMapping mapping, YamlValueReader reader)
    {
        Located<int>? code = null;
        Located<string>? name = null;
        Located<string>? group = null;
        Located<Registration>? registration = null;
        var title = EquatableArray<LocatedText>.Empty;
        var description = EquatableArray<LocatedText>.Empty;
        ReferenceSpec? reference = null;
        var flags = EquatableArray<Located<string>>.Empty;
        var removeFlags = EquatableArray<Located<string>>.Empty;
        var aliases = EquatableArray<AliasSpec>.Empty;
        var hasTitleError = false;

        foreach (var entry in reader.ReadMapping(mapping, SpecKeywords.CodeKeys))
        {
            switch (entry.Key)
            {
                case SpecKeywords.Code:
                    code = reader.ReadInteger(entry.Value, SpecKeywords.Code);
                    break;
                case SpecKeywords.Name:
                    name = reader.ReadText(entry.Value, SpecKeywords.Name);
                    break;
                case SpecKeywords.Group:
                    group = reader.ReadText(entry.Value, SpecKeywords.Group);
                    break;
                case SpecKeywords.Registration:
                    registration = ReadRegistration(entry.Value, reader);
                    break;
                case SpecKeywords.Title:
                    var reported = reader.Diagnostics.Count;
                    title = reader.ReadLanguageMap(entry.Value, SpecKeywords.Title);
                    hasTitleError = reader.Diagnostics.Count != reported;
                    break;
                case SpecKeywords.Description:
                    description = reader.ReadLanguageMap(entry.Value, SpecKeywords.Description);
                    break;
                case SpecKeywords.Reference:
                    reference = ReadReference(entry.Value, reader);
                    break;
                case SpecKeywords.Flags:
                    flags = reader.ReadTextList(entry.Value, SpecKeywords.Flags);
                    break;
                case SpecKeywords.RemoveFlags:
                    removeFlags = reader.ReadTextList(entry.Value, SpecKeywords.RemoveFlags);
                    break;
                case SpecKeywords.Aliases:
                    aliases = ReadAliases(entry.Value, reader);
                    break;
            }
        }

        var entrySpan = mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Span : mapping.Span;
        if (code is null)
        {
            // Without a code the entry cannot be placed; a wrong code was already reported where it stands.
            if (!HasKey(mapping, SpecKeywords.Code))
            {
                reader.Report(DiagnosticDescriptors.MissingCode, entrySpan);
            }
        }
        else if (code.Value is < 100 or > 599)
        {
            reader.Report(DiagnosticDescriptors.CodeOutOfRange, code.Span, code.Value.ToString(CultureInfo.InvariantCulture));
            code = null;
        }

        return new CodeSpec(code?.Span ?? entrySpan, code, name, group, registration, title, description, reference, flags, removeFlags, hasTitleError, aliases);
    }

    /// <summary>
    /// <c>aliases:</c>, a map from each alias to its source (<c>Payload Too Large: "RFC 7231 §6.5.11"</c>). An alias
    /// TryParse could never match, or could mistake for a number, is reported (STG0078) and left out; whether it
    /// collides with another code is decided once every file is merged.
    /// </summary>
    private static EquatableArray<AliasSpec> ReadAliases(YamlTreeNode node, YamlValueReader reader)
    {
        if (reader.ExpectMapping(node, SpecKeywords.Aliases) is not { } mapping)
        {
            return EquatableArray<AliasSpec>.Empty;
        }

        var aliases = new List<AliasSpec>();
        foreach (var entry in reader.ReadMapping(mapping, allowedKeys: null))
        {
            if (aliases.Count == SpecLimits.MaxAliases)
            {
                reader.Report(DiagnosticDescriptors.TooManyEntries, entry.KeyNode.Span, SpecKeywords.Aliases, SpecLimits.Text(SpecLimits.MaxAliases));
                break;
            }

            var source = reader.ReadText(entry.Value, SpecKeywords.Aliases + "." + entry.Key);
            if (!IsParsableAlias(entry.Key))
            {
                reader.Report(DiagnosticDescriptors.AliasNotParsable, entry.KeyNode.Span, entry.Key);
                continue;
            }

            if (source is not null)
            {
                aliases.Add(new AliasSpec(new Located<string>(entry.Key, entry.KeyNode.Span), source.Value));
            }
        }

        return aliases.ToEquatableArray();
    }

    /// <summary>
    /// What TryParse can match: it trims white space and reads leading digits as the code (<c>404</c>,
    /// <c>404 Not Found</c>), so an alias must not be blank, start or end with white space, or start with a digit.
    /// </summary>
    private static bool IsParsableAlias(string text)
        => text.Length > 0
           && !char.IsWhiteSpace(text[0])
           && !char.IsWhiteSpace(text[text.Length - 1])
           && text[0] is not (>= '0' and <= '9');

    private static bool HasKey(YamlTreeMapping mapping, string key)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlTreeScalar scalar && scalar.Value == key)
            {
                return true;
            }
        }

        return false;
    }

    private static Located<Registration>? ReadRegistration(YamlTreeNode node, YamlValueReader reader)
    {
        if (reader.ReadText(node, SpecKeywords.Registration) is not { } text)
        {
            return null;
        }

        if (RegistrationNames.TryParse(text.Value, out var registration))
        {
            return new Located<Registration>(registration, text.Span);
        }

        reader.Report(DiagnosticDescriptors.ValueNotAllowed, text.Span, SpecKeywords.Registration, text.Value, RegistrationNames.AllowedValues);
        return null;
    }

    private static ReferenceSpec? ReadReference(YamlTreeNode node, YamlValueReader reader)
    {
        if (reader.ExpectMapping(node, SpecKeywords.Reference) is not { } mapping)
        {
            return null;
        }

        string? document = null;
        string? section = null;
        Located<string>? url = null;
        foreach (var entry in reader.ReadMapping(mapping, SpecKeywords.ReferenceKeys))
        {
            switch (entry.Key)
            {
                case SpecKeywords.Document:
                    document = reader.ReadText(entry.Value, SpecKeywords.Document)?.Value;
                    break;
                case SpecKeywords.Section:
                    section = reader.ReadText(entry.Value, SpecKeywords.Section)?.Value;
                    break;
                case SpecKeywords.Url:
                    url = reader.ReadText(entry.Value, SpecKeywords.Url);
                    if (url is not null && !IsWebAddress(url.Value))
                    {
                        reader.Report(DiagnosticDescriptors.InvalidUrl, url.Span, url.Value);
                        url = null;
                    }

                    break;
            }
        }

        return new ReferenceSpec(document, section, url);
    }

    private static bool IsWebAddress(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
           && value.IndexOfAny(CharactersNotInAddresses) < 0;

    /// <summary>Characters a URL in a doc comment's href must not hold (they would end or break the attribute).</summary>
    private static readonly char[] CharactersNotInAddresses = { '"', '<', '>', ' ', '\n', '\r', '\t' };

    /// <summary>
    /// The encodings a file can be decoded with exactly: UTF-8, and UTF-16 or UTF-32, which the compiler only picks
    /// from a byte order mark.
    /// </summary>
    private static readonly string[] UnicodeEncodings = { "utf-8", "utf-16", "utf-16BE", "utf-32", "utf-32BE" };

    /// <summary>
    /// When strict UTF-8 decoding fails, the compiler silently decodes the file with the system's ANSI code page
    /// (windows-1252 on most Windows machines, ks_c_5601-1987 on Korean ones; an explicit CodePage in the project
    /// does the same for every file): the text then holds no U+FFFD, only the wrong characters. Reported at the first
    /// character that is not ASCII, where the decoding starts to matter; a file of ASCII only reads the same in any
    /// of these code pages and is left alone.
    /// </summary>
    /// <returns>Whether it reported the file.</returns>
    private static bool ReportForeignEncoding(string text, string? encodingName, YamlValueReader reader)
    {
        if (encodingName is null || Array.Exists(UnicodeEncodings, name => string.Equals(name, encodingName, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
            {
                reader.Report(DiagnosticDescriptors.ReadWithOtherEncoding, TextPosition.Span(text, i, 1), encodingName);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A U+FFFD in the text is what a lenient UTF-8 decoder leaves for bytes that are not valid UTF-8: the compiler's
    /// fallback on Linux and macOS, and its decoder for a file that starts with a UTF-8 byte order mark. The file's
    /// author almost certainly saved it in another encoding, so say so at the first one.
    /// </summary>
    private static void ReportReplacementCharacter(string text, YamlValueReader reader)
    {
        var index = text.IndexOf('\uFFFD');
        if (index < 0)
        {
            return;
        }

        reader.Report(DiagnosticDescriptors.NotUtf8, TextPosition.Span(text, index, 1));
    }

    /// <summary>Collects what the parser reads, then freezes it into a <see cref="SpecDocument"/>.</summary>
    private sealed class DocumentBuilder
    {
        private readonly string _path;

        public DocumentBuilder(string path) => _path = path;

        public Located<string>? Extends { get; set; }

        public List<GroupSpec> Groups { get; } = new();

        public List<FlagSpec> Flags { get; } = new();

        public List<CodeSpec> Codes { get; } = new();

        public SpecDocument Build(DiagnosticList diagnostics)
            => new(_path, Extends, Groups.ToEquatableArray(), Flags.ToEquatableArray(), Codes.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
