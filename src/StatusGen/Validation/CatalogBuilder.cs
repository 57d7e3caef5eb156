using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System;
using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Primitives;
using StatusGen.Spec;

namespace StatusGen.Validation;

/// <summary>
/// Merges the user's spec files over the standard catalog and checks the result as a whole: duplicate codes and
/// names, groups, flags, required texts. Whatever is wrong is reported and left out; everything valid is kept, so
/// a broken user file never takes the standard catalog down.
/// </summary>
/// <remarks>
/// Merge rules (spec/README.md documents them for users):
/// <list type="bullet">
/// <item>User files are taken in ordinal path order, so the result does not depend on the order the build lists them.</item>
/// <item><c>extends: none</c> drops the standard codes (groups and the thirteen standard flags stay: HttpStatus always
/// has their properties). Files that say <c>none</c> while another says <c>standard</c> get STG0015 and the
/// standard catalog is kept; files that do not say <c>extends</c> take no side.</item>
/// <item>An entry for a code already in the catalog overrides only the fields it gives; titles and descriptions
/// merge per language; <c>flags</c> adds to the code's flags and <c>remove-flags</c> removes some.</item>
/// <item>The same code in two user entries (in one file or two) is an error at both, and neither is used.</item>
/// <item><c>aliases</c> on an override add to the code's aliases. Aliases are checked once everything is merged
/// (<see cref="ResolveAliases"/>): each must name one code only, the way TryParse compares (ignoring case).</item>
/// </list>
/// </remarks>
internal sealed class CatalogBuilder
{
    private readonly DiagnosticList _diagnostics = new();
    private readonly Dictionary<StatusGroupKind, GroupInfo> _groups = new();
    private readonly List<FlagInfo> _flags = new();
    private readonly Dictionary<string, FlagDeclaration> _flagsByName = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, StatusCodeInfo> _codes = new();

    /// <summary>Which code has which name, so a name is checked in constant time rather than against every code.</summary>
    private readonly Dictionary<string, int> _codeByName = new(StringComparer.Ordinal);

    /// <summary>Each code's aliases with where they were written (no path: the standard catalog), in merge order.</summary>
    private readonly Dictionary<int, List<AliasCandidate>> _aliases = new();

    /// <summary>Where a user file wrote a code's name or English title, to report a standard alias it takes over.</summary>
    private readonly Dictionary<int, UserNaming> _userNaming = new();

    /// <summary>The languages texts have been kept in so far, to stop at <see cref="SpecLimits.MaxLanguages"/>.</summary>
    private readonly HashSet<string> _languages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages of each new code's texts, for <see cref="TranslationCheck"/>.</summary>
    private readonly List<NewCodeTexts> _newCodes = new();
    private readonly CancellationToken _cancellationToken;

