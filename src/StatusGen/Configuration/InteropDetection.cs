using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Model;

namespace StatusGen.Configuration;

/// <summary>
/// Reads from the consuming compilation which interop code it can use (<see cref="InteropCapabilities"/>), at once,
/// so no pipeline stage keeps a <see cref="Compilation"/> or a symbol.
/// </summary>
internal static class InteropDetection
{
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
        var headersNonValidated = httpClient && HasType(compilation, "System.Net.Http.Headers.HttpHeadersNonValidated");

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

        var spans = HasType(compilation, "System.ReadOnlySpan`1")
                    && HasMethod(compilation, "System.MemoryExtensions", "Equals", method =>
                        method.Parameters.Length == 3
                        && IsType(method.Parameters[2].Type, "System.StringComparison"))
                    && HasMethod(compilation, "System.MemoryExtensions", "AsSpan", method =>
                        method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String);
        var spanFormattable = spans && HasType(compilation, "System.ISpanFormattable");
        var utf8SpanFormattable = spanFormattable
                                  && HasType(compilation, "System.IUtf8SpanFormattable")
                                  && HasType(compilation, "System.Text.Unicode.Utf8");
        var staticAbstract = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 };
        var parsable = staticAbstract && HasType(compilation, "System.IParsable`1");
        var spanParsable = parsable && spans && HasType(compilation, "System.ISpanParsable`1");

        return new InteropCapabilities(
            json, httpClient, cancellableRead, aspNetCore, endpointMetadata, spans, spanFormattable, utf8SpanFormattable, parsable, spanParsable, headersNonValidated);
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
