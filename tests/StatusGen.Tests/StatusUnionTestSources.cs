using Microsoft.CodeAnalysis.CSharp;
using StatusGen.Tests.Infrastructure;

namespace StatusGen.Tests;

/// <summary>The [StatusUnion] declarations the union tests share.</summary>
internal static class StatusUnionTestSources
{
    public const string Order = """
        namespace Shop
        {
            /// <summary>An order.</summary>
            /// <param name="Id">Its id.</param>
            /// <param name="Item">What was ordered.</param>
            public sealed record Order(int Id, string Item);
        }
        """;

    /// <summary>The two unions.</summary>
    public const string Small = """
        using StatusGen;

        namespace Shop
        {
            /// <summary>GET /orders/{id}.</summary>
            [StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound, HttpStatusCodes.Conflict)]
            public partial class GetOrderResult { }

            [StatusUnion(HttpStatusCodes.NoContent, HttpStatusCodes.NotFound)]
            internal partial class DeleteOrderResult { }
        }
        """;

    /// <summary>Every kind of case: content with a location, redirect, retry-after, an optional location, no body.</summary>
    public const string Wide = """
        using StatusGen;

        namespace Shop
        {
            /// <summary>POST /orders.</summary>
            [StatusUnion(typeof(Order), HttpStatusCodes.Created, HttpStatusCodes.Accepted, HttpStatusCodes.NoContent, HttpStatusCodes.MultipleChoices,
                HttpStatusCodes.SeeOther, HttpStatusCodes.NotModified, HttpStatusCodes.TooManyRequests, HttpStatusCodes.ServiceUnavailable, 422)]
            public partial class PlaceOrderResult { }
        }
        """;

    public const string Nested = """
        using StatusGen;

        namespace Shop.Api
        {
            /// <summary>Orders.</summary>
            public static partial class Orders
            {
                internal partial struct Handlers<TKey>
                {
                    /// <summary>Read.</summary>
                    [StatusUnion(typeof(string), HttpStatusCodes.Ok, HttpStatusCodes.Gone)]
                    public partial class ReadResult { }
                }
            }
        }
        """;

    public const string CustomSpec = """
        version: 1
        codes:
          - code: 299
            name: MiscSuccess
            title: { en: Miscellaneous Success, ko: 기타 성공 }
          - code: 399
            name: MovedToShard
            title: { en: Moved To Shard, ko: 샤드로 이동함 }
            flags: [location]
          - code: 499
            title: { en: Client Closed Request, ko: 클라이언트가 요청을 닫음 }
            flags: [retry-after]
        """;

    public const string Custom = """
        using StatusGen;

        [StatusUnion(typeof(int), 299, 399, 499)]
        internal partial class ShardResult { }
        """;

    /// <summary>An ASP.NET Core project whose generated types are public (the GetOrderResult is public).</summary>
    public static GeneratorInput Input(params string[] sources)
        => new()
        {
            Sources = sources,
            Framework = TargetFramework.Net100AspNetCore,
            BuildProperties = new System.Collections.Generic.Dictionary<string, string> { ["StatusGenAccessibility"] = "public" },
        };

    public static GeneratorInput Preview(params string[] sources)
        => Input(sources) with { LanguageVersion = LanguageVersion.Preview };
}
