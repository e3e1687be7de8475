using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>What the question names: the role it asks the holder of, and the things an answer's article must write.</summary>
internal sealed partial class AnswerContext
{
    /// <summary>
    /// The role the question asks the holder of ("Wer ist der Kämmerer?", "Wer ist Schulleiter der …?", "Who is the
    /// mayor?"): its first topic word that names an office or a role (<c>Language/markers/roles.txt</c>); null where it
    /// names none.
    /// </summary>
    public QueryTerm? AskedRole
    {
        get
        {
            if (!_roleFound)
            {
                _roleFound = true;
                var roles = Read.Words.Where(w => SentenceMarkers.IsRole(Lexicon.Fold(w))).SelectMany(w => Index.Analyzer.Terms(w)).ToArray();
                _role = roles.Select(r => Question.Terms.FirstOrDefault(t => !t.IsCue && t.Term == r)).OfType<QueryTerm>().FirstOrDefault();
            }

            return _role;
        }
    }

    private QueryTerm? _role;
    private bool _roleFound;

    /// <summary>
    /// True when <paramref name="word"/> of a text is one of the question's topic words, or the last part of one (the
    /// body it asks about, named again: "der Ausschuss" for the "Kulturausschuss"), not another.
    /// </summary>
    public bool NamesAsked(string word)
    {
        var terms = Index.TermsOf("w:" + word, () => word);
        var topics = Question.Terms.Where(t => !t.IsCue).ToArray();
        return KnowledgeSearch.Coverage(topics, terms) > 0 || terms.Any(w => topics.Any(t => PartOf(w, t.Term)));
    }

    /// <summary>
    /// True when the question names a thing (a noun: in German a capitalised word after the first; a name, a place, a
    /// kind of thing) that <paramref name="article"/> writes nowhere, in no form, part or synonym: the article is about
    /// something else ("die Realschule" asked, the article about the Gesamtschule; "der Zug nach Dortmund", the article
    /// about the station's rebuilding), and none of its sentences answers. Not a word that half the articles hold.
    /// </summary>
    public bool LacksAThingNamed(Article article) => LacksAThingNamed("a:" + article.Id, () => KnowledgeSearch.ArticleText(article));

    /// <summary>Likewise for a service: its title, keywords and text write a thing the question names nowhere ("WLAN" asked of the library).</summary>
    public bool LacksAThingNamed(Service service) =>
        LacksAThingNamed("things:" + service.Id, () => string.Join(" . ", service.Keywords.Prepend(service.Title).Concat(KnowledgeIndex.Sentences(service))));

    private bool LacksAThingNamed(string key, Func<string> text)
    {
        var things = Things;
        if (things.Count == 0)
        {
            return false;
        }

        var words = Index.TermsOf(key, text);
        return things.Any(t => KnowledgeSearch.Coverage([t], words) == 0 && !words.Any(w => StandsFor(words, w, t.Term)) && !HeldByHalfTheArticles(t.Term)
            && !Index.IsTownName(t.Term));
    }

