using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace StatusGen.WebTests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a port the OS picks, started before the tests of a class and stopped after
/// them, hosting minimal API endpoints that return <c>StatusResult&lt;Order&gt;</c>. The client does not follow
/// redirects and uses no proxy: the tests see exactly what the server sent.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class WebServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Every route endpoint of the app.</summary>
    internal IReadOnlyList<RouteEndpoint> Endpoints
        => ((IEndpointRouteBuilder)(_app ?? throw new InvalidOperationException("The server has not started.")))
            .DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(options => JsonSetup.Configure(options.SerializerOptions));

        _app = builder.Build();
        TestEndpoints.Map(_app);
        await _app.StartAsync();

        var address = _app.Urls.Single();
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
