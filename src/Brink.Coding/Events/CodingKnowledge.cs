using Brink.Coding.Actors;
using Brink.Coding.Lexicon;
using Brink.Coding.Ontology;

namespace Brink.Coding.Events;

/// <summary>The coder's knowledge from the reviewed data files: ontology, trigger lexicon, actors.</summary>
internal sealed class CodingKnowledge : ICodingKnowledge
{
    private readonly PloverOntology _ontology;
    private readonly TriggerLexicon _lexicon;
    private readonly ActorKnowledgeBase _actors;
    private readonly Places.PlaceIndex _places;
    // Shared by every coding thread (ingest codes articles in parallel), so the cache must take concurrent writers.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, bool), IReadOnlyList<TriggerReading>> _readings = new();

    private readonly Dictionary<string, string[]> _cameoVerbs;

    public CodingKnowledge(PloverOntology ontology, TriggerLexicon lexicon, ActorKnowledgeBase actors, Places.PlaceIndex places,
        Dictionary<string, string[]>? cameoVerbs = null)
    {
        _cameoVerbs = cameoVerbs ?? [];
        _places = places;
        _ontology = ontology;
        _lexicon = lexicon;
        _actors = actors;
        SpeechVerbs = lexicon.SpeechVerbs.All.Select(v => v.Lemma).ToHashSet(StringComparer.Ordinal);
    }

    public static CodingKnowledge Load(string dataDir)
    {
        var ontology = PloverOntology.Load(dataDir);
        var actors = ActorKnowledgeBase.Load(dataDir);
        actors.PrepareDerived();
        return new CodingKnowledge(ontology, TriggerLexicon.Load(dataDir, ontology), actors, Places.PlaceIndex.Load(dataDir),
            LoadCameoVerbs(Path.Combine(dataDir, "lexicon", "petrarch-verbs.tsv")));
    }

    /// <summary>petrarch-verbs.tsv (brink build verbs): the block's own type first, then the types its patterns code most; none without the file.</summary>
    private static Dictionary<string, string[]> LoadCameoVerbs(string path)
    {
        var verbs = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!File.Exists(path)) return verbs;
        foreach (var row in Data.TsvTable.Load(path, "lemma", "types", "default").Rows)
        {
            var types = (row.Optional("types") ?? "").Split(" ; ", StringSplitOptions.RemoveEmptyEntries);
            verbs[row.Required("lemma")] = [row.Optional("default") ?? "", .. types.Take(2)];
        }
        return verbs;
    }

    public IReadOnlyList<string> CameoVerbTypes(string lemma) => _cameoVerbs.TryGetValue(lemma, out var t) ? t : [];

    public ISet<string> SpeechVerbs { get; }

    /// <summary>The actor knowledge base the coder resolves names with (the evaluation matches organisation codes by it).</summary>
    public ActorKnowledgeBase Actors => _actors;

    public IReadOnlyList<TriggerReading> Triggers(string lemma, bool noun)
    {
        if (_readings.TryGetValue((lemma, noun), out var cached)) return cached;
        var list = new List<TriggerReading>();
        foreach (var e in _lexicon.Candidates(lemma, noun))
        {
            var pattern = e.Pattern;
            string? slot = e.Recipients.Count == 0 ? null : e.Recipients[0].Kind switch
            {
                RecipientKind.Object => "obj",
                RecipientKind.IndirectObject => "iobj",
                RecipientKind.Preposition => "prep:" + e.Recipients[0].Preposition,
                _ => "poss",
            };
            list.Add(new TriggerReading(e.Type, e.Mode, e.Cameo, slot, (t, i) => PatternMatcher.Matches(pattern, t, i), pattern.Specificity, e.IsAmbiguous && pattern.Specificity == 0, pattern.NamedWords));
        }
        _readings[(lemma, noun)] = list;
        return list;
    }

    public ActorMention? ResolveName(string text, int start, int end, DateOnly date, IReadOnlyList<string> storyCountries) =>
        _actors.FindName(text, date, storyCountries) is { } a ? ToMention(a, text, start, end) : null;

    public string? PlaceCountry(string name, DateOnly date) =>
        _places.CountryOf(name) ?? (_actors.FindName(name, date) is { Kind: ActorKind.Country } c ? c.Country : null);

    public string? CountryOfAdjective(string word) => _actors.FindAdjective(word)?.Country;

    public string? SectorOfRole(string lemma) => _actors.FindRole(lemma)?.Sector;

    public ActorMention? OfficeHolder(string role, string? country, DateOnly date, string text, int start, int end) =>
        _actors.FindOfficeHolder(role, country, date) is { } a ? ToMention(a, text, start, end) : null;

    public double? Score(string type, string? mode) => _ontology.IsType(type) ? _ontology.Score(type, mode) : null;

    public IReadOnlyList<string> Contexts(string? cameo) =>
        cameo is not null && _ontology.FromCameo(cameo) is { } m ? m.Contexts.Where(_ontology.IsContext).ToArray() : [];

    public string? CameoFor(string type, string? mode) => _ontology.IsType(type) ? _ontology.CameoFor(type, mode) : null;

    public string? Quad(string type) => _ontology.IsType(type) ? QuadName(_ontology.Quad(type)) : null;

    /// <summary>
    /// An official of an international body or a non-state group acts for it: Kaja Kallas as EU foreign
    /// policy chief is EEAS, an RSF commander RSF. Officials of states keep their own code.
    /// </summary>
    private string? OrganizationOf(Actor a) =>
        a is { Kind: ActorKind.Person, Term.OrgCode: { } org } && _actors.ByCode(org) is { } o && (o.Country is null || o.Sector is "REB" or "OPP") ? o.Code : null;

    private static string QuadName(PloverQuad q) => string.Concat(q.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private ActorMention ToMention(Actor a, string text, int start, int end) => new(text, start, end)
    {
        Name = a.Name,
        Code = OrganizationOf(a) ?? a.Code,
        Country = a.Country,
        Sector = a.Sector ?? (a.Kind == ActorKind.Country ? "GOV" : null),
        Role = a.RoleTitle,
    };
}
