using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Tests.Answers.Strategies;

/// <summary>
/// "Muss ich für … was bezahlen?" asks what the citizen pays: the sentence that says it is free answers, not the
/// project's total cost.
/// </summary>
public sealed class WhatIPayTests : IDisposable
{
    private readonly AssistantHarness _town = new(
        [
            new Article
            {
                Id = "news/2026-09-01-nahwaerme.md",
                Title = "Nahwärme für das Neubaugebiet",
                Date = new DateOnly(2026, 9, 1),
                Teaser = "Die Stadtwerke bauen ein Nahwärmenetz.",
                Paragraphs =
                [
                    "Die Stadtwerke verlegen ab Oktober ein Nahwärmenetz im Neubaugebiet Am Hang.",
                    "Die Kosten betragen rund 3,2 Millionen Euro; die Hälfte zahlt das Land.",
                    "Der Hausanschluss ist für Eigentümer, die bis Ende Oktober unterschreiben, kostenlos.",
                ],
            },
        ],
        []);

    public void Dispose() => _town.Dispose();

    [Fact]
    public void What_I_pay_is_not_the_projects_cost()
    {
        var reply = _town.Ask("Muss ich für den Hausanschluss an die Nahwärme was bezahlen?");

        Assert.Contains("kostenlos", reply.Text);
        Assert.DoesNotContain("3,2 Millionen", reply.Text);
    }

    [Fact]
    public void The_answer_need_not_repeat_the_verb_of_paying()
    {
        var reply = _town.Ask("muss ich für den anschluss was zahlen?");

        Assert.Contains("kostenlos", reply.Text);
    }
}