    private CatalogBuilder(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static ValidatedCatalog Build(SpecDocument standard, IReadOnlyList<SpecDocument> userDocuments, CancellationToken cancellationToken)
    {
        var builder = new CatalogBuilder(cancellationToken);
        var users = userDocuments
            .GroupBy(document => document.Path, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(document => document.Path, StringComparer.Ordinal)
            .ToList();

        builder._diagnostics.AddRange(standard.Diagnostics);
        foreach (var user in users)
        {
            builder._diagnostics.AddRange(user.Diagnostics);
        }

        builder.AddStandard(standard);
        if (!builder.ExtendsStandard(users))
        {
            builder._codes.Clear();
            builder._codeByName.Clear();
            builder._aliases.Clear();
        }

        foreach (var user in users)
        {
            builder.ApplyGroups(user);
        }

        foreach (var user in users)
        {
            builder.ApplyFlags(user);
        }

        builder.ApplyCodes(users);
        builder.ResolveAliases();
        return new ValidatedCatalog(builder.CreateCatalog(), builder._diagnostics.ToEquatableArray(), builder._newCodes.ToEquatableArray());
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string path, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, path, span, arguments));

    private void AddStandard(SpecDocument standard)
    {
        foreach (var group in standard.Groups)
        {
            _groups[group.Kind] = new GroupInfo(group.Kind, ToTexts(standard.Path, group.Title), ToTexts(standard.Path, group.Description));
        }

        foreach (var standardFlag in FlagRules.StandardFlags)
        {
            var declared = standard.Flags.FirstOrDefault(flag => flag.Name.Value == standardFlag.Name);
            var info = new FlagInfo(
                standardFlag.Name,
                standardFlag.PropertyName,
                IsStandard: true,
                standardFlag.IsNegated,
                ToTexts(standard.Path, declared?.Title ?? default),
                ToTexts(standard.Path, declared?.Description ?? default),
                declared?.Source);
            _flagsByName.Add(info.Name, new FlagDeclaration(_flags.Count, standard.Path, declared?.Name.Span ?? SourceSpan.Empty));
            _flags.Add(info);
        }

        foreach (var entry in standard.Codes)
        {
            if (CreateCode(standard.Path, entry) is { } code)
            {
                SetCode(code);
                AddAliases(code.Code, path: null, entry);
            }
        }
    }

    private bool ExtendsStandard(List<SpecDocument> users)
    {
        var saysNone = users.Where(user => user.ExtendsNone).ToList();
        if (saysNone.Count == 0)
        {
            return true;
        }

        if (!users.Any(user => user.Extends is { Value: SpecKeywords.ExtendsStandard }))
        {
            return false;
        }

        foreach (var user in saysNone)
        {
            Report(DiagnosticDescriptors.ExtendsDisagreement, user.Path, user.Extends!.Span);
        }

        return true;
    }

    private void ApplyGroups(SpecDocument user)
    {
        foreach (var group in user.Groups)
        {
            var current = _groups.TryGetValue(group.Kind, out var existing)
                ? existing
                : new GroupInfo(group.Kind, TextByLanguage.None, TextByLanguage.None);
            _groups[group.Kind] = current with
            {
                Title = current.Title.OverriddenBy(ToTexts(user.Path, group.Title)),
                Description = current.Description.OverriddenBy(ToTexts(user.Path, group.Description)),
            };
        }
    }

    private void ApplyFlags(SpecDocument user)
    {
        foreach (var flag in user.Flags)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var name = flag.Name.Value;
            if (_flagsByName.TryGetValue(name, out var declaration))
            {
                var existing = _flags[declaration.Index];
                if (!existing.IsStandard)
                {
                    Report(
                        DiagnosticDescriptors.DuplicateFlag,
                        user.Path,
                        flag.Name.Span,
                        name,
                        LocationInfo.InAdditionalFile(declaration.Path, declaration.Span).Describe());
                    continue;
                }

                if (flag.Property is { } fixedProperty)
                {
                    Report(DiagnosticDescriptors.StandardFlagProperty, user.Path, fixedProperty.Span, name, existing.PropertyName, fixedProperty.Value);
                }

                // Declaring a standard flag again overrides its texts, e.g. to add a translation.
                _flags[declaration.Index] = existing with
                {
                    Title = existing.Title.OverriddenBy(ToTexts(user.Path, flag.Title)),
                    Description = existing.Description.OverriddenBy(ToTexts(user.Path, flag.Description)),
                    Source = flag.Source ?? existing.Source,
                };
                continue;
            }

            if (_flags.Count >= SpecLimits.MaxFlags)
            {
                Report(DiagnosticDescriptors.TooManyFlags, user.Path, flag.Name.Span, SpecLimits.Text(SpecLimits.MaxFlags), name);
                continue;
            }

            var property = flag.Property?.Value ?? "Is" + NameRules.KebabToPascal(name);
            var propertySpan = flag.Property?.Span ?? flag.Name.Span;
            if (!IsUsableName(property, user.Path, propertySpan))
            {
                continue;
            }

            var clash = _flags.FirstOrDefault(other => other.PropertyName == property);
            if (clash is not null)
            {
                Report(DiagnosticDescriptors.NameUsedByFlagProperty, user.Path, propertySpan, property, clash.Name);
                continue;
            }

            // The property sits on HttpStatus beside a static property per code: it cannot share a code's name.
            if (_codeByName.TryGetValue(property, out var code))
            {
                Report(DiagnosticDescriptors.NameUsedByCode, user.Path, propertySpan, property, code.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            _flagsByName.Add(name, new FlagDeclaration(_flags.Count, user.Path, flag.Name.Span));
            _flags.Add(new FlagInfo(name, property, IsStandard: false, IsNegated: false, ToTexts(user.Path, flag.Title), ToTexts(user.Path, flag.Description), flag.Source));
        }
    }

    private void ApplyCodes(List<SpecDocument> users)
    {
        var entries = users
            .SelectMany(user => user.Codes.Select(entry => (user.Path, Entry: entry)))
            .ToList();

        // An entry whose code was wrong (already reported) is not placed, but its other mistakes are still reported.
        foreach (var (path, entry) in entries.Where(item => item.Entry.Code is null))
        {
            CheckUnplacedEntry(path, entry);
        }

        entries.RemoveAll(item => item.Entry.Code is null);

        // The same code in two user entries: report at every place, naming another, and use none of them.
        var duplicates = new HashSet<int>();
        foreach (var group in entries.GroupBy(item => item.Entry.Code!.Value).Where(group => group.Count() > 1))
        {
            duplicates.Add(group.Key);
            var places = group.ToList();
            for (var i = 0; i < places.Count; i++)
            {
                var other = places[i == 0 ? 1 : 0];
                Report(
                    DiagnosticDescriptors.DuplicateCode,
                    places[i].Path,
                    places[i].Entry.Code!.Span,
                    group.Key.ToString(CultureInfo.InvariantCulture),
                    LocationInfo.InAdditionalFile(other.Path, other.Entry.Code!.Span).Describe());
            }
        }

        var flagByPropertyName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flag in _flags)
        {
            if (!flagByPropertyName.ContainsKey(flag.PropertyName))
            {
                flagByPropertyName.Add(flag.PropertyName, flag.Name);
            }
        }
        foreach (var (path, entry) in entries.OrderBy(item => item.Entry.Code!.Value))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var code = entry.Code!.Value;
            if (duplicates.Contains(code))
            {
                continue;
            }

            var merged = _codes.TryGetValue(code, out var existing)
                ? Override(path, entry, existing)
                : CreateCode(path, entry);
            if (merged is null)
            {
                continue;
            }

            if (merged.Name != existing?.Name && !IsNameFree(merged, path, entry, flagByPropertyName))
            {
                if (existing is null)
                {
                    continue;
                }

                merged = merged with { Name = existing.Name };
            }

            SetCode(merged);
            AddAliases(code, path, entry);
            RecordNaming(path, entry, existing is null);
            if (existing is null)
            {
                _newCodes.Add(new NewCodeTexts(
                    path,
                    entry.EntrySpan,
                    code.ToString(CultureInfo.InvariantCulture),
                    merged.Title.Texts.Select(text => text.Language).ToEquatableArray(),
                    merged.Description.Texts.Select(text => text.Language).ToEquatableArray()));
            }
        }
    }

