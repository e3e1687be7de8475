using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// Thousands of mutated activities (types, fields, values, bytes; plain and Teams-shaped) against the real host: none gets a 5xx or an
/// Error in the log, and the bot still answers a citizen afterwards. Bounded in count and in time; replies go
/// in the response body or to a closed loopback port, never anywhere else.
/// </summary>
public sealed class FuzzTests
{
    private const int MaxRequests = 3000;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "typing", "invoke", "event", "messageReaction", "endOfConversation",
        "installationUpdate", "messageUpdate", "messageDelete", "contactRelationUpdate", "deleteUserData", "handoff",
        "trace", "suggestion", "command", "commandResult", "", " ", "MESSAGE", "mess\u0000age", "🤖", new string('t', 3000),
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "localTimestamp", "serviceUrl", "channelId", "from", "recipient", "conversation",
        "text", "textFormat", "locale", "speak", "inputHint", "attachments", "entities", "channelData", "replyToId",
        "membersAdded", "membersRemoved", "reactionsAdded", "value", "name", "deliveryMode", "suggestedActions",
        "relatesTo", "action", "topicName", "expiration", "importance", "listenFor", "semanticAction", "callerId",
    ];

    [Fact]
    public async Task Thousands_of_mutated_activities_no_server_error_and_the_bot_still_answers()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HALTERN_FUZZ_SEED"), out var s) ? s : 20260603; // another seed: HALTERN_FUZZ_SEED=n
        var random = new Random(seed);
        var bodies = Enumerable.Range(0, MaxRequests).Select(i => Mutate(random, i)).ToList();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var serverErrors = new System.Collections.Concurrent.ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, cancellationToken) =>
        {
            if (clock.Elapsed > MaxDuration)
            {
                return;
            }

            using var response = await host.PostActivityAsync(client, fuzz.Body, fuzz.Bearer, fuzz.ContentType);
            Interlocked.Increment(ref sent);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{(int)response.StatusCode}: {fuzz.Body[..Math.Min(400, fuzz.Body.Length)]}");
            }
        });

        using var after = await host.PostActivityAsync(client, ApiMessages.Message("Wie ist die Telefonnummer vom Bürgerbüro?", "after-fuzz").ToString());
        var replies = await ApiMessages.RepliesAsync(after);

        Assert.True(sent >= 1000, $"Only {sent} requests were sent in {MaxDuration}.");
        Assert.True(serverErrors.IsEmpty, string.Join("\n", serverErrors.Take(3)) + "\n" + string.Join("\n", host.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Text[..Math.Min(1500, e.Text.Length)]).Take(2)));
        Assert.Contains(statuses.Keys, s => s == 200); // the mutations did not only produce rejections
        Assert.Contains(statuses.Keys, s => s == 400);
        var errors = host.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Text).Take(3).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(replies, r => (string?)r["type"] == "message" && !string.IsNullOrWhiteSpace((string?)r["text"]));
    }

    private sealed record Fuzz(string Body, string? Bearer, string ContentType);

    private static Fuzz Mutate(Random random, int index)
    {
        var activity = Seed(random);
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            MutateOnce(random, activity);
        }

        var body = activity.ToString(Formatting.None);
        if (index % 10 == 0)
        {
            body = MutateBytes(random, body);
        }

        var bearer = index % 17 == 0 ? RandomToken(random) : null;
        var contentType = index % 23 == 0 ? "text/plain" : index % 29 == 0 ? "application/json; charset=utf-8" : "application/json";
        return new Fuzz(body, bearer, contentType);
    }

    private static JObject Seed(Random random)
    {
        var text = random.Next(3) switch
        {
            0 => "Wie ist die Telefonnummer vom Bürgerbüro?",
            1 => "Wann hat der Bürgermeister Sprechstunde?",
            _ => "Was gibt es Neues?",
        };
        // A third of the seeds are Teams-shaped (channel data, a mention entity), so the Teams layer is fuzzed too.
        var activity = random.Next(3) == 0
            ? TeamsShapeTests.TeamsMessage(text: "<at>Haltern.Bot</at> " + text)
            : ApiMessages.Message(text, $"fuzz-{random.Next(200)}");
        activity["conversation"]!["id"] = $"fuzz-{random.Next(200)}";
        switch (random.Next(4))
        {
            case 0:
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JArray(new JObject { ["id"] = "user-1" }, new JObject { ["id"] = "bot" });
                break;
            case 1:
                activity["type"] = "invoke";
                activity["name"] = random.Next(2) == 0 ? "adaptiveCard/action" : "signin/verifyState";
                activity["value"] = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute" } };
                break;
        }

        return activity;
    }

    private static void MutateOnce(Random random, JObject activity)
    {
        var field = Fields[random.Next(Fields.Length)];
        switch (random.Next(12))
        {
            case 0:
                activity.Remove(field);
                break;
            case 1:
                activity[field] = JValue.CreateNull();
                break;
            case 2:
                activity[field] = RandomValue(random, 0);
                break;
            case 3:
                activity["type"] = Types[random.Next(Types.Length)];
                break;
            case 4:
                activity[field] = RandomString(random, random.Next(2) == 0 ? 20 : 5000);
                break;
            case 5:
                activity.Remove("deliveryMode"); // replies then go to serviceUrl
                activity["serviceUrl"] = random.Next(3) switch
                {
                    0 => "http://127.0.0.1:9/",
                    1 => "http://192.0.2.1/", // not loopback: refused in anonymous mode, nothing is sent
                    _ => "http://localhost.invalid/",
                };
                break;
            case 6:
                if (activity["conversation"] is JObject conversation)
                {
                    conversation["id"] = random.Next(2) == 0 ? RandomString(random, 10) : RandomValue(random, 0);
                }

                break;
            case 7:
                activity["channelData"] = random.Next(3) switch
                {
                    0 => Nested(random.Next(2) == 0 ? 20 : 200),
                    1 => new JObject { ["tenant"] = RandomValue(random, 0), ["team"] = RandomValue(random, 0), ["channel"] = RandomValue(random, 0) },
                    _ => RandomValue(random, 0),
                };
                break;
            case 10:
                // A Teams field of the wrong shape: a mention whose parts are not what the SDK expects.
                activity["entities"] = new JArray(new JObject { ["type"] = "mention", ["mentioned"] = RandomValue(random, 0), ["text"] = RandomValue(random, 0) });
                break;
            case 11:
                activity[random.Next(2) == 0 ? "attachments" : "value"] = RandomValue(random, 0);
                break;
            case 8:
                activity["text"] = RandomString(random, random.Next(2) == 0 ? 600 : 40_000);
                break;
            default:
                activity[field] = new JArray(RandomValue(random, 1), JValue.CreateNull(), RandomValue(random, 1));
                break;
        }
    }

    private static JToken RandomValue(Random random, int depth) => random.Next(depth > 2 ? 5 : 7) switch
    {
        0 => new JValue(random.Next()),
        1 => new JValue(random.NextDouble() * 1e300),
        2 => new JValue(random.Next(2) == 0),
        3 => JValue.CreateNull(),
        4 => new JValue(RandomString(random, random.Next(40))),
        5 => new JArray(RandomValue(random, depth + 1), RandomValue(random, depth + 1)),
        _ => new JObject { ["id"] = RandomValue(random, depth + 1), ["name"] = RandomValue(random, depth + 1) },
    };

    private static JToken Nested(int depth)
    {
        JToken token = new JArray();
        for (var i = 0; i < depth; i++)
        {
            token = new JObject { ["n"] = token };
        }

        return token;
    }

    private static string RandomString(Random random, int length)
    {
        const string alphabet = "abcÄÖÜßé 0123456789<>&\"'\\/{}[]\u0000\u0007\u001b\u200b\u202e\ud83d\ude00\r\n\t%$*";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomToken(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        var token = new string(Enumerable.Range(0, 1 + random.Next(400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        return random.Next(2) == 0 ? token : "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + token;
    }

    private static string MutateBytes(Random random, string body) => random.Next(4) switch
    {
        0 => body[..random.Next(body.Length)],
        1 => body.Insert(random.Next(body.Length), "\u0000"),
        2 => body.Replace(':', random.Next(2) == 0 ? ',' : ';'),
        _ => body.Insert(random.Next(body.Length), new string('{', random.Next(1, 100))),
    };
}
