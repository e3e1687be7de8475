using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class QuestionReaderHoldsTests
{
    [Theory]
    [InlineData("Die Stadt investiert 1,2 Millionen Euro in die Schulen.", Cue.Cost, true)]
    [InlineData("Die Stadt investiert in die Schulen.", Cue.Cost, false)]
    [InlineData("Es gibt 14 Spielplätze in der Stadt.", Cue.Quantity, true)]
    [InlineData("Die Spielplätze werden erneuert.", Cue.Quantity, false)]
    [InlineData("Eine Anmeldung ist nicht nötig.", Cue.Quantity, false)]
    [InlineData("Die Bauarbeiten beginnen am 9. Juni 2020.", Cue.When, true)]
    [InlineData("Anmeldungen nimmt die Kita-Leitung, Frau Petra Sommer, ab sofort entgegen.", Cue.Person, true)]
    [InlineData("Leiter der Bücherei ist seit Mai Dr. Jan Brandt.", Cue.Person, true)]
    [InlineData("Die Kita-Leitung nimmt ab sofort Anmeldungen entgegen.", Cue.Person, true)]
    [InlineData("Die Anmeldungen werden ab sofort entgegengenommen.", Cue.Person, false)]
    [InlineData("Frauen und Männer können sich melden.", Cue.Person, false)]
    [InlineData("Der Kreis hat im September die Genehmigung erteilt.", Cue.Person, true)]
    [InlineData("Träger der neuen Kita ist das Rote Kreuz.", Cue.Person, true)]
    [InlineData("Den Vorsitz hat der Heimatverein.", Cue.Person, true)]
    [InlineData("Insgesamt entstehen neue Plätze.", Cue.Person, false)]
    [InlineData("Die Bauarbeiten beginnen bald.", Cue.When, true)]
    [InlineData("Die Tonne wird vierwöchentlich geleert.", Cue.When, true)]
    [InlineData("Die Leerung ist 14-täglich.", Cue.When, true)]
    [InlineData("Die Kirchstraße wird ab dem 13. April 2026 saniert.", Cue.When, true)]
    [InlineData("Der neue Abfallkalender kommt ab dem 30. November in alle Haushalte.", Cue.When, true)]
    [InlineData("Die Gebühren gelten ab 1. Januar.", Cue.When, true)]
    [InlineData("Die Bauzeit ist bis September 2027 angesetzt.", Cue.When, true)]
    [InlineData("Bauzeit bis September 2027.", Cue.When, true)]
    [InlineData("Die Bauarbeiten sind aufwendig.", Cue.When, false)]
    [InlineData("Der Umzug startet um 17:30 Uhr an der Kirche.", Cue.When, true)]
    [InlineData("Finanziert wird der Bau durch Zuschüsse des Landes.", Cue.Reason | Cue.Funding, true)]
    [InlineData("Weil die Nachfrage groß ist, wurden Testversionen angefordert.", Cue.Reason | Cue.Funding, false)]
    [InlineData("Weil die Nachfrage groß ist, wurden Testversionen angefordert.", Cue.Reason, true)]
    [InlineData("Hintergrund ist der Rechtsanspruch auf einen Ganztagsplatz.", Cue.Reason, true)]
    [InlineData("Als Gründe für die Lücke nannte der Kämmerer die Kreisumlage.", Cue.Reason, true)]
    [InlineData("Der Kämmerer begründete den Schritt mit der Reform.", Cue.Reason, true)]
    [InlineData("Die Halle bleibt aus Kostengründen geschlossen.", Cue.Reason, true)]
    [InlineData("Um ein Defizit zu vermeiden, steigt der Hebesatz.", Cue.Reason, true)]
    [InlineData("Die Grundschule bekommt einen Anbau.", Cue.Reason, false)]
    [InlineData("Der Markt beginnt um 11 Uhr, zu sehen sind Stände.", Cue.Reason, false)]
    [InlineData("2,1 Millionen Euro kommen aus dem Landesprogramm.", Cue.Reason | Cue.Funding, true)]
    [InlineData("Das Preisgeld stiftet die Volksbank.", Cue.Reason | Cue.Funding, true)]
    [InlineData("75 Prozent der Kosten übernimmt das Land.", Cue.Reason | Cue.Funding, true)]
    [InlineData("Die Investition finanziert die Stadt über einen Kredit.", Cue.Reason | Cue.Funding, true)]
    [InlineData("Das Land fördert den Betrieb mit einer Pauschale.", Cue.Reason | Cue.Funding, true)]
    [InlineData("Die Bürgerinitiative fordert eine neue Ampel.", Cue.Reason | Cue.Funding, false)]
    [InlineData("Das bisherige Gerätehaus stammt aus dem Jahr 1958.", Cue.Reason | Cue.Funding, false)]
    [InlineData("Die Orgel stammt aus dem 18. Jahrhundert.", Cue.Reason | Cue.Funding, false)]
    [InlineData("Das Geld stammt aus der Sportpauschale des Landes.", Cue.Reason | Cue.Funding, true)]
    [InlineData("Die Besucher kommen gern zum Markt.", Cue.Reason | Cue.Funding, false)]
    [InlineData("Träger ist der DRK-Kreisverband.", Cue.Person, true)]
    [InlineData("Fragen beantwortet die Klimaschutzmanagerin der Stadt.", Cue.Person, true)]
    [InlineData("Ansprechpartner ist das Team im Erdgeschoss.", Cue.Person, true)]
    [InlineData("Die Halle steht an der Lindenstraße.", Cue.Address, true)]
    [InlineData("Die Feier wurde am Dienstag eröffnet.", Cue.Address, false)]
    [InlineData("Der Eintritt ist frei.", Cue.Cost, true)]
    [InlineData("Hunde aus dem Tierheim sind zwei Jahre von der Steuer befreit.", Cue.Cost, true)]
    [InlineData("Der Ausweis ist für Kinder kostenlos.", Cue.Cost, true)]
    [InlineData("Die Freiheit der Kunst gilt auch hier.", Cue.Cost, false)]
    [InlineData("Die Bauzeit beträgt acht Monate.", Cue.Duration, true)]
    [InlineData("Einspruch kann innerhalb eines Monats eingelegt werden.", Cue.Duration, true)]
    [InlineData("Die Arbeiten werden sich bis 2022 hinziehen.", Cue.Duration, true)]
    [InlineData("The works take 3 weeks.", Cue.Duration, true)]
    [InlineData("Die 40 Jahre alten Rohre werden ersetzt.", Cue.Duration, false)]
    [InlineData("Die Brücke ist 80 Jahre alt.", Cue.Duration, false)]
    [InlineData("Diesen beschlossen sie am Ende einstimmig.", Cue.Duration, false)]
    [InlineData("Der Rat tagt am Dienstag.", Cue.Duration, false)]
    [InlineData("Die Straße bleibt bis zum 18. Dezember gesperrt.", Cue.Duration, true)]
    [InlineData("Anmeldungen sind bis spätestens 15.3. möglich.", Cue.Duration, true)]
    [InlineData("Die Straße ist von Freitag bis Montag, 24. August, gesperrt.", Cue.Duration, true)]
    [InlineData("Der Markt hat samstags bis 19 Uhr geöffnet.", Cue.Duration, true)]
    [InlineData("Mitmachen können Kinder von 6 bis 12 Jahren.", Cue.Duration, false)]
    [InlineData("Fahren darf, wer ab 21 Jahren einen Führerschein hat.", Cue.Duration, false)]
    [InlineData("Kinder unter drei Jahren zahlen nichts.", Cue.Duration, false)]
    [InlineData("Damit steigt der Hebesatz von 610 auf 655 Prozentpunkte.", Cue.Change, true)]
    [InlineData("Die Gebühr sinkt von bisher 1,50 Euro auf 1,20 Euro.", Cue.Change, true)]
    [InlineData("Der Hebesatz wird um 45 Punkte angehoben.", Cue.Change, true)]
    [InlineData("Der Ausweis kostet dann 310 Euro statt bisher 290 Euro.", Cue.Change, true)]
    [InlineData("Für eine Wohnung sind das rund 27 Euro mehr im Jahr.", Cue.Change, true)]
    [InlineData("Der Hebesatz steigt auf 655 Prozentpunkte.", Cue.Change, false)]
    [InlineData("Ein Defizit von 1,8 Millionen Euro wird aus der Rücklage gedeckt.", Cue.Change, false)]
    [InlineData("Die Sitzung beginnt um 17 Uhr im Ratssaal.", Cue.Change, false)]
    [InlineData("Der Markt öffnet um 10.30 Uhr.", Cue.Change, false)]
    [InlineData("Es gibt mehr als 2500 Schulen im Land.", Cue.Change, false)]
    public void Holds_answers_from_the_sentence_the_first_time_and_every_time_after(string sentence, Cue wanted, bool expected)
    {
        var reader = new QuestionReader(new DateUnderstanding());

        Assert.Equal(expected, reader.Holds(sentence, wanted, english: false));
        Assert.Equal(expected, reader.Holds(sentence, wanted, english: false));
    }

    [Fact]
    public void Holds_asked_for_another_kind_is_not_answered_from_what_was_remembered_for_the_first()
    {
        var reader = new QuestionReader(new DateUnderstanding());
        const string sentence = "Die Bauarbeiten beginnen am 9. Juni.";

        Assert.True(reader.Holds(sentence, Cue.When, english: false));
        Assert.False(reader.Holds(sentence, Cue.Cost, english: false));
        Assert.True(reader.Holds(sentence, Cue.When, english: false));
    }

    [Fact]
    public void Holds_more_sentences_than_its_bound_still_answers_each_right()
    {
        var reader = new QuestionReader(new DateUnderstanding());

        for (var i = 0; i <= QuestionReader.HeldSentencesBound; i++)
        {
            reader.Holds($"Satz {i} ohne Betrag.", Cue.Cost, english: false);
        }

        Assert.True(reader.Holds("Der Eintritt kostet 5 Euro.", Cue.Cost, english: false));
        Assert.False(reader.Holds("Der Eintritt ist im Winter geschlossen.", Cue.Cost, english: false));
    }
}