    /// <summary>
    /// A code not yet in the catalog: needs an English title, and a name given or derived from it. Every check that
    /// does not depend on another runs, so an entry with two mistakes reports both; the code is kept only without any.
    /// Missing translations are not checked here: they depend on the languages the project asks for
    /// (<see cref="TranslationCheck"/>).
    /// </summary>
    private StatusCodeInfo? CreateCode(string path, CodeSpec entry)
    {
        var code = entry.Code!.Value;
        var codeText = code.ToString(CultureInfo.InvariantCulture);
        var title = ToTexts(path, entry.Title);
        var englishTitle = title.Find(TextByLanguage.English);
        var usable = true;
        if (string.IsNullOrWhiteSpace(englishTitle))
        {
            // A title that could not be read was reported where it stands; "no English title" would only repeat it.
            if (!entry.HasTitleError)
            {
                Report(DiagnosticDescriptors.MissingEnglishTitle, path, entry.EntrySpan, codeText);
            }

            usable = false;
            englishTitle = null;
        }

        usable = CheckGroup(path, entry) && usable;

        string? name = null;
        if (entry.Name is { } explicitName)
        {
            if (IsUsableName(explicitName.Value, path, explicitName.Span))
            {
                name = explicitName.Value;
            }
            else
            {
                usable = false;
            }
        }
        else if (englishTitle is not null)
        {
            name = NameRules.DeriveName(englishTitle);
            if (CSharpIdentifier.Check(name) != IdentifierProblem.None || NameRules.IsReserved(name))
            {
                Report(DiagnosticDescriptors.NameRequired, path, entry.EntrySpan, codeText, englishTitle);
                usable = false;
            }
        }

        var flags = ApplyFlagEdits(path, entry, Enumerable.Empty<string>());
        if (!usable || name is null)
        {
            return null;
        }

        return new StatusCodeInfo(
            code,
            name,
            entry.Registration?.Value ?? Registration.Registered,
            title,
            ToTexts(path, entry.Description),
            ToReference(entry.Reference),
            flags);
    }

