using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Haltern.DirectLine;

/// <summary>
/// Limits requests per client IP address (ASP.NET Core's <see cref="PartitionedRateLimiter"/>, one limiter per client from
/// <see cref="IDirectLineRateLimitPartitions"/>); an endpoint filter answers 429 with <c>Retry-After</c> when the
/// client's permits are used up.
/// </summary>
public sealed class DirectLineRateLimiter : IEndpointFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public DirectLineRateLimiter(IDirectLineRateLimitPartitions partitions, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(options);
        _window = options.Value.RateLimitWindow;
        _limiter = PartitionedRateLimiter.Create<string, string>(partitions.Get);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        using var lease = await _limiter.AcquireAsync(ClientKey(http.Connection.RemoteIpAddress), 1, http.RequestAborted);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _window;
            return DirectLineError.TooMany("TooManyRequests", "Too many requests; try again later.", retryAfter);
        }

        return await next(context);
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>The client of a request: its IP address, IPv6 grouped by /64, since one host usually owns a whole /64.</summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "local";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes).ToString();
        }

        return address.ToString();
    }
}
