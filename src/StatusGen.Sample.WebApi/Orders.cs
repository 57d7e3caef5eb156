using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace StatusGen.Sample.WebApi;

public sealed record Order(int Id, string Item, int Quantity);

public sealed record OrderRequest(string Item, int Quantity);

/// <summary>GET /orders/{id}: the order, or 404. Exactly these two codes, in OpenAPI too.</summary>
[StatusUnion(typeof(Order), HttpStatusCodes.Ok, HttpStatusCodes.NotFound)]
internal partial class GetOrderResult { }

/// <summary>POST /orders: created, invalid, or throttled.</summary>
[StatusUnion(typeof(Order), HttpStatusCodes.Created, HttpStatusCodes.UnprocessableContent, HttpStatusCodes.TooManyRequests)]
internal partial class PlaceOrderResult { }

/// <summary>The endpoints: plain methods returning endpoint unions, so every outcome is a value and OpenAPI lists exactly them.</summary>
internal static class OrderEndpoints
{
    public static GetOrderResult Get(int id, OrderStore store)
    {
        if (store.Find(id) is not { } order)
        {
            return new GetOrderResult.NotFound(new StatusProblem(detail: $"There is no order {id}."));
        }

        return order; // implicit conversion to GetOrderResult.Ok
    }

    public static async Task<PlaceOrderResult> PlaceAsync(OrderRequest request, OrderStore store, CancellationToken cancellationToken)
    {
        if (request.Quantity <= 0)
        {
            return new PlaceOrderResult.UnprocessableContent(new StatusProblem(
                title: "Invalid quantity",
                detail: $"The quantity must be positive; it was {request.Quantity}.",
                type: "https://example.com/problems/invalid-quantity")
            {
                Extensions = { ["quantity"] = request.Quantity },
            });
        }

        if (store.TryReserve(out var wait))
        {
            var order = await store.AddAsync(request, cancellationToken);
            return new PlaceOrderResult.Created(order, "/orders/" + order.Id.ToString(CultureInfo.InvariantCulture));
        }

        return new PlaceOrderResult.TooManyRequests(wait);
    }
}

/// <summary>An in-memory store that takes at most three orders per ten seconds.</summary>
internal sealed class OrderStore
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private const int OrdersPerWindow = 3;

    private readonly ConcurrentDictionary<int, Order> _orders = new() { [1] = new Order(1, "Widget", 2) };
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private DateTimeOffset _windowStart;
    private int _inWindow;
    private int _lastId = 1;

    public OrderStore()
        : this(TimeProvider.System)
    {
    }

    public OrderStore(TimeProvider clock)
    {
        _clock = clock;
        _windowStart = clock.GetUtcNow();
    }

    public Order? Find(int id) => _orders.TryGetValue(id, out var order) ? order : null;

    /// <summary>Takes a place in the current window, or says how long until the next one opens.</summary>
    public bool TryReserve(out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _inWindow = 0;
            }

            wait = _windowStart + Window - now;
            return ++_inWindow <= OrdersPerWindow;
        }
    }

    public Task<Order> AddAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var order = new Order(Interlocked.Increment(ref _lastId), request.Item, request.Quantity);
        _orders[order.Id] = order;
        return Task.FromResult(order);
    }
}
