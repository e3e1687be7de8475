using Haltern.Assistant.Import;
using Haltern.Bot.Hosting;

// `import FILE|DIR [--to knowledge/news] [--force]`: CMS page exports into article files; no web host.
if (args is ["import", ..])
{
    Environment.ExitCode = await ImportCommand.RunAsync(args[1..], Console.Out, Console.Error, ImportCommand.InvocationDirectory(), CancellationToken.None);
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHalternBot(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseBotHardening();

// CORS for the chat's token endpoint and the Direct Line API (WebChat:AllowedOrigins).
app.UseCors();

app.MapBotEndpoints();

app.Run();

/// <summary>The web host; public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