    /// <summary>
    /// True when the text's term <paramref name="word"/> stands for the thing asked (<see cref="Related"/>), but not a
    /// compound's part that is the thing's last part: the text names "die Schule" for the "Realschule" asked, while the
    /// "Schule" of its "Gesamtschule" is another school. A compound's first part still stands for it ("Kanal" of the
    /// "Schmutzwasserkanal" for the "Kanalbaustelle").
    /// </summary>
    private static bool StandsFor(IReadOnlySet<string> words, string word, string term) =>
        Related(word, term) && (words is not AnalyzedText analyzed || analyzed.Words.Contains(word) || !term.EndsWith(word, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="article"/> covers the question as a whole (its text reaches the bar and names every
    /// thing asked) and <paramref name="term"/> cannot be a thing beside its subject: its title, teaser or first sentence
    /// writes the word in some form, or the article writes it nowhere, so that no sentence of it could. A sentence
    /// that names only the subject's cost or undertaking ("Die Kosten werden auf … geschätzt") answers for such a word;
    /// not for a thing the article names only further on ("Server" in an article about the schools' digitalisation).
    /// </summary>
    public bool HeldBySubject(Article article, string term)
    {
        if (Question.Terms.FirstOrDefault(t => !t.IsCue && t.Term == term) is not { } asked
            || Coverage("a:" + article.Id, KnowledgeSearch.ArticleText(article)) < MinCoverage || LacksAThingNamed(article))
        {
            return false;
        }

        var sentences = KnowledgeIndex.Sentences(article);
        var first = article.Teaser is { Length: > 0 } && sentences.Count > 1 ? sentences[0] + "\n" + sentences[1] : sentences.FirstOrDefault();
        var subject = Index.TermsOf("title-lead:" + article.Id, () => article.Title + "\n" + first);
        var text = Index.TermsOf("a:" + article.Id, () => KnowledgeSearch.ArticleText(article));
        return Writes(subject, asked) || !Writes(text, asked);
    }

    private static bool Writes(IReadOnlySet<string> words, QueryTerm term) =>
        KnowledgeSearch.Coverage([term], words) > 0 || words.Any(w => Related(w, term.Term));

    /// <summary>
    /// A compound of <paramref name="sentence"/> that shares its last part with a thing the question names but has
    /// another first part ("Restmülltonne" where the "Biotonne" is asked, "Grundsteuer" for the "Hundesteuer"), where the
    /// sentence names the thing asked in no form and no kind of it ("Biomülltonne" for the "Biotonne"): a price or a
    /// count there is the other thing's. Null where the sentence names no such compound.
    /// </summary>
    public string? NamesAnotherOfItsKind(string key, string sentence)
    {
        var held = Index.TermsOf(key, () => sentence);
        var written = SentenceMarkers.WordsOf(sentence).Select(w => w.Word).Where(w => char.IsUpper(w[0])).ToArray();
        foreach (var (lower, asked) in AskedWords)
        {
            if (KnowledgeSearch.Coverage(asked, held) >= 0.9)
            {
                continue;
            }

            var kinds = written.Select(w => (Word: w, Kind: KindOf(lower, w.ToLowerInvariant()))).ToArray();
            if (!Array.Exists(kinds, k => k.Kind == Kinship.Same) && Array.Find(kinds, k => k.Kind == Kinship.Sibling) is { Word: { } other })
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// The question's words that write one of its topic words, in lower case, each with the topic words it writes:
    /// analysed once per question, though every sentence weighed for a number asks (<see cref="NamesAnotherOfItsKind"/>).
    /// </summary>
    private (string Lower, QueryTerm[] Asked)[] AskedWords => _askedWords ??= Read.Words
        .Select(word => (Word: word, Terms: Index.Analyzer.Terms(word)))
        .Select(w => (Lower: w.Word.ToLowerInvariant(), Asked: Question.Terms.Where(t => !t.IsCue && w.Terms.Contains(t.Term)).ToArray()))
        .Where(w => w.Asked.Length > 0)
        .ToArray();

    private (string Lower, QueryTerm[] Asked)[]? _askedWords;

    private enum Kinship
    {
        None,

        /// <summary>The thing asked, its last part, or a kind of it: "Restmülltonne" of the "Mülltonne", "Biomülltonne" of the "Biotonne".</summary>
        Same,

        /// <summary>Another thing of the same last part: "Grundsteuer" beside the "Hundesteuer".</summary>
        Sibling,
    }

    /// <summary>The inflected forms a noun's base may stand in (plural, genitive), tried on both words.</summary>
    private static readonly string[] Endings = ["", "n", "en", "s", "es"];

    /// <summary>
    /// How <paramref name="other"/> stands to the noun asked: the same or a kind of it (ending in it, or a compound of
    /// the same last part whose first part begins as the one asked does), another thing of the same kind (both
    /// compounds, of three letters before their last part at least, whose last part is one noun of the compound
    /// dictionary), or neither.
    /// </summary>
    private static Kinship KindOf(string asked, string other)
    {
        var kin = Kinship.None;
        foreach (var a in Endings.Where(asked.EndsWith).Select(e => asked[..^e.Length]))
        {
            foreach (var o in Endings.Where(other.EndsWith).Select(e => other[..^e.Length]))
            {
                // A kind of it, or the thing named again by its last part ("der Ausschuss" for the "Kulturausschuss").
                if (o.EndsWith(a, StringComparison.Ordinal) || a.EndsWith(o, StringComparison.Ordinal))
                {
                    return Kinship.Same;
                }

                for (var length = 4; length <= Math.Min(a.Length, o.Length) - CompoundParts.MinPartLength; length++)
                {
                    var head = a[^length..];
                    if (o.EndsWith(head, StringComparison.Ordinal) && CompoundParts.Dictionary.Contains(head))
                    {
                        if (o.StartsWith(a[..^length], StringComparison.Ordinal))
                        {
                            return Kinship.Same;
                        }

                        kin = Kinship.Sibling;
                    }
                }
            }
        }

        return kin;
    }

    /// <summary>
    /// A word of the text that stands for <paramref name="term"/>: a compound's last part or the word it derives from
    /// (<see cref="PartOf"/>), a compound's first part ("baum" of "baumfall"), or a longer form of the same stem
    /// ("renaturiert" for "renaturier": the noun asked, the verb written).
    /// </summary>
    private static bool Related(string word, string term) =>
        PartOf(word, term)
        || (word.Length >= 4 && term.Length >= word.Length + 3 && term.StartsWith(word, StringComparison.Ordinal))
        || (term.Length >= 5 && word.Length > term.Length && word.StartsWith(term, StringComparison.Ordinal));

    /// <summary>
    /// The question's topic words written capitalised after its first word, the things it names; not a noun after a
    /// possessive ("meine Tochter", "vor meinem Haus": the asker's own, <c>Language/de/possessives.txt</c>), nor the role a
    /// "Wer …?" asks the holder of (<c>markers/roles.txt</c>), nor a
    /// noun of action that is no compound ("Renaturierung", "Abriss": <see cref="Lexicon.IsActionNoun"/>): like a verb it names what happens, which a text
    /// words as it likes ("wird naturnah umgebaut"); a compound's first part names a thing ("Schwimmbadsanierung").
    /// </summary>
    private IReadOnlyList<QueryTerm> Things => _things ??= FindThings();

    private IReadOnlyList<QueryTerm>? _things;

    private static readonly HashSet<string> Possessives = new(Language.WordListFile.Words("de/possessives.txt"), StringComparer.Ordinal);

    /// <summary>True when the word at <paramref name="i"/> follows "mit" and an article ("mit dem Rad", "mitm Auto"): the means.</summary>
    private static bool IsMeans(IReadOnlyList<string> words, int i) =>
        Lexicon.Fold(words[i - 1]) is "mitm" || (i >= 2 && Lexicon.Fold(words[i - 2]) == "mit" && Lexicon.Fold(words[i - 1]) is "dem" or "der" or "einem" or "einer");

    private IReadOnlyList<QueryTerm> FindThings()
    {
        var words = Read.Words;
        // The role a "Wer …?" asks the holder of is what is asked, not a thing the article must name in that word
        // ("die Leiterin" asked, "die Kita-Leitung, Frau …" written).
        var person = Read.Has(Cue.Person);
        // The means a way is asked for ("Wie komme ich mit dem Auto …?") is how the citizen travels, not a thing the
        // article must name.
        var route = Read.Has(Cue.Route);
        var upper = words.Where((w, i) => i > 0 && char.IsUpper(w[0]) && !Possessives.Contains(Lexicon.Fold(words[i - 1])) && !(person && SentenceMarkers.IsRole(Lexicon.Fold(w)))
                && !(route && IsMeans(words, i)))
            .SelectMany(w => Index.Analyzer.Terms(w).Select(t => (Term: t, Action: Lexicon.IsActionNoun(w))))
            .ToLookup(t => t.Term, t => t.Action, StringComparer.Ordinal);
        return Question.Terms.Where(t => !t.IsCue && upper.Contains(t.Term)
            && !(upper[t.Term].All(a => a) && t.Parts.Count == 0 && t.Compound.Count == 0)).ToArray();
    }
}
