namespace Brink.Coding.Actors;

/// <summary>
/// One person, merged from all their officeholder rows (same full name), with the actor for each term
/// built once, current and former, so lookups allocate nothing.
/// </summary>
internal sealed class PersonRecord
{
    private readonly List<OfficeTerm> _terms = [];
    private readonly List<Actor> _current = [];
    private readonly List<Actor> _former = [];
    private Actor? _beforeOffice;
    private DateOnly _firstStart = DateOnly.MaxValue;

    public PersonRecord(string name, bool derived = false)
    {
        IsDerived = derived;
        Name = name;
        Code = MakeCode(name);
    }

    public string Name { get; }

    /// <summary>From the PETRARCH2 tables: its roles are CAMEO codes ("GOVJUD"), not office titles, so it holds no office and shows no role title.</summary>
    public bool IsDerived { get; }

    public string Code { get; }

    public List<string> Aliases { get; } = [];

    /// <summary>Terms in file order: the file lists the more senior office first.</summary>
    public IReadOnlyList<OfficeTerm> Terms => _terms;

    public void AddTerm(OfficeTerm term)
    {
        _terms.Add(term);
        var title = IsDerived ? null : term.Role;
        _current.Add(new Actor(Code, Name, term.Country, term.Sector, ActorKind.Person, title, term, isCurrent: true));
        _former.Add(new Actor(Code, Name, term.Country, term.Sector, ActorKind.Person, title, term, isCurrent: false));
        if (term.Start < _firstStart)
        {
            _firstStart = term.Start;
            _beforeOffice = new Actor(Code, Name, term.Country, term.Sector, ActorKind.Person, isCurrent: false);
        }
    }

    /// <summary>How well the person fits a date: 0 in office, 1 held office before, 2 only later.</summary>
    public int Tier(DateOnly date, out DateOnly lastEnd)
    {
        lastEnd = DateOnly.MinValue;
        int tier = 2;
        foreach (var term in _terms)
        {
            if (term.IsValidOn(date)) return 0;
            if (term.End is { } end && end < date)
            {
                tier = 1;
                if (end > lastEnd) lastEnd = end;
            }
        }
        return tier;
    }

    /// <summary>
    /// The person on a date: the first listed term valid then; else the latest term ended before,
    /// as former; else (not yet in office) the person with the earliest term's country and sector but
    /// no role, marked not current, because the office they will hold is not theirs yet.
    /// </summary>
    public Actor On(DateOnly date)
    {
        int latest = -1;
        for (int i = 0; i < _terms.Count; i++)
        {
            var term = _terms[i];
            if (term.IsValidOn(date)) return _current[i];
            if (term.End is { } end && end < date && (latest < 0 || end > _terms[latest].End!.Value)) latest = i;
        }
        return latest >= 0 ? _former[latest] : _beforeOffice!;
    }

    /// <summary>The actor for one of this person's terms, as current.</summary>
    public Actor Holding(OfficeTerm term) => _current[_terms.FindIndex(t => ReferenceEquals(t, term))];

    /// <summary>"Antony Blinken" -> "ANTONY_BLINKEN": a stable code for persons, who have none in the data.</summary>
    private static string MakeCode(string name)
    {
        var chars = name.ToUpperInvariant().ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i])) chars[i] = '_';
        }
        return new string(chars);
    }
}
