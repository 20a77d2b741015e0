namespace Brink.Coding.Actors;

/// <summary>Countries, organizations, officeholders and role words from data/actors/, with fast mention lookups; immutable and thread-safe.</summary>
public sealed class ActorKnowledgeBase
{
    private readonly List<CountryRecord> _countries;
    private readonly List<OrganizationRecord> _organizations;
    private readonly List<PersonRecord> _persons;
    private readonly NameIndex<NameTarget> _names;
    private readonly NameIndex<CountryRecord> _adjectives;
    private readonly Dictionary<string, RoleWord>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly Dictionary<string, List<Actor>> _offices; // office key -> the current actor of each term
    private readonly Dictionary<string, Actor> _byCode;
    private readonly Lazy<DerivedActors?> _derived;

    internal ActorKnowledgeBase(List<CountryRecord> countries, List<OrganizationRecord> organizations, List<PersonRecord> persons, List<RoleWord> roles,
        Func<ActorKnowledgeBase, DerivedActors?>? derived = null)
    {
        // The PETRARCH2 tables are 30,000 rows, ten times the hand-written ones: they are read on the first
        // mention the hand-written tables cannot answer, so loading stays fast and a process that never needs them never pays.
        _derived = new Lazy<DerivedActors?>(() => derived?.Invoke(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _countries = countries;
        _organizations = organizations;
        _persons = persons;
        _names = new NameIndex<NameTarget>(NameEntries(), NameTarget.SameEntity);
        _adjectives = new NameIndex<CountryRecord>(
            countries.SelectMany(c => c.Adjectives.Select(a => (NameKey.Normalize(a), c))), ReferenceEquals);
        var roleMap = new Dictionary<string, RoleWord>(roles.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles) roleMap[NameKey.Normalize(role.Pattern)] = role;
        _roles = roleMap.GetAlternateLookup<ReadOnlySpan<char>>();
        _offices = new Dictionary<string, List<Actor>>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<OfficeTerm>();
        foreach (var person in persons)
        {
            if (person.IsDerived) continue;
            foreach (var term in person.Terms)
            {
                var key = OfficeKey(term.Role, term.Country);
                if (!_offices.TryGetValue(key, out var holders)) _offices[key] = holders = [];
                holders.Add(person.Holding(term));
                terms.Add(term);
            }
        }
        _byCode = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var c in countries) _byCode.TryAdd(c.Actor.Code, c.Actor);
        foreach (var o in organizations) _byCode.TryAdd(o.Actor.Code, o.Actor);
        Terms = terms;
        RoleWords = roles;
    }

    /// <summary>
    /// Starts reading the PETRARCH2 tables on a pool thread, for a caller (the coder) that will surely ask about
    /// names the hand-written tables do not hold and has its models to load meanwhile. A broken table still fails
    /// on the first lookup that needs it.
    /// </summary>
    internal void PrepareDerived() => Task.Run(() => _derived.Value).ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);

    /// <summary>Loads data/actors/ under <paramref name="dataDir"/> (the repository's data/ folder); throws DataFormatException naming file and line.</summary>
    public static ActorKnowledgeBase Load(string dataDir) => ActorLoader.Load(dataDir);

    /// <summary>Every office term of the hand-written table, grouped by person.</summary>
    public IReadOnlyList<OfficeTerm> Terms { get; }

    /// <summary>Every hand-written role word in file order.</summary>
    internal IReadOnlyList<RoleWord> RoleWords { get; }

    // Precedence when a name has several readings: country name, country metonym (the government),
    // organization name, organization alias, person name, person alias. A person comes with the office
    // valid on the date (the first listed if several), else the latest earlier one as former.

    /// <summary>The best actor for a name mention ("Iran", "the Kremlin", "Hamas", "Blinken") on a date, or null.</summary>
    internal Actor? FindName(ReadOnlySpan<char> mention, DateOnly date) => FindName(mention, date, []);

    /// <summary>
    /// As <see cref="FindName(ReadOnlySpan{char}, DateOnly)"/>, but when a name is shared by several
    /// organizations or places ("RSF": Sudan's Rapid Support Forces, Reporters Without Borders), the
    /// reading that belongs to one of the story's countries wins, the earlier listed country first.
    /// </summary>
    internal Actor? FindName(ReadOnlySpan<char> mention, DateOnly date, IReadOnlyList<string> storyCountries)
    {
        var candidates = _names.FindRaw(mention);
        if (candidates.Length == 0) return _derived.Value?.FindName(mention, date);
        var best = candidates[0];
        if (candidates.Length > 1 && storyCountries.Count > 0) best = InStory(candidates, best, storyCountries);
        return best.Source switch
        {
            NameSource.CountryName => _countries[best.Index].Actor,
            NameSource.CountryMetonym => _countries[best.Index].Government,
            NameSource.OrganizationName or NameSource.OrganizationAlias => _organizations[best.Index].Actor,
            _ => PersonChooser.Choose(candidates, best.Source, date, _persons).On(date),
        };
    }