    /// <summary>An entry without a usable code: what can be checked without knowing the code (its name, group and flags).</summary>
    private void CheckUnplacedEntry(string path, CodeSpec entry)
    {
        if (entry.Name is { } name)
        {
            IsUsableName(name.Value, path, name.Span);
        }

        if (entry.Group is { } group && !GroupNames.TryParse(group.Value, out _))
        {
            Report(DiagnosticDescriptors.InvalidGroup, path, group.Span, group.Value);
        }

        foreach (var flag in entry.Flags.Concat(entry.RemoveFlags))
        {
            IsKnownFlag(path, flag);
        }
    }

    /// <summary>A code already in the catalog: the entry replaces only what it gives.</summary>
    private StatusCodeInfo? Override(string path, CodeSpec entry, StatusCodeInfo existing)
    {
        // A wrong group drops the entry, but its name and flags are still checked: one mistake does not hide another.
        var groupMatches = CheckGroup(path, entry);

        var name = existing.Name;
        if (entry.Name is { } explicitName && explicitName.Value != existing.Name)
        {
            if (IsUsableName(explicitName.Value, path, explicitName.Span))
            {
                name = explicitName.Value;
            }
        }

        var flags = ApplyFlagEdits(path, entry, existing.Flags);
        if (!groupMatches)
        {
            return null;
        }

        return existing with
        {
            Name = name,
            Registration = entry.Registration?.Value ?? existing.Registration,
            Title = existing.Title.OverriddenBy(ToTexts(path, entry.Title)),
            Description = existing.Description.OverriddenBy(ToTexts(path, entry.Description)),
            Reference = entry.Reference is null ? existing.Reference : ToReference(entry.Reference),
            Flags = flags,
        };
    }

    private bool CheckGroup(string path, CodeSpec entry)
    {
        if (entry.Group is not { } group)
        {
            return true;
        }

        var expected = (StatusGroupKind)(entry.Code!.Value / 100);
        if (!GroupNames.TryParse(group.Value, out var kind))
        {
            Report(DiagnosticDescriptors.InvalidGroup, path, group.Span, group.Value);
            return false;
        }

        if (kind != expected)
        {
            Report(
                DiagnosticDescriptors.GroupMismatch,
                path,
                group.Span,
                group.Value,
                entry.Code.Value.ToString(CultureInfo.InvariantCulture),
                expected.ToString(),
                GroupNames.ClassText(expected));
            return false;
        }

        return true;
    }

    /// <summary>The code's flags after the entry's <c>flags</c> (added) and <c>remove-flags</c> (removed).</summary>
    private EquatableArray<string> ApplyFlagEdits(string path, CodeSpec entry, IEnumerable<string> current)
    {
        var flags = new HashSet<string>(current, StringComparer.Ordinal);
        var before = new HashSet<string>(flags, StringComparer.Ordinal);
        foreach (var flag in entry.Flags)
        {
            if (IsKnownFlag(path, flag))
            {
                flags.Add(flag.Value);
            }
        }

        foreach (var flag in entry.RemoveFlags)
        {
            if (IsKnownFlag(path, flag))
            {
                flags.Remove(flag.Value);
            }
        }

        // Flags keep declaration order (standard flags first), which is also their bit order.
        var ordered = _flags.Where(flag => flags.Contains(flag.Name)).Select(flag => flag.Name).ToList();
        if (FindContradiction(entry.Code!.Value, ordered) is { } contradiction)
        {
            Report(contradiction.Descriptor, path, entry.EntrySpan, entry.Code.Value.ToString(CultureInfo.InvariantCulture), contradiction.Flags);
            ordered = _flags.Where(flag => before.Contains(flag.Name)).Select(flag => flag.Name).ToList();
        }

        return ordered.ToEquatableArray();
    }

