using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

namespace Haltern.Assistant.Tests.Search;

/// <summary>The real Lucene index over a small knowledge set: compounds, spellings and typos found by analysis.</summary>
public sealed class KnowledgeSearchTests : IDisposable
{
    private readonly KnowledgeIndex _index = KnowledgeIndex.Build(new KnowledgeSet(
        [
            new Article
            {
                Id = "news/2024-05-01-bad.md",
                Title = "Hallenbad öffnet wieder",
                Date = new DateOnly(2024, 5, 1),
                Teaser = "Nach der Sanierung öffnet das Hallenbad am Montag.",
                Paragraphs = ["Der Eintritt kostet für Erwachsene 4,50 Euro. Dazu gehören Sauna und Wellenbad.", "Vormittags wird das Becken von Schulen genutzt.", "Schwimmkurse werden an der Kasse angemeldet."],
            },
        ],
        [
            new Service { Id = "services/buergerbuero.md", Title = "Bürgerbüro", Phone = "02364 933-180", Paragraphs = ["Das Bürgerbüro hilft Ihnen gern."] },
            new Service { Id = "services/sprechstunde.md", Title = "Sprechstunde des Bürgermeisters", Person = "Erika Muster", Paragraphs = ["Die Bürgermeisterin lädt ein. Eine Anmeldung ist nicht nötig."] },
        ],
        []));

    private readonly KnowledgeSearch _search = new();

    public void Dispose() => _index.Dispose();

    private ServiceHit? BestService(string question) =>
        _search.Services(_index, _search.Terms(_index, question, [])).FirstOrDefault();

    [Theory]
    [InlineData("Buergerbuero", "Bürgerbüro")]
    [InlineData("bürgerbüro", "Bürgerbüro")]
    [InlineData("Bürgerbüros", "Bürgerbüro")]
    [InlineData("Burgerbuero", "Bürgerbüro")]
    [InlineData("Bürgerbühro", "Bürgerbüro")]
    [InlineData("Bürgermeistersprechstunde", "Sprechstunde des Bürgermeisters")]
    [InlineData("Sprechstunde Buergermeister", "Sprechstunde des Bürgermeisters")]
    public void Services_spellings_compounds_and_typos_find_the_service(string question, string title)
    {
        var hit = BestService(question);

        Assert.NotNull(hit);
        Assert.Equal(title, hit.Service.Title);
        Assert.True(hit.Coverage >= 0.55, $"coverage {hit.Coverage}");
    }

    [Fact]
    public void Terms_unknown_compound_is_split_into_words_the_index_holds()
    {
        var term = Assert.Single(_search.Terms(_index, "Bürgermeistersprechstunde", []));

        Assert.Equal(2, term.Parts.Count);
    }

    [Fact]
    public void Passages_content_question_finds_the_sentence_that_holds_it()
    {
        var hit = _search.Passages(_index, _search.Terms(_index, "Wie viel kostet der Eintritt im Hallenbad?", ["kostet"])).First();

        Assert.Contains("4,50 Euro", hit.Sentence, StringComparison.Ordinal);
        Assert.Equal("news/2024-05-01-bad.md", hit.Article.Id);
    }

    [Fact]
    public void Terms_verb_the_index_holds_as_participle_carries_that_form()
    {
        var terms = _search.Terms(_index, "Wer nutzt das Becken?", []);

        var verb = Assert.Single(terms, t => t.Term.StartsWith("nutz", StringComparison.Ordinal));
        Assert.Contains("genutzt", verb.Forms);
        Assert.Empty(Assert.Single(terms, t => t.Term.StartsWith("beck", StringComparison.Ordinal)).Forms);
    }