    private NameTarget InStory(NameTarget[] candidates, NameTarget best, IReadOnlyList<string> storyCountries)
    {
        bool Organization(NameSource s) => s is NameSource.OrganizationName or NameSource.OrganizationAlias;
        if (!Organization(best.Source)) return best;
        foreach (string country in storyCountries)
            foreach (var c in candidates)
                if (Organization(c.Source) && _organizations[c.Index].Actor.Country == country) return c;
        return best;
    }

    /// <summary>The country of a country adjective or demonym ("Iranian", "American", "U.S."), or null.</summary>
    internal Actor? FindAdjective(ReadOnlySpan<char> word)
    {
        var found = _adjectives.FindRaw(word);
        return found.Length == 0 ? null : found[0].Actor;
    }

    /// <summary>The person holding an office on a date ("Secretary of State", "USA"); null country means an international office. Null if none.</summary>
    internal Actor? FindOfficeHolder(string role, string? country, DateOnly date)
    {
        if (!_offices.TryGetValue(OfficeKey(role, country), out var holders)) return null;
        Actor? chosen = null;
        foreach (var holder in holders)
        {
            // On a handover day both terms include the date; the incoming holder is the one in office.
            var term = holder.Term!;
            if (term.IsValidOn(date) && (chosen is null || term.Start > chosen.Term!.Start)) chosen = holder;
        }
        return chosen;
    }

    /// <summary>The role word ("official", "troops", "militants"), matched ignoring case, or null.</summary>
    internal RoleWord? FindRole(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[word.Length];
        var key = buffer[..NameKey.Normalize(word, buffer)];
        return _roles.TryGetValue(key, out var role) ? role : _derived.Value?.FindRole(key);
    }

    /// <summary>An unnamed actor described by a role word and optionally a country ("Israeli troops" -> ISRMIL).</summary>
    internal static Actor RoleActor(RoleWord role, string? country) =>
        new(country + role.Sector, role.Pattern, country, role.Sector, ActorKind.Role, role.Pattern);

    /// <summary>The country (as named, no sector) or organization with this code, or null.</summary>
    public Actor? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// Every normalised name, metonym, adjective and alias of the hand-written tables, and every office title and
    /// role word: derived records may not take them ("The Secretary of State", a PETRARCH2 alias of the office,
    /// must stay the office, whose holder on the date the coder looks up).
    /// </summary>
    internal HashSet<string> HandWrittenKeys()
    {
        var keys = new HashSet<string>(_names.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var c in _countries)
        {
            foreach (var a in c.Adjectives) keys.Add(NameKey.Normalize(a));
        }
        foreach (var term in Terms) keys.Add(NameKey.Normalize(term.Role));
        foreach (var role in RoleWords) keys.Add(NameKey.Normalize(role.Pattern));
        return keys;
    }

    /// <summary>Name keys in precedence order, so each key's readings come out best first.</summary>
    private IEnumerable<(string, NameTarget)> NameEntries()
    {
        for (int i = 0; i < _countries.Count; i++)
        {
            yield return (NameKey.Normalize(_countries[i].Actor.Name), new(NameSource.CountryName, i));
            foreach (var name in _countries[i].Names) yield return (NameKey.Normalize(name), new(NameSource.CountryName, i));
        }
        for (int i = 0; i < _countries.Count; i++)
        {
            foreach (var name in _countries[i].Metonyms) yield return (NameKey.Normalize(name), new(NameSource.CountryMetonym, i));
        }
        foreach (var entry in RecordNames.Of(_organizations, _persons)) yield return entry;
    }

    /// <summary>Key of an office: country (empty for international), tab, title without "the" and with one spelling of defence/defense.</summary>
    private static string OfficeKey(string role, string? country)
    {
        var title = string.Join(' ', role.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (title.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) title = title[4..];
        title = title.Replace("defence", "defense", StringComparison.OrdinalIgnoreCase);
        return (country ?? "") + "\t" + title;
    }
}
