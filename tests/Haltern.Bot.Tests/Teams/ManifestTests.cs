using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haltern.TeamsAppPackage;

namespace Haltern.Bot.Tests.Teams;

/// <summary>The Teams app package: template, placeholders, icons, and validation against the official schema offline.</summary>
public sealed class ManifestTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "haltern-manifest-" + Guid.NewGuid().ToString("N"));

    public ManifestTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static Dictionary<string, string> Values() => AppPackage.Values(
        TeamsTools.ManifestFolder,
        new Dictionary<string, string?>(),
        new Dictionary<string, string> { ["TEAMS_APP_ID"] = Guid.NewGuid().ToString(), ["BOT_ID"] = Guid.NewGuid().ToString() });

    private string Unzip(string zip)
    {
        var folder = Path.Combine(_work, "unzipped");
        ZipFile.ExtractToDirectory(zip, folder);
        return folder;
    }

    [Fact]
    public void Template_targets_schema_1_22_with_the_three_scopes_and_keeps_ids_as_placeholders()
    {
        var template = File.ReadAllText(Path.Combine(TeamsTools.ManifestFolder, "manifest.json"));
        var manifest = JsonNode.Parse(template)!;

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        Assert.Equal("${{TEAMS_APP_ID}}", (string?)manifest["id"]);
        Assert.Equal("${{BOT_ID}}", (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.DoesNotMatch(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", template);
        var commands = manifest["bots"]![0]!["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()).Select(c => (string?)c!["title"]).ToList();
        Assert.Contains("offene Fragen", commands);
        Assert.Contains("Statistik", commands);
        Assert.Contains("Wissensstand", commands);
    }

    [Fact]
    public async Task Filled_package_is_valid_against_the_official_teams_schema()
    {
        TeamsTools.NodeModule("@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json");
        var zip = Path.Combine(_work, "app.zip");

        AppPackage.Build(TeamsTools.ManifestFolder, Values(), zip);
        var folder = Unzip(zip);
        var (exitCode, output) = await TeamsTools.NodeAsync(TeamsTools.NodeFolder, "validate-manifest.js", folder);

        Assert.True(exitCode == 0, output);
        Assert.Empty(JsonNode.Parse(output)!["errors"]!.AsArray());
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.DoesNotContain("${{", File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_reports_a_broken_manifest()
    {
        TeamsTools.NodeModule("@microsoft/app-manifest");
        var zip = Path.Combine(_work, "app.zip");
        AppPackage.Build(TeamsTools.ManifestFolder, Values(), zip);
        var folder = Unzip(zip);
        var manifestFile = Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestFile))!;
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("everywhere");
        File.WriteAllText(manifestFile, manifest.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "en.json"), "{\"$schema\":\"https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json\",\"name.short\":\"" + new string('x', 40) + "\"}");

        var (exitCode, output) = await TeamsTools.NodeAsync(TeamsTools.NodeFolder, "validate-manifest.js", folder);

        Assert.Equal(1, exitCode);
        var errors = JsonNode.Parse(output)!["errors"]!.AsArray().Select(e => (string)e!).ToList();
        Assert.Contains(errors, e => e.Contains("/bots/0/scopes", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("en.json:", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_or_malformed_ids_are_named()
    {
        var template = File.ReadAllText(Path.Combine(TeamsTools.ManifestFolder, "manifest.json"));
        var values = AppPackage.Values(TeamsTools.ManifestFolder, new Dictionary<string, string?>(), new Dictionary<string, string> { ["BOT_ID"] = "not-a-guid" });

        var error = Assert.Throws<PackageException>(() => AppPackage.Fill(template, values));

        Assert.Contains("TEAMS_APP_ID is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("BOT_ID must be a GUID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_wins_over_teams_env_and_bot_id_falls_back_to_microsoft_app_id()
    {
        var appId = Guid.NewGuid().ToString();
        var values = AppPackage.Values(
            TeamsTools.ManifestFolder,
            new Dictionary<string, string?> { ["BOT_DOMAIN"] = "haltern-bot.example.org", ["MicrosoftAppId"] = appId },
            new Dictionary<string, string>());

        Assert.Equal("haltern-bot.example.org", values["BOT_DOMAIN"]);
        Assert.Equal(appId, values["BOT_ID"]);
        Assert.Equal("1.0.0", values["APP_VERSION"]);
    }

    [Fact]
    public void A_value_with_quotes_cannot_break_the_json()
    {
        var values = Values();
        values["BOT_DOMAIN"] = "evil\",\"x\":\"y";

        var manifest = AppPackage.Fill(File.ReadAllText(Path.Combine(TeamsTools.ManifestFolder, "manifest.json")), values);

        Assert.Equal("evil\",\"x\":\"y", (string?)JsonNode.Parse(manifest)!["validDomains"]![0]);
    }

    [Fact]
    public void Icons_have_the_sizes_teams_asks_for()
    {
        Assert.Equal((192, 192), Png.ReadSize(File.ReadAllBytes(Path.Combine(TeamsTools.ManifestFolder, "color.png"))));
        Assert.Equal((32, 32), Png.ReadSize(File.ReadAllBytes(Path.Combine(TeamsTools.ManifestFolder, "outline.png"))));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var outline = Png.Decode(File.ReadAllBytes(Path.Combine(TeamsTools.ManifestFolder, "outline.png")));

        var pixels = Enumerable.Range(0, outline.Width * outline.Height).Select(i => outline[i % outline.Width, i / outline.Width]).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Equal(0, outline[0, 0].A); // the corners are background
    }

    [Fact]
    public void Color_icon_is_opaque_and_uses_the_accent_colour()
    {
        var color = Png.Decode(File.ReadAllBytes(Path.Combine(TeamsTools.ManifestFolder, "color.png")));
        var accent = JsonNode.Parse(File.ReadAllText(Path.Combine(TeamsTools.ManifestFolder, "manifest.json")))!["accentColor"]!.GetValue<string>();

        Assert.All(Enumerable.Range(0, color.Width * color.Height), i => Assert.Equal(255, color[i % color.Width, i / color.Width].A));
        Assert.Equal($"#{IconPainter.Blue.R:X2}{IconPainter.Blue.G:X2}{IconPainter.Blue.B:X2}", accent);
        var corner = color[0, 0];
        Assert.Equal(IconPainter.Blue, (corner.R, corner.G, corner.B));
    }

    [Fact]
    public void Committed_icons_are_the_ones_the_program_draws()
    {
        Assert.Equal(IconPainter.Color().Pixels, Png.Decode(File.ReadAllBytes(Path.Combine(TeamsTools.ManifestFolder, "color.png"))).Pixels);
        Assert.Equal(IconPainter.Outline().Pixels, Png.Decode(File.ReadAllBytes(Path.Combine(TeamsTools.ManifestFolder, "outline.png"))).Pixels);
    }
}