    /// <summary>
    /// Flag combinations that cannot describe one status code: <c>unused</c> means the code carries no meaning at
    /// all; <c>permanent</c>/<c>preserves-method</c> describe redirects, so they belong to 3xx codes only, and a
    /// redirect is to the URI in <c>Location</c>, so they need <c>location</c> too. <c>no-body</c> with
    /// <c>location</c> is allowed (spec/README.md says why). Returns the diagnostic and the flag or flags it names.
    /// </summary>
    private static (Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, string Flags)? FindContradiction(int code, List<string> flags)
    {
        if (flags.Contains(FlagRules.Unused) && flags.Count > 1)
        {
            return (DiagnosticDescriptors.UnusedWithOtherFlags, string.Join(", ", flags.Where(flag => flag != FlagRules.Unused)));
        }

        // The first of them names the problem well enough when both are given.
        var redirectFlag = flags.FirstOrDefault(flag => flag is FlagRules.Permanent or FlagRules.PreservesMethod);
        if (redirectFlag is not null && code / 100 != 3)
        {
            return (DiagnosticDescriptors.RedirectFlagOutside3xx, redirectFlag);
        }

        if (redirectFlag is not null && !flags.Contains(FlagRules.Location))
        {
            return (DiagnosticDescriptors.RedirectFlagWithoutLocation, redirectFlag);
        }

        return null;
    }

    private bool IsKnownFlag(string path, Located<string> flag)
    {
        if (_flagsByName.ContainsKey(flag.Value))
        {
            return true;
        }

        // Finding a suggestion costs an edit distance per known flag: not spent on a message that would be dropped.
        if (!_diagnostics.IsFull(path))
        {
            if (FlagSuggestion.For(flag.Value, _flagsByName.Keys) is { } suggestion)
            {
                Report(DiagnosticDescriptors.UnknownFlagWithSuggestion, path, flag.Span, flag.Value, suggestion);
            }
            else
            {
                Report(DiagnosticDescriptors.UnknownFlag, path, flag.Span, flag.Value);
            }
        }

        return false;
    }

    private bool IsUsableName(string name, string path, SourceSpan span)
    {
        switch (CSharpIdentifier.Check(name))
        {
            case IdentifierProblem.NotAnIdentifier:
                Report(DiagnosticDescriptors.NameNotIdentifier, path, span, name);
                return false;
            case IdentifierProblem.NotAscii:
                Report(DiagnosticDescriptors.NameNotAscii, path, span, name, CSharpIdentifier.CodePointText(name, CSharpIdentifier.FirstNonAscii(name)));
                return false;
            case IdentifierProblem.Keyword:
                Report(DiagnosticDescriptors.NameIsKeyword, path, span, name);
                return false;
        }

        if (NameRules.IsReserved(name))
        {
            Report(DiagnosticDescriptors.ReservedName, path, span, name);
            return false;
        }

        return true;
    }

    private bool IsNameFree(StatusCodeInfo candidate, string path, CodeSpec entry, Dictionary<string, string> flagByPropertyName)
    {
        var span = entry.Name?.Span ?? entry.EntrySpan;
        if (flagByPropertyName.TryGetValue(candidate.Name, out var flag))
        {
            Report(DiagnosticDescriptors.NameUsedByFlagProperty, path, span, candidate.Name, flag);
            return false;
        }

        if (_codeByName.TryGetValue(candidate.Name, out var other) && other != candidate.Code)
        {
            Report(DiagnosticDescriptors.NameUsedByCode, path, span, candidate.Name, other.ToString(CultureInfo.InvariantCulture));
            return false;
        }

        return true;
    }

