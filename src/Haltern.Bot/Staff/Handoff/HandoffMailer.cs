using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>Sends an answer by e-mail through the configured SMTP server (<c>Handoff:Smtp*</c>), with MailKit.</summary>
public class HandoffMailer
{
    private readonly HandoffOptions _options;

    public HandoffMailer(IOptions<HandoffOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>True when answers can go by e-mail.</summary>
    public bool Configured => _options.MailConfigured;

    /// <summary>Sends one plain-text message; throws when the server cannot be reached or refuses it.</summary>
    public virtual async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(to);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.SmtpFrom));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        var security = _options.SmtpSecurity switch
        {
            "None" => SecureSocketOptions.None,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(_options.SmtpHost, _options.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(_options.SmtpUserName))
        {
            await client.AuthenticateAsync(_options.SmtpUserName, _options.SmtpPassword, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>True for something that reads as one e-mail address.</summary>
    public static bool IsAddress(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 254 && MailboxAddress.TryParse(text.Trim(), out var address)
        && address.Address.Contains('@', StringComparison.Ordinal) && address.Address.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)
        && address.Address.LastIndexOf('@') is var at && address.Address.IndexOf('.', at) > at + 1;
}
