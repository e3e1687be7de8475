using System.ComponentModel.DataAnnotations;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// Configuration section <c>Handoff</c>: how long a citizen's request to staff is kept, and the SMTP server that
/// delivers an answer by e-mail when the citizen's chat has closed (no <see cref="SmtpHost"/>: no e-mail is
/// offered or sent).
/// </summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>Days a request (question, the citizen's chat address, an e-mail address) is kept at most.</summary>
    [Range(1, 366)]
    public int RetentionDays { get; set; } = 14;

    /// <summary>At most this many requests are kept by the in-memory store (<c>ConversationStore:Store</c> Memory).</summary>
    [Range(1, 1_000_000)]
    public int MaxRequests { get; set; } = 10_000;

    /// <summary>The SMTP server's host name; empty: answers are delivered in the chat only.</summary>
    public string SmtpHost { get; set; } = string.Empty;

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>
    /// <c>StartTls</c> (default: the connection must be encrypted), <c>SslOnConnect</c>, or <c>None</c> (only for a
    /// server on the same machine or in tests).
    /// </summary>
    [RegularExpression("^(StartTls|SslOnConnect|None)$")]
    public string SmtpSecurity { get; set; } = "StartTls";

    /// <summary>User name for SMTP authentication; empty: none.</summary>
    public string SmtpUserName { get; set; } = string.Empty;

    /// <summary>Password for SMTP authentication: from the environment or user secrets, never in appsettings.json.</summary>
    public string SmtpPassword { get; set; } = string.Empty;

    /// <summary>The sender address of answers by e-mail.</summary>
    public string SmtpFrom { get; set; } = string.Empty;

    /// <summary>True when answers can be sent by e-mail.</summary>
    public bool MailConfigured => !string.IsNullOrWhiteSpace(SmtpHost) && !string.IsNullOrWhiteSpace(SmtpFrom);

    /// <summary>How long a request is kept.</summary>
    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
