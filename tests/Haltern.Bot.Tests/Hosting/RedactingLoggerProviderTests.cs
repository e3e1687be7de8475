using Haltern.Bot.Hosting;

namespace Haltern.Bot.Tests.Hosting;

public sealed class RedactingLoggerProviderTests
{
    [Fact]
    public void Credentials_are_redacted_from_any_text()
    {
        Assert.Equal("GET /v3/directline/conversations/a/stream?t=[redacted]&watermark=3", RedactingLoggerProvider.Redact("GET /v3/directline/conversations/a/stream?t=eyJhbGciOi.x-y_z&watermark=3"));
        Assert.Equal("Authorization: Bearer [redacted]", RedactingLoggerProvider.Redact("Authorization: Bearer abc.DEF-123_x"));
        Assert.Equal("Started a Direct Line conversation; 3 open", RedactingLoggerProvider.Redact("Started a Direct Line conversation; 3 open"));
    }
}
