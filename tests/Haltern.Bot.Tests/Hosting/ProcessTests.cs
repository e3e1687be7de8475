using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>The bot as its own process over real HTTP: what README's run command gives a citizen or the judge.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Started_process_with_shipped_knowledge_answers_over_http()
    {
        var (bot, address) = await BotProcess.StartAsync();
        await using (bot)
        {
            using var http = new HttpClient { BaseAddress = address };
            var client = new EmulatorClient(http);

            var phone = await client.SayAsync("Wie erreiche ich das Bürgerbüro telefonisch?");
            var news = await client.SayAsync("Nachrichten aus dem Juni 2020");

            Assert.Contains("933-180", EmulatorClient.Visible(Assert.Single(phone)), StringComparison.Ordinal);
            var visible = EmulatorClient.Visible(Assert.Single(news));
            Assert.Contains("Schulen erhalten digitale Ausstattung", visible, StringComparison.Ordinal);
            Assert.DoesNotContain("keine Meldungen", visible, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Started_process_with_another_knowledge_folder_answers_from_it()
    {
        var (bot, address) = await BotProcess.StartAsync(["--Knowledge:Path=" + RepositoryPaths.TestData("Eval", "Towns", "Testtown")]);
        await using (bot)
        {
            using var http = new HttpClient { BaseAddress = address };

            var replies = await new EmulatorClient(http).SayAsync("Telefonnummer Standesamt");

            Assert.Contains("100-300", EmulatorClient.Visible(Assert.Single(replies)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Started_process_with_a_missing_knowledge_folder_stops_and_names_the_folder()
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(["--Knowledge:Path=/nowhere/knowledge"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("/nowhere/knowledge", output, StringComparison.Ordinal);
    }
}
