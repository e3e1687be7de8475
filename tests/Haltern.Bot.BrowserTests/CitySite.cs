using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Haltern.Bot.BrowserTests;

/// <summary>
/// A city's website on its own origin (a free loopback port, addressed as <c>localhost</c>, so it is another site
/// than the bot on 127.0.0.1, as a city's CMS is): a few pages, each with the one script tag of the widget.
/// </summary>
public sealed class CitySite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CitySite(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>The site's origin, as browsers send it: <c>http://localhost:PORT</c>.</summary>
    public Uri Origin { get; }

    /// <summary>The origin without a trailing slash, as <c>WebChat:AllowedOrigins</c> takes it.</summary>
    public string OriginText => Origin.GetLeftPart(UriPartial.Authority);

    /// <summary>Where the bot is; set before the first page is served.</summary>
    public Uri? Bot { get; set; }

    public Uri Page(string path) => new(Origin, path);

    /// <summary>
    /// Serves <c>/{page}?lang=de|en&amp;transport=polling</c>: a page of the city with its own styles and links to
    /// the other pages, and the widget's script tag as a web team adds it.
    /// </summary>
    public static async Task<CitySite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        CitySite? site = null;
        app.MapGet("/{page}", (string page, string? lang, string? transport, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(Html(site!, page, lang ?? "de", transport), "text/html; charset=utf-8");
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        site = new CitySite(app, new Uri($"http://localhost:{address.Port}/"));
        return site;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static string Html(CitySite site, string page, string lang, string? transport)
    {
        var bot = site.Bot ?? throw new InvalidOperationException("CitySite.Bot is not set.");
        var title = WebUtility.HtmlEncode(char.ToUpperInvariant(page[0]) + page[1..]);
        var attributes = transport == "polling" ? " data-transport=\"polling\"" : string.Empty;
        var query = lang == "de" ? string.Empty : $"?lang={WebUtility.UrlEncode(lang)}";
        var paragraph = string.Concat(Enumerable.Repeat(
            "Die Stadt Haltern am See informiert über ihre Dienstleistungen, Öffnungszeiten und Ansprechpartner. ", 12));
        return $$"""
            <!DOCTYPE html>
            <html lang="{{WebUtility.HtmlEncode(lang)}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}} – Stadt Haltern am See</title>
              <style>
                body { margin: 0; font-family: Georgia, serif; color: #222222; background: #fffdf8; }
                header, main, footer { padding: 1rem; }
                header { background: #7a1f1f; }
                header a { color: #ffffff; margin-right: 1rem; }
                button, iframe { border: 5px dashed #ff00ff; }
              </style>
              <script>window.__keysBefore = Object.keys(window);</script>
            </head>
            <body>
              <header><nav aria-label="Hauptnavigation"><a href="/buergerbuero{{query}}">Bürgerbüro</a><a href="/standesamt{{query}}">Standesamt</a><a href="/abfall{{query}}">Abfall</a></nav></header>
              <main>
                <h1>{{title}}</h1>
                <p>{{paragraph}}</p>
                <p><a href="#haltern-bot-chat">Fragen Sie den Haltern.Bot</a></p>
              </main>
              <footer><p>Stadt Haltern am See</p></footer>
              <script src="{{bot.GetLeftPart(UriPartial.Authority)}}/embed.js" defer{{attributes}}></script>
            </body>
            </html>
            """;
    }
}
