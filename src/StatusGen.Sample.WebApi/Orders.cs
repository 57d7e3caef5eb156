using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace StatusGen.Sample.WebApi;

public sealed record Order(int Id, string Item, int Quantity);

public sealed record OrderRequest(string Item, int Quantity);

/// <summary>The endpoints: plain methods returning StatusResult&lt;Order&gt;, so every outcome is a value.</summary>
internal static class OrderEndpoints
{
    public static StatusResult<Order> Get(int id, OrderStore store)
    {
        if (store.Find(id) is not { } order)
        {
            return new StatusResult<Order>.NotFound(new StatusProblem(detail: $"There is no order {id}."));
        }

        return order; // implicit conversion to StatusResult<Order>.Ok
    }

    public static async Task<StatusResult<Order>> PlaceAsync(OrderRequest request, OrderStore store, CancellationToken cancellationToken)
    {
        if (request.Quantity <= 0)
        {
            return new StatusResult<Order>.UnprocessableContent(new StatusProblem(
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
            return new StatusResult<Order>.Created(order, "/orders/" + order.Id.ToString(CultureInfo.InvariantCulture));
        }

        return new StatusResult<Order>.TooManyRequests(wait);
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
