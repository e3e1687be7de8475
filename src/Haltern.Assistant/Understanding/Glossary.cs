using System.Text.RegularExpressions;

namespace Haltern.Assistant.Understanding;

/// <summary>
/// The German words for the English words citizens use about a town's offices and news ("school", "pool",
/// "cycle path"), so that an English question meets a German knowledge folder. Language, not knowledge: no office,
/// article or fact of a town is named here, only the words any German town writes for these things. The search
/// uses a translation only where the index holds it, as another form of the English word. Words German writes the
/// same ("park", "bus", "plan", "digital") need no entry: the English word meets them as it is.
/// </summary>
public static partial class Glossary
{
    private static readonly Dictionary<string, string[]> Entries = new(StringComparer.OrdinalIgnoreCase)
    {
        // Schools, children, families
        ["school"] = ["Schule", "Schulen"],
        ["pupil"] = ["Schüler", "Schülerinnen"],
        ["student"] = ["Schüler", "Schülerinnen", "Studierende"],
        ["teacher"] = ["Lehrer", "Lehrerinnen", "Lehrkräfte", "Lehrpersonen"],
        ["classroom"] = ["Klassenzimmer", "Klassenräume"],
        ["parent"] = ["Eltern"],
        ["child"] = ["Kind", "Kinder"],
        ["children"] = ["Kind", "Kinder"],
        ["daycare"] = ["Kita", "Kindertagesstätte", "Kindergarten"],
        ["day care"] = ["Kita", "Kindertagesstätte", "Kindergarten"],
        ["kindergarten"] = ["Kita", "Kindergarten"],
        ["nursery"] = ["Kita", "Kindergarten"],
        ["youth office"] = ["Jugendamt"],
        ["youth"] = ["Jugend", "Jugendliche"],
        ["digitalisation"] = ["Digitalisierung"],
        ["digitalization"] = ["Digitalisierung"],
        ["digitisation"] = ["Digitalisierung"],
        ["wifi"] = ["WLAN"],
        ["wi-fi"] = ["WLAN"],
        ["cabling"] = ["Verkabelung"],
        ["equipment"] = ["Ausstattung"],
        // Leisure
        ["pool"] = ["Schwimmbad", "Hallenbad", "Freibad", "Bad"],
        ["swimming pool"] = ["Schwimmbad", "Hallenbad", "Freibad", "Bad"],
        ["indoor pool"] = ["Hallenbad"],
        ["outdoor pool"] = ["Freibad"],
        ["open-air pool"] = ["Freibad"],
        ["library"] = ["Bücherei", "Bibliothek", "Stadtbücherei", "Stadtbibliothek"],
        ["playground"] = ["Spielplatz"],
        ["event"] = ["Veranstaltung", "Veranstaltungen"],
        ["concert"] = ["Konzert"],
        ["festival"] = ["Fest"],
        ["christmas market"] = ["Weihnachtsmarkt"],
        ["market"] = ["Markt"],
        ["lake"] = ["See"],
        ["fountain"] = ["Brunnen", "Trinkbrunnen"],
        ["drinking fountain"] = ["Trinkbrunnen"],
        // Streets, building, transport
        ["cycle path"] = ["Radweg"],
        ["bike path"] = ["Radweg"],
        ["bike lane"] = ["Radweg", "Radfahrstreifen"],
        ["cycle lane"] = ["Radweg", "Radfahrstreifen"],
        ["road"] = ["Straße"],
        ["street"] = ["Straße"],
        ["bridge"] = ["Brücke"],
        ["roadworks"] = ["Baustelle", "Bauarbeiten"],
        ["construction"] = ["Bau", "Bauarbeiten", "Baustelle"],
        ["renovation"] = ["Sanierung", "Renovierung"],
        ["refurbishment"] = ["Sanierung", "Renovierung"],
        ["building permit"] = ["Baugenehmigung", "Bauantrag"],
        ["parking"] = ["Parken", "Parkplatz", "Parkplätze"],
        ["train"] = ["Zug", "Bahn"],
        ["works"] = ["Arbeiten", "Bauarbeiten"],
        // Money
        ["funding"] = ["Förderung", "Fördermittel", "Zuschuss"],
        ["grant"] = ["Förderung", "Fördermittel", "Zuschuss"],
        ["subsidy"] = ["Förderung", "Zuschuss"],
        ["tax"] = ["Steuer"],
        ["property tax"] = ["Grundsteuer"],
        ["dog tax"] = ["Hundesteuer"],
        ["fee"] = ["Gebühr", "Gebühren", "Beitrag"],
        ["application"] = ["Antrag", "Anträge"],
        ["apply"] = ["beantragen", "Antrag"],
        ["register"] = ["anmelden", "Anmeldung"],
        ["registration"] = ["Anmeldung"],
        ["renew"] = ["verlängern", "Verlängerung"],
        ["pick up"] = ["abholen"],
        ["collect"] = ["abholen"],
        // Town hall and offices
        ["council"] = ["Rat", "Stadtrat"],
        ["committee"] = ["Ausschuss"],
        ["meeting"] = ["Sitzung"],
        ["registry office"] = ["Standesamt"],
        ["wedding"] = ["Hochzeit", "Trauung", "Eheschließung"],
        ["marriage"] = ["Hochzeit", "Trauung", "Eheschließung"],
        ["passport"] = ["Reisepass", "Pass"],
        ["id card"] = ["Personalausweis", "Ausweis"],
        ["identity card"] = ["Personalausweis", "Ausweis"],
        ["fire brigade"] = ["Feuerwehr"],
        ["fire department"] = ["Feuerwehr"],
        ["waste"] = ["Abfall", "Müll"],
        ["rubbish"] = ["Abfall", "Müll"],
        ["garbage"] = ["Abfall", "Müll"],
        ["recycling centre"] = ["Wertstoffhof"],
        ["recycling center"] = ["Wertstoffhof"],
        ["leaves"] = ["Laub"],
        ["water"] = ["Wasser"],
        ["heat"] = ["Hitze"],
        ["cemetery"] = ["Friedhof"],
        ["hospital"] = ["Krankenhaus"],
    };

    /// <summary>
    /// The English words of <paramref name="text"/> the glossary knows, each with its German words; a word of a
    /// phrase it knows ("cycle path") gets the phrase's. Plurals are read as their singular ("schools", "libraries").
    /// </summary>
    public static IReadOnlyList<(string Word, IReadOnlyList<string> German)> Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        var found = new List<(string Word, IReadOnlyList<string> German)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && Lookup($"{words[i]} {Singular(words[i + 1])}") is { } phrase)
            {
                found.Add((words[i], phrase));
                found.Add((words[i + 1], phrase));
                i++;
                continue;
            }

            if ((Lookup(words[i]) ?? Lookup(Singular(words[i]))) is { } german)
            {
                found.Add((words[i], german));
            }
        }

        return found;
    }

    private static string[]? Lookup(string key) => Entries.TryGetValue(key, out var german) ? german : null;

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4 ? string.Concat(word.AsSpan(0, word.Length - 3), "y")
        : word.EndsWith('s') && word.Length > 3 && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? word[..^1]
        : word;

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")]
    private static partial Regex Word();
}
