using Haltern.Bot.Hosting;

// The content root is the application's folder unless --contentRoot says otherwise: see ApplicationFolder.
var builder = WebApplication.CreateBuilder(ApplicationFolder.Options(args));
builder.AddHalternBot();

var app = builder.Build();
app.UseHalternBot();
app.MapHalternBot();
app.Run();

/// <summary>The web host; public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