    /// <summary>Puts <paramref name="code"/> in the catalog, replacing the entry for its number, and indexes its name.</summary>
    private void SetCode(StatusCodeInfo code)
    {
        if (_codes.TryGetValue(code.Code, out var previous)
            && _codeByName.TryGetValue(previous.Name, out var owner)
            && owner == code.Code)
        {
            _codeByName.Remove(previous.Name);
        }

        _codes[code.Code] = code;
        _codeByName[code.Name] = code.Code;
    }

    private void AddAliases(int code, string? path, CodeSpec entry)
    {
        if (entry.Aliases.IsEmpty)
        {
            return;
        }

        if (!_aliases.TryGetValue(code, out var list))
        {
            list = new List<AliasCandidate>();
            _aliases.Add(code, list);
        }

        foreach (var alias in entry.Aliases)
        {
            list.Add(new AliasCandidate(alias.Text.Value, alias.Source, path, alias.Text.Span));
        }
    }

    private void RecordNaming(string path, CodeSpec entry, bool isNew)
    {
        var title = entry.Title.FirstOrDefault(text => string.Equals(text.Language, TextByLanguage.English, StringComparison.OrdinalIgnoreCase));
        // A new code's derived name stands where its title does.
        var nameSpan = entry.Name?.Span ?? (isNew ? title?.Span : null);
        if (nameSpan is not null || title is not null)
        {
            _userNaming[entry.Code!.Value] = new UserNaming(path, nameSpan, title?.Span);
        }
    }

