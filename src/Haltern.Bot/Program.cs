using Haltern.Bot.Hosting;

// The content root is the application's folder unless --contentRoot says otherwise: see ApplicationFolder.
var builder = WebApplication.CreateBuilder(ApplicationFolder.Options(args));

builder.Services.AddHalternBot(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseBotHardening();

// CORS for the chat's token endpoint and the Direct Line API (WebChat:AllowedOrigins).
app.UseCors();

app.MapBotEndpoints();

app.Run();

/// <summary>The web host; public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
