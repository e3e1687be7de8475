using Haltern.Assistant;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Hosting;

/// <summary>
/// Tells the citizen when a message was longer than the assistant reads. The cut itself happens in one place, the
/// domain (<see cref="AssistantOptions.MaxQuestionLength"/>); this adds the polite note to the first reply of that
/// turn, where the citizen sees it, in the reply's language, in text and in speech.
/// </summary>
public sealed class LongMessageNoteMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly IOptionsMonitor<AssistantOptions> _options;

    public LongMessageNoteMiddleware(IOptionsMonitor<AssistantOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var limit = _options.CurrentValue.MaxQuestionLength;
        var text = turnContext.Activity?.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        if (text is not null && text.Length > limit)
        {
            var noted = false;
            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                var reply = noted ? null : activities.FirstOrDefault(a => a.Type == ActivityTypes.Message && a.Text is not null);
                if (reply is not null)
                {
                    noted = true;
                    AddNote(reply, limit);
                }

                return await nextSend();
            });
        }

        await next(cancellationToken);
    }

    private static void AddNote(Activity reply, int limit)
    {
        var english = reply.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var note = english
            ? $"(Your message was very long, so I only read its first {limit} characters.)"
            : $"(Ihre Nachricht war sehr lang, daher habe ich nur die ersten {limit} Zeichen gelesen.)";
        reply.Text = $"{reply.Text}\n\n{note}";

        const string end = "</speak>";
        if (reply.Speak is { } speak && speak.LastIndexOf(end, StringComparison.Ordinal) is var at and >= 0)
        {
            reply.Speak = $"{speak[..at]}<break time=\"300ms\"/>{System.Security.SecurityElement.Escape(note)}{speak[at..]}";
        }
    }
}
