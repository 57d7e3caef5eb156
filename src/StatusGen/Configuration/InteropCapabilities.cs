using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusGen.Configuration;

/// <summary>
/// Which interop code the consuming compilation can use, reduced to plain booleans the moment the compilation is
/// seen (as <see cref="AttributeAvailability"/> does), so no pipeline stage keeps a <see cref="Compilation"/> or a
/// symbol, and an edit that leaves the references alone regenerates nothing. Each flag names the APIs the generated
/// code calls, not a framework version: a netstandard2.0 project that references the System.Text.Json package gets
/// the JSON converters and the HttpClient extensions, one that does not gets neither.
/// </summary>
/// <param name="Json">
/// System.Text.Json 8 or later: the converters for <c>HttpStatus</c> and <c>StatusProblem</c> (they serialize
/// extension values through <c>JsonTypeInfo</c>, which is trimming-safe and needs the non-generic
/// <c>JsonSerializer.Serialize(Utf8JsonWriter, object, JsonTypeInfo)</c> of version 8).
/// </param>
/// <param name="HttpClient">JSON and <c>System.Net.Http.HttpResponseMessage</c>: the HttpClient extensions and <c>StatusResultException</c>.</param>
/// <param name="HttpContentTakesCancellation">
/// <c>HttpContent.ReadAsStreamAsync(CancellationToken)</c> exists (.NET 5+); on netstandard2.0 the token is checked
/// between reads instead.
/// </param>
/// <param name="AspNetCore">
/// JSON and ASP.NET Core 8 or later: <c>IResult</c>, <c>JsonOptions</c>, <c>IOptions&lt;T&gt;</c>, the Accept-Language
/// parser and <c>HttpResponse.WriteAsJsonAsync(object, JsonTypeInfo, ...)</c>, which is what <c>Results.Json</c> uses.
/// </param>
/// <param name="EndpointMetadata">
/// ASP.NET Core and <c>IEndpointMetadataProvider</c> / <c>IProducesResponseTypeMetadata</c> (7+), with C# 11 or later:
/// the provider's member is a static abstract interface member.
/// </param>
internal sealed record InteropCapabilities(
    bool Json,
    bool HttpClient,
    bool HttpContentTakesCancellation,
    bool AspNetCore,
    bool EndpointMetadata)
{
    public static readonly InteropCapabilities None = new(false, false, false, false, false);

    /// <summary>Whether <c>StatusResult&lt;T&gt;</c> gets a second part, so its main declaration must be <c>partial</c>.</summary>
    public bool ExtendsStatusResult => AspNetCore;

    public static InteropCapabilities Detect(Compilation compilation)
    {
        var json = HasType(compilation, "System.Text.Json.Serialization.JsonConverter`1")
                   && HasMethod(compilation, "System.Text.Json.JsonSerializer", "Serialize", method =>
                       method.Parameters.Length == 3
                       && IsType(method.Parameters[0].Type, "System.Text.Json.Utf8JsonWriter")
                       && method.Parameters[1].Type.SpecialType == SpecialType.System_Object
                       && IsType(method.Parameters[2].Type, "System.Text.Json.Serialization.Metadata.JsonTypeInfo"));

        var httpClient = json && HasType(compilation, "System.Net.Http.HttpResponseMessage");
        var cancellableRead = httpClient && HasMethod(compilation, "System.Net.Http.HttpContent", "ReadAsStreamAsync", method =>
            method.Parameters.Length == 1 && IsType(method.Parameters[0].Type, "System.Threading.CancellationToken"));

        var aspNetCore = json
                         && HasType(compilation, "Microsoft.AspNetCore.Http.IResult")
                         && HasType(compilation, "Microsoft.AspNetCore.Http.Json.JsonOptions")
                         && HasType(compilation, "Microsoft.Extensions.Options.IOptions`1")
                         && HasType(compilation, "Microsoft.AspNetCore.Http.HeaderDictionaryTypeExtensions")
                         && HasMethod(compilation, "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", "WriteAsJsonAsync", method =>
                             method.Parameters.Length == 5
                             && method.Parameters[1].Type.SpecialType == SpecialType.System_Object
                             && IsType(method.Parameters[2].Type, "System.Text.Json.Serialization.Metadata.JsonTypeInfo"));

        var endpointMetadata = aspNetCore
                               && compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }
                               && HasType(compilation, "Microsoft.AspNetCore.Http.Metadata.IEndpointMetadataProvider")
                               && HasType(compilation, "Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata");

        return new InteropCapabilities(json, httpClient, cancellableRead, aspNetCore, endpointMetadata);
    }

    private static bool HasType(Compilation compilation, string metadataName)
        => AttributeAvailability.HasAccessibleType(compilation, metadataName);

    private static bool HasMethod(Compilation compilation, string typeName, string methodName, System.Func<IMethodSymbol, bool> matches)
    {
        foreach (var type in compilation.GetTypesByMetadataName(typeName))
        {
            if (!compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                continue;
            }

            if (type.GetMembers(methodName).OfType<IMethodSymbol>().Any(method =>
                    method.DeclaredAccessibility == Accessibility.Public && matches(method)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsType(ITypeSymbol type, string metadataName)
        => type is INamedTypeSymbol named
           && !named.IsGenericType
           && named.ContainingNamespace?.ToDisplayString() + "." + named.MetadataName == metadataName;
}
