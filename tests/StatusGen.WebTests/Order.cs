using System.Text.Json.Serialization;

namespace StatusGen.WebTests;

internal enum OrderState
{
    Placed,
    Shipped,
}

/// <summary>The content type the endpoints return; a record, so round trips compare by value.</summary>
internal sealed record Order(int Id, string Item, int Quantity, OrderState State);

internal sealed record OrderRequest(string Item, int Quantity);

/// <summary>Only to show the app's JSON options are used: the server writes enums as strings.</summary>
internal static class JsonSetup
{
    public static void Configure(System.Text.Json.JsonSerializerOptions options)
        => options.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
}
