using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StatusGen.DocTests;

/// <summary>
/// A compiled web API block running on Kestrel at 127.0.0.1 on a free port: its entry point runs on a thread of its
/// own (<c>app.Run()</c> blocks), the host it builds is caught through the hosting DiagnosticListener events (as
/// WebApplicationFactory does), and disposing stops it.
/// </summary>
internal sealed class WebApp : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly IHost _host;
    private readonly Thread _thread;

    private WebApp(IHost host, Thread thread, Uri address)
    {
        _host = host;
        _thread = thread;
        Address = address;
    }

    public Uri Address { get; }

    public static WebApp Start(Assembly assembly)
    {
        using var capture = new HostCapture();
        Exception? failure = null;
        var entryPoint = assembly.EntryPoint ?? throw new InvalidOperationException("The web API block has no entry point.");
        var arguments = new[]
        {
            "--urls", "http://127.0.0.1:0",
            "--applicationName", assembly.GetName().Name!,
            "--Logging:LogLevel:Default", "Warning",
        };
        var thread = new Thread(() =>
        {
            try
            {
                entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : new object[] { arguments });
            }
            catch (Exception exception)
            {
                failure = exception;
                capture.Fail(exception);
            }
        })
        {
            IsBackground = true,
            Name = "doc web API " + assembly.GetName().Name,
        };
        thread.Start();

        if (!capture.Host.Wait(StartTimeout))
        {
            throw new TimeoutException("The web API block built no host within " + StartTimeout + ".");
        }

        var host = capture.Host.Result;
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopwatch = Stopwatch.StartNew();
        while (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            if (failure is not null || stopwatch.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException("The web API block did not start.", failure);
            }

            Thread.Sleep(20);
        }

        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? Array.Empty<string>();
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("The web API block listens nowhere.");
        return new WebApp(host, thread, new Uri(address));
    }

    public void Dispose()
    {
        _host.StopAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        _thread.Join(TimeSpan.FromSeconds(10));
    }

    /// <summary>Catches the first host built while it is subscribed.</summary>
    private sealed class HostCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly TaskCompletionSource<IHost> _host = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<IDisposable> _subscriptions = new();
        private readonly IDisposable _all;

        public HostCapture() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        public Task<IHost> Host => _host.Task;

        public void Fail(Exception exception) => _host.TrySetException(exception);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilt" && value.Value is IHost host)
            {
                _host.TrySetResult(host);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(subscription => subscription.Dispose());
            }
        }
    }
}
