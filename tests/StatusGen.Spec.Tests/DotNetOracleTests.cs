using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace StatusGen.Spec.Tests;

/// <summary>
/// Cross-checks against the status code tables that ship with .NET: they were written independently of the
/// catalog, so agreement (or a documented, reasoned disagreement) is real evidence.
/// </summary>
public sealed partial class DotNetOracleTests
{
    /// <summary>
    /// Where ASP.NET Core's reason phrase and the catalog's English title differ on purpose. The test fails on
    /// any difference not listed here, and on a listed one that no longer differs, so the list stays true.
    /// </summary>
    private static readonly FrozenDictionary<int, (string AspNetCore, string Catalog, string Reason)> IntendedRenames =
        new Dictionary<int, (string, string, string)>
        {
            [306] = ("Switch Proxy", "(Unused)", "RFC 9110 §15.4.7 registers 306 only as reserved; IANA's name is \"(Unused)\"."),
            [413] = ("Payload Too Large", "Content Too Large", "RFC 9110 §15.5.14 renamed it, as RFC 9110 no longer speaks of \"payload\"."),
            [418] = ("I'm a teapot", "(Unused)", "RFC 9110 §15.5.19 reserves 418 as unused; RFC 2324's teapot was never a registration."),
            [422] = ("Unprocessable Entity", "Unprocessable Content", "RFC 9110 §15.5.21 took 422 over from RFC 4918 and renamed it."),
        }.ToFrozenDictionary();

    [Fact]
    public void HttpStatusCodeHasNoUnregisteredValues()
    {
        // System.Net.HttpStatusCode's gaps are 104, 418 and 425, and it has aliases (Ambiguous, Moved, ...), but
        // every value it does have is registered.
        var unregistered = HttpStatusCodeValues().Where(code => !IanaRegistry.CodeSet.Contains(code)).ToList();

        Assert.True(unregistered.Count == 0, $"HttpStatusCode has values IANA does not register: [{string.Join(", ", unregistered)}].");
    }

    [Fact]
    public void EveryRegisteredHttpStatusCodeIsInTheCatalog()
    {
        var missing = HttpStatusCodeValues()
            .Where(code => IanaRegistry.CodeSet.Contains(code) && TestCatalog.File.Find(code) is null)
            .ToList();

        Assert.True(missing.Count == 0, $"System.Net.HttpStatusCode has registered codes the catalog lacks: [{string.Join(", ", missing)}].");
    }

    [Fact]
    public void AspNetCoreStatusCodesOutsideTheRegistryAreExactly419And499()
    {
        // 419 Authentication Timeout and 499 Client Closed Request are vendor conventions, not registrations,
        // which is why the catalog does not carry them.
        var unregistered = AspNetCoreStatusCodes().Where(code => !IanaRegistry.CodeSet.Contains(code)).ToList();

        Assert.Equal([419, 499], unregistered);
    }

    [Fact]
    public void EveryRegisteredAspNetCoreStatusCodeIsInTheCatalog()
    {
        var missing = AspNetCoreStatusCodes()
            .Where(code => IanaRegistry.CodeSet.Contains(code) && TestCatalog.File.Find(code) is null)
            .ToList();

        Assert.True(missing.Count == 0, $"Microsoft.AspNetCore.Http.StatusCodes has registered codes the catalog lacks: [{string.Join(", ", missing)}].");
    }

    [Fact]
    public void IntendedRenamesAreRegisteredCodes()
    {
        Assert.All(IntendedRenames.Keys, code => Assert.True(IanaRegistry.CodeSet.Contains(code), $"Listed rename {code} is not a registered code."));
    }

    [Theory]
    [MemberData(nameof(IanaRegistry.AllCodes), MemberType = typeof(IanaRegistry))]
    public void EnglishTitleMatchesAspNetCoreReasonPhrase(int code)
    {
        var title = TestCatalog.Entry(code).Title.En;
        var phrase = ReasonPhrases.GetReasonPhrase(code);

        if (IntendedRenames.TryGetValue(code, out var rename))
        {
            Assert.True(
                phrase == rename.AspNetCore && title == rename.Catalog,
                $"{code} is listed as an intended rename ('{rename.AspNetCore}' → '{rename.Catalog}': {rename.Reason}) " +
                $"but ASP.NET Core now says '{phrase}' and the catalog '{title}'; update the list.");
        }
        else if (phrase.Length > 0)
        {
            Assert.True(
                title == phrase,
                $"{code}'s English title '{title}' differs from ASP.NET Core's reason phrase '{phrase}', and this is not a listed rename.");
        }

        // An empty phrase (103, 104, 425 on .NET 10) means ASP.NET Core has no opinion: nothing to compare.
    }

    /// <summary>
    /// Every name System.Net.HttpStatusCode gives a registered code, and every reason phrase ASP.NET Core's
    /// ReasonPhrases gives one, that HttpStatus.TryParse would not already accept (the code's name or English title,
    /// ignoring case, as TryParse compares) must be one of the code's aliases, with a source: what .NET writes parses.
    /// </summary>
    [Fact]
    public void EveryDotNetNameAndReasonPhraseThatDiffersIsAnAliasWithASource()
    {
        var missing = new List<string>();
        foreach (var name in Enum.GetNames<HttpStatusCode>())
        {
            var code = (int)Enum.Parse<HttpStatusCode>(name);
            if (IanaRegistry.CodeSet.Contains(code))
            {
                Check(code, name, "HttpStatusCode." + name);
            }
        }

        foreach (var code in IanaRegistry.CodeSet.Order())
        {
            if (ReasonPhrases.GetReasonPhrase(code) is { Length: > 0 } phrase)
            {
                Check(code, phrase, "ReasonPhrases " + code + " \"" + phrase + "\"");
            }
        }

        Assert.True(missing.Count == 0, "Not accepted by TryParse, so they need an alias with a source:\n" + string.Join("\n", missing));

        void Check(int code, string text, string what)
        {
            var entry = TestCatalog.Entry(code);
            if (string.Equals(text, entry.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, entry.Title.En, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var alias = entry.Aliases.FirstOrDefault(candidate => string.Equals(candidate.Text, text, StringComparison.OrdinalIgnoreCase));
            if (alias.Text is null || alias.Source.Length == 0)
            {
                missing.Add(code + ": " + what);
            }
        }
    }

    private static List<int> HttpStatusCodeValues() =>
        Enum.GetValues<HttpStatusCode>().Select(value => (int)value).Distinct().Order().ToList();

    private static List<int> AspNetCoreStatusCodes() =>
        typeof(StatusCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(int) && StatusFieldName().IsMatch(field.Name))
            .Select(field => (int)field.GetRawConstantValue()!)
            .Distinct()
            .Order()
            .ToList();

    [GeneratedRegex(@"^Status\d{3}", RegexOptions.CultureInvariant)]
    private static partial Regex StatusFieldName();
}
