using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

/// <summary>
/// The words by which a knowledge sentence shows a reason without a connector (a defect, a lack, a necessity explained
/// after a colon), where money comes from, and how something is done; and the words that look like them but are not.
/// </summary>
public sealed class ReasonSourceAndProcedureMarkerTests
{
    private readonly QuestionReader _reader = new(new DateUnderstanding());

    [Theory]
    [InlineData("Das alte Gerätehaus aus dem Jahr 1971 ist zu klein für die heutigen Fahrzeuge.", true)]
    [InlineData("Die Halle entsprach nicht mehr den Vorschriften des Brandschutzes.", true)]
    [InlineData("Ein Pilzbefall macht die alten Eichen umsturzgefährdet.", true)]
    [InlineData("Bei der Prüfung wurden Schäden an den Lagern festgestellt.", true)]
    [InlineData("Der Steg muss erneuert werden: Das Holz ist an vielen Stellen morsch.", true)]
    [InlineData("Der Steg muss im Sommer erneuert werden.", false)]
    [InlineData("Da die Leitungen aus dem Jahr 1958 stammen, werden sie erneuert.", true)]
    [InlineData("Der Förderbescheid über 2 Millionen Euro ist da.", false)]
    [InlineData("Der Rat hat beschlossen, die Schule um einen Anbau zu erweitern.", false)]
    [InlineData("Die Arbeiten liegen in den Ferien, um den Schulbus nicht zu behindern.", true)]
    [InlineData("Die neue Drehleiter kommt im Frühjahr.", false)]
    [InlineData("Die Bahnsteige werden erhöht, damit Fahrgäste stufenlos einsteigen können.", true)]
    [InlineData("Die Arbeiten waren damit zwei Wochen früher fertig als geplant.", false)]
    public void A_sentence_gives_a_reason_by_a_state_or_a_connector_that_opens_its_clause(string sentence, bool expected) =>
        Assert.Equal(expected, _reader.Holds(sentence, Cue.Reason, english: false));

    [Theory]
    [InlineData("Das Preisgeld stellt die Sparkasse am Ort zur Verfügung.", true)]
    [InlineData("Für den Umbau hat der Kreis 200.000 Euro bereitgestellt.", true)]
    [InlineData("Die Arbeiten werden aus dem Abwasserhaushalt bezahlt.", true)]
    [InlineData("Die Tafel versorgt 180 Haushalte mit Lebensmitteln.", false)]
    [InlineData("Insgesamt stehen 40 Plätze zur Verfügung.", false)]
    public void A_sentence_names_where_money_comes_from_not_households_or_food(string sentence, bool expected) =>
        Assert.Equal(expected, _reader.Holds(sentence, Cue.Reason | Cue.Funding, english: false));

    [Theory]
    [InlineData("Das Geld stammt aus dem Klimaschutzfonds der Stadt.", true)]
    [InlineData("Bezahlt wird die Sanierung über die Abwassergebühren.", true)]
    [InlineData("Die Kosten von 2,4 Millionen Euro trägt der Kreis.", true)]
    [InlineData("Das Geld kommt aus dem Regionalbudget des Kreises.", true)]
    [InlineData("Die Stadt fördert jede Anlage mit 150 Euro.", false)]
    [InlineData("Wer ein Lastenrad kauft, erhält einen Zuschuss von 500 Euro.", false)]
    [InlineData("Die Arbeiten übernimmt eine Fachfirma aus der Region.", false)]
    [InlineData("Die Beihilfe selbst tragen Bund und Land je zur Hälfte.", true)]
    [InlineData("Bürger erhalten bis zu fünf Säcke je Haushalt.", false)]
    public void A_sentence_names_the_source_of_money_not_only_the_grant_given(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceMarkers.SaysSource(sentence));

    [Theory]
    [InlineData("Die Anmeldung geht über ein Online-Formular auf der Internetseite der Stadt.", true)]
    [InlineData("Eltern melden ihr Kind über den Kita-Planer des Kreises an.", true)]
    [InlineData("Mitzubringen sind das Halbjahreszeugnis und die Geburtsurkunde.", true)]
    [InlineData("Wer mitfahren möchte, meldet sich beim Vorsitzenden des Vereins.", true)]
    [InlineData("Bewerbungen reicht man bis zum 30. September schriftlich ein.", true)]
    [InlineData("Ab dem 1. April kann man den Zuschuss beantragen.", false)]
    [InlineData("Der Rat hat den Ausbau des Radwegs beschlossen.", false)]
    [InlineData("Schnelles Internet kommt in die Dörfer.", false)]
    public void A_sentence_says_how_something_is_done_not_only_that_it_can_be(string sentence, bool expected) =>
        Assert.Equal(expected, _reader.Holds(sentence, Cue.Procedure, english: false));

    [Theory]
    [InlineData("Die Anmeldung läuft ausschließlich über das Elternportal der Stadt.", true)]
    [InlineData("Anmeldungen nimmt die Kasse des Hallenbads persönlich oder telefonisch entgegen.", true)]
    [InlineData("Eltern können ihr Kind vom 2. bis zum 30. November anmelden.", false)]
    [InlineData("Anmeldeschluss ist spätestens am 15. Mai.", false)]
    [InlineData("Anmelden kann man sich kostenlos auf stadtradeln.de.", true)]
    [InlineData("Fragen beantwortet Lea Brink unter forst@beispielstadt.de.", true)]
    [InlineData("Die Stadt hat rund 1.500 Euro gesammelt, d.h. mehr als im Vorjahr.", false)]
    [InlineData("Eine Anmeldung ist nicht erforderlich.", true)]
    public void A_sentence_says_the_way_not_only_by_when(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceMarkers.SaysWay(sentence));
}