    /// <summary>
    /// Gives every code the aliases that name it alone, compared as TryParse compares (ignoring case): an alias that
    /// repeats the code's own name, title or alias is dropped (STG0079); one that is another code's name or English
    /// title is dropped (STG0075 at a user's alias; STG0076 at the user's name or title that took over a standard
    /// alias); one two codes give is dropped at every user place (STG0077), and a standard alias stays.
    /// </summary>
    private void ResolveAliases()
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in _codes.Values)
        {
            foreach (var text in new[] { code.Name, code.Title.Find(TextByLanguage.English) })
            {
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                if (!owners.TryGetValue(text!, out var codes))
                {
                    codes = new List<int>();
                    owners.Add(text!, codes);
                }

                if (!codes.Contains(code.Code))
                {
                    codes.Add(code.Code);
                }
            }
        }

        var kept = new List<(int Code, AliasCandidate Alias)>();
        foreach (var code in _codes.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!_aliases.TryGetValue(code.Code, out var candidates))
            {
                continue;
            }

            var codeText = code.Code.ToString(CultureInfo.InvariantCulture);
            var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { code.Name, code.Title.Find(TextByLanguage.English) ?? string.Empty };
            foreach (var alias in candidates)
            {
                if (!own.Add(alias.Text))
                {
                    if (alias.Path is not null)
                    {
                        Report(DiagnosticDescriptors.AliasRepeatsCode, alias.Path, alias.Span, alias.Text, codeText);
                    }

                    continue;
                }

                var other = owners.TryGetValue(alias.Text, out var codes) ? codes.FirstOrDefault(owner => owner != code.Code) : 0;
                if (other != 0)
                {
                    var otherText = other.ToString(CultureInfo.InvariantCulture);
                    if (alias.Path is not null)
                    {
                        Report(DiagnosticDescriptors.AliasIsOtherCodesName, alias.Path, alias.Span, alias.Text, codeText, otherText);
                    }
                    else if (_userNaming.TryGetValue(other, out var naming) && naming.PlaceOf(alias.Text, _codes[other]) is { } span)
                    {
                        Report(DiagnosticDescriptors.NameIsStandardAlias, naming.Path, span, alias.Text, otherText, codeText);
                    }

                    continue;
                }

                kept.Add((code.Code, alias));
            }
        }

        var shared = new HashSet<AliasCandidate>();
        foreach (var group in kept.GroupBy(item => item.Alias.Text, StringComparer.OrdinalIgnoreCase))
        {
            var items = group.ToList();
            foreach (var item in items)
            {
                var other = items.FirstOrDefault(candidate => candidate.Code != item.Code);
                if (other.Alias is null || item.Alias.Path is null)
                {
                    continue;
                }

                Report(
                    DiagnosticDescriptors.AliasOfTwoCodes,
                    item.Alias.Path,
                    item.Alias.Span,
                    item.Alias.Text,
                    item.Code.ToString(CultureInfo.InvariantCulture),
                    other.Code.ToString(CultureInfo.InvariantCulture));
                shared.Add(item.Alias);
            }
        }

        foreach (var group in kept.Where(item => !shared.Contains(item.Alias)).GroupBy(item => item.Code))
        {
            _codes[group.Key] = _codes[group.Key] with
            {
                Aliases = group.Select(item => new AliasInfo(item.Alias.Text, item.Alias.Source)).ToEquatableArray(),
            };
        }
    }

    private StatusCatalog CreateCatalog()
    {
        var groups = Enum.GetValues(typeof(StatusGroupKind))
            .Cast<StatusGroupKind>()
            .Select(kind => _groups.TryGetValue(kind, out var group)
                ? group
                : new GroupInfo(kind, TextByLanguage.None, TextByLanguage.None))
            .ToEquatableArray();
        var codes = _codes.Values.ToEquatableArray();

        var languages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var texts in groups.SelectMany(group => new[] { group.Title, group.Description })
                     .Concat(_flags.SelectMany(flag => new[] { flag.Title, flag.Description }))
                     .Concat(codes.SelectMany(code => new[] { code.Title, code.Description })))
        {
            foreach (var text in texts.Texts)
            {
                languages.Add(text.Language.ToLowerInvariant());
            }
        }

        languages.Remove(TextByLanguage.English);
        var orderedLanguages = new[] { TextByLanguage.English }.Concat(languages).ToEquatableArray();
        return new StatusCatalog(groups, _flags.ToEquatableArray(), codes, orderedLanguages);
    }

    /// <summary>
    /// The texts as a <see cref="TextByLanguage"/>, without those in a language past <see cref="SpecLimits.MaxLanguages"/>
    /// (reported where they stand). The standard catalog is read first, so its languages always count.
    /// </summary>
    private TextByLanguage ToTexts(string path, EquatableArray<LocatedText> texts)
    {
        if (texts.IsEmpty)
        {
            return TextByLanguage.None;
        }

        var kept = new List<LocalizedText>(texts.Count);
        foreach (var text in texts)
        {
            if (!_languages.Contains(text.Language))
            {
                if (_languages.Count >= SpecLimits.MaxLanguages)
                {
                    Report(DiagnosticDescriptors.TooManyLanguages, path, text.Span, SpecLimits.Text(SpecLimits.MaxLanguages), text.Language);
                    continue;
                }

                _languages.Add(text.Language);
            }

            kept.Add(new LocalizedText(text.Language, text.Text));
        }

        return kept.Count == 0 ? TextByLanguage.None : TextByLanguage.From(kept);
    }

    private static ReferenceInfo? ToReference(ReferenceSpec? reference)
        => reference is null ? null : new ReferenceInfo(reference.Document, reference.Section, reference.Url?.Value);

    private sealed record FlagDeclaration(int Index, string Path, SourceSpan Span);

    /// <summary>An alias as written: <paramref name="Path"/> is null for the standard catalog's.</summary>
    private sealed record AliasCandidate(string Text, string Source, string? Path, SourceSpan Span);

    /// <summary>Where a user file wrote a code's name (given, or derived from its title) and English title.</summary>
    private sealed record UserNaming(string Path, SourceSpan? NameSpan, SourceSpan? TitleSpan)
    {
        /// <summary>The place of <paramref name="text"/> if the user wrote it as the code's name or English title.</summary>
        public SourceSpan? PlaceOf(string text, StatusCodeInfo code)
        {
            if (NameSpan is { } name && string.Equals(code.Name, text, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }

            return TitleSpan is { } title && string.Equals(code.Title.Find(TextByLanguage.English), text, StringComparison.OrdinalIgnoreCase)
                ? title
                : null;
        }
    }
}
