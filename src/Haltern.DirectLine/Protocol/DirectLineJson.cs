using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Haltern.DirectLine;

/// <summary>Activities are Newtonsoft-shaped (the Bot Framework schema); these settings read and write them.</summary>
public static class DirectLineJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 32,
        Formatting = Formatting.None,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static Activity? DeserializeActivity(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings);
}
