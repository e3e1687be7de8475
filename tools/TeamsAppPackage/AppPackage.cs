using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Haltern.TeamsAppPackage;

/// <summary>
/// Builds the Teams app package: <c>manifest.json</c> with its <c>${{NAME}}</c> placeholders filled, the
/// localization files it names, and the two icons, zipped flat as Teams admins upload it.
/// </summary>
public static partial class AppPackage
{
    /// <summary>Placeholders that must be GUIDs (the Teams app id and the bot's Microsoft Entra app id).</summary>
    public static readonly IReadOnlySet<string> GuidPlaceholders = new HashSet<string>(StringComparer.Ordinal) { "TEAMS_APP_ID", "BOT_ID" };

    /// <summary>The placeholder names used in a manifest template.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The values for the placeholders: <c>teams.env</c> beside the manifest, then environment variables of the
    /// same name, then <paramref name="overrides"/>. <c>BOT_ID</c> falls back to the bot's own <c>MicrosoftAppId</c>.
    /// </summary>
    public static Dictionary<string, string> Values(string manifestFolder, IReadOnlyDictionary<string, string?> environment, IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(manifestFolder);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(overrides);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var envFile = Path.Combine(manifestFolder, "teams.env");
        if (File.Exists(envFile))
        {
            foreach (var line in File.ReadAllLines(envFile))
            {
                var trimmed = line.Trim();
                var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
                if (trimmed.Length == 0 || trimmed.StartsWith('#') || equals <= 0)
                {
                    continue;
                }

                values[trimmed[..equals].Trim()] = trimmed[(equals + 1)..].Trim();
            }
        }

        foreach (var name in Placeholders(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json"))))
        {
            if (environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                values[name] = value.Trim();
            }
        }

        if (!values.ContainsKey("BOT_ID") && environment.TryGetValue("MicrosoftAppId", out var appId) && !string.IsNullOrWhiteSpace(appId))
        {
            values["BOT_ID"] = appId.Trim();
        }

        foreach (var (name, value) in overrides)
        {
            values[name] = value;
        }

        return values;
    }

    /// <summary>Fills the placeholders of a manifest template; throws naming every missing or malformed value.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        foreach (var name in Placeholders(template))
        {
            if (!values.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is not set");
            }
            else if (GuidPlaceholders.Contains(name) && !Guid.TryParse(value, out _))
            {
                problems.Add($"{name} must be a GUID");
            }
        }

        if (problems.Count > 0)
        {
            throw new PackageException("Cannot fill the manifest: " + string.Join("; ", problems) + ".");
        }

        // Values are inserted as JSON string content, so a quote in a value cannot break the manifest.
        return Placeholder().Replace(template, m => JsonEncodedText.Encode(values[m.Groups[1].Value]).ToString());
    }

    /// <summary>Writes the zip; returns the filled manifest.</summary>
    public static string Build(string manifestFolder, IReadOnlyDictionary<string, string> values, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(manifestFolder);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(zipPath);
        var manifest = Fill(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), values);
        using var document = JsonDocument.Parse(manifest);
        var root = document.RootElement;
        var files = new List<string>
        {
            root.GetProperty("icons").GetProperty("color").GetString()!,
            root.GetProperty("icons").GetProperty("outline").GetString()!,
        };
        if (root.TryGetProperty("localizationInfo", out var localization) && localization.TryGetProperty("additionalLanguages", out var languages))
        {
            files.AddRange(languages.EnumerateArray().Select(l => l.GetProperty("file").GetString()!));
        }

        foreach (var file in files.Where(f => !File.Exists(Path.Combine(manifestFolder, f))))
        {
            throw new PackageException($"The manifest names {file}, which is not in {manifestFolder}.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        File.Delete(zipPath);
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
            using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(manifest);
            }

            foreach (var file in files.Distinct(StringComparer.Ordinal))
            {
                zip.CreateEntryFromFile(Path.Combine(manifestFolder, file), file, CompressionLevel.Optimal);
            }
        }

        return manifest;
    }

    /// <summary>The nearest <c>manifest/</c> folder (holding manifest.json) upward from <paramref name="start"/>.</summary>
    public static string? FindManifestFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "manifest");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")]
    private static partial Regex Placeholder();
}

/// <summary>The package cannot be built as configured; the message says why.</summary>
public sealed class PackageException(string message) : Exception(message);