    [Fact]
    public void Terms_participle_of_a_short_verb_meets_the_noun_of_its_stem_but_a_short_noun_keeps_its_t()
    {
        using var index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                new Article
                {
                    Id = "news/2026-05-20-mensa.md",
                    Title = "Neubau der Mensa",
                    Date = new DateOnly(2026, 5, 20),
                    Paragraphs = ["Der Bau dauert 14 Monate.", "Das Gas für die Küche liefern die Stadtwerke."],
                },
            ],
            [],
            []));

        var built = Assert.Single(_search.Terms(index, "gebaut", []));
        var guest = Assert.Single(_search.Terms(index, "Gast", []));

        Assert.Contains("bau", built.Forms);
        Assert.DoesNotContain("gas", guest.Forms);
    }

    [Theory]
    [InlineData("Wie lange dauert die Sperrung?", "sperrung", "gesperrt")]
    [InlineData("Wann wird der Weg gesperrt?", "gesperrt", "sperrung")]
    [InlineData("Wo wird gesammelt?", "gesammelt", "sammlung")]
    public void Terms_noun_of_an_action_and_its_verb_meet(string question, string term, string form)
    {
        using var index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                new Article
                {
                    Id = "news/2026-04-02-weg.md", Title = "Arbeiten am Uferweg", Date = new DateOnly(2026, 4, 2),
                    Paragraphs = ["Der Uferweg ist ab Montag drei Wochen gesperrt.", "Die Sperrung der Brücke folgt im Mai.", "Die Sammlung der Äste übernimmt der Bauhof."],
                },
            ],
            [],
            []));

        var word = Assert.Single(_search.Terms(index, question, []), t => t.Term == term);

        Assert.Contains(form, word.Forms);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.037)]
    [InlineData(0.103)]
    public void Coverage_of_a_word_met_by_its_form_is_that_of_a_form_whatever_the_words_weight(double weight)
    {
        var word = new QueryTerm("sperrung", [], IsCue: false) { Forms = ["gesperrt"], Weight = weight };

        Assert.True(KnowledgeSearch.Coverage([word], new HashSet<string>(["gesperrt"])) >= 0.9);
    }

    [Fact]
    public void Terms_noun_in_ung_whose_stem_is_another_noun_does_not_meet_it()
    {
        using var index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                new Article { Id = "news/2026-04-02-zeit.md", Title = "Neue Zeit", Date = new DateOnly(2026, 4, 2), Paragraphs = ["Die Zeit der Ausstellung ist kurz."] },
            ],
            [],
            []));

        var word = Assert.Single(_search.Terms(index, "Zeitung", []));

        Assert.DoesNotContain("zeit", word.Forms);
    }

    [Fact]
    public void Terms_verb_the_index_holds_in_no_other_form_carries_none()
    {
        var term = Assert.Single(_search.Terms(_index, "plant", []));

        Assert.Empty(term.Forms);
    }

    [Fact]
    public void Terms_verb_with_separable_prefix_carries_its_participle()
    {
        var verb = Assert.Single(_search.Terms(_index, "Wo kann ich Schwimmkurse anmelden?", []), t => t.Term.StartsWith("anmeld", StringComparison.Ordinal));

        Assert.Contains("angemeldet", verb.Forms);
    }

    [Theory]
    [InlineData("Was muss ich zur Anmeldung mitbringen?", "mitbring", "mitzubring")]
    [InlineData("Bis wann ist der Antrag einzureichen?", "einzureich", "eingereicht")]
    [InlineData("Wo kann ich mich ummelden?", "ummeld", "umgemeldet")]
    public void Terms_separable_verb_meets_its_participle_and_its_infinitive_with_zu(string question, string stem, string form)
    {
        using var index = KnowledgeIndex.Build(new KnowledgeSet(
            [
                new Article
                {
                    Id = "news/2026-02-05-schule.md", Title = "Anmeldung an der Gesamtschule", Date = new DateOnly(2026, 2, 5),
                    Paragraphs = ["Mitzubringen sind das Zeugnis und die Geburtsurkunde.", "Der Antrag wird im Sekretariat eingereicht.", "Der Wohnsitz wird im Bürgerbüro umgemeldet."],
                },
            ],
            [],
            []));

        var verb = Assert.Single(_search.Terms(index, question, []), t => t.Term.StartsWith(stem, StringComparison.Ordinal));

        Assert.Contains(form, verb.Forms);
    }

    [Fact]
    public void Passages_words_only_the_title_holds_answer_with_the_first_sentence()
    {
        var hit = _search.Passages(_index, _search.Terms(_index, "Hallenbad", [])).First();

        Assert.Equal("Nach der Sanierung öffnet das Hallenbad am Montag.", hit.Sentence);
        Assert.Equal(0, hit.Ordinal);
        Assert.Equal(1, hit.Coverage);
    }

    [Fact]
    public void Service_sentence_question_beyond_the_title_is_the_sentence_that_holds_it()
    {
        var service = _index.FindService("services/sprechstunde.md")!;

        var sentence = _search.ServiceSentence(_index, service, _search.Terms(_index, "Muss ich mich für die Sprechstunde des Bürgermeisters anmelden?", []));

        Assert.Equal("Eine Anmeldung ist nicht nötig.", sentence);
        Assert.Null(_search.ServiceSentence(_index, service, _search.Terms(_index, "Sprechstunde des Bürgermeisters", [])));
        Assert.Null(_search.ServiceSentence(_index, service, _search.Terms(_index, "Sprechstunde des Bürgermeisters Schwimmkurse", [])));
    }

    [Fact]
    public void Passages_question_with_the_verb_in_another_form_finds_the_sentence_and_covers_it()
    {
        var hit = _search.Passages(_index, _search.Terms(_index, "Wer nutzt das Becken?", [])).First();

        Assert.Contains("genutzt", hit.Sentence, StringComparison.Ordinal);
        Assert.True(hit.Coverage >= 0.9, $"coverage {hit.Coverage}");
    }

    [Fact]
    public void Search_unrelated_question_covers_nothing()
    {
        var terms = _search.Terms(_index, "Wie spät ist es in Tokio?", []);

        Assert.All(_search.Services(_index, terms), h => Assert.True(h.Coverage < 0.55));
        Assert.All(_search.Passages(_index, terms), h => Assert.True(h.Coverage < 0.55));
    }

    [Fact]
    public void Newest_articles_within_a_month_are_filtered_by_date()
    {
        Assert.Single(_index.NewestArticles(5, new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 1)));
        Assert.Empty(_index.NewestArticles(5, new DateOnly(2019, 5, 1), new DateOnly(2019, 6, 1)));
    }

    [Fact]
    public void A_question_compound_meets_a_text_only_with_all_its_parts()
    {
        var term = new QueryTerm("gewerbesteuerhebesatz", ["gewerbesteu", "hebesatz"], IsCue: false);

        Assert.Equal(0, KnowledgeSearch.Coverage([term], new HashSet<string>(["grundsteu", "hebesatz"], StringComparer.Ordinal)));
        Assert.Equal(1, KnowledgeSearch.Coverage([term], new HashSet<string>(["gewerbesteu", "hebesatz"], StringComparer.Ordinal)));
    }
}
