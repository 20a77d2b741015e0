namespace Brink.Coding.Actors;

/// <summary>A resolved actor: country alpha-3 (null if international), sector (null for a named country), a person's term (IsCurrent false if former).</summary>
/// <remarks>
/// Built only by the knowledge base, so the constructor and <see cref="Kind"/> stay internal; other projects read the
/// code, name, country, sector and whether the actor is a country.
/// </remarks>
public sealed record Actor
{
    internal Actor(string code, string name, string? country, string? sector, ActorKind kind, string? roleTitle = null, OfficeTerm? term = null,
        bool isCurrent = true)
    {
        Code = code;
        Name = name;
        Country = country;
        Sector = sector;
        Kind = kind;
        RoleTitle = roleTitle;
        Term = term;
        IsCurrent = isCurrent;
    }

    /// <summary>The actor's code (IRN, HAMAS, a person's code).</summary>
    public string Code { get; internal init; }

    /// <summary>The actor's name.</summary>
    public string Name { get; internal init; }

    /// <summary>Country alpha-3, null for an international actor.</summary>
    public string? Country { get; internal init; }

    /// <summary>Sector (GOV, MIL, REB...), null for a named country.</summary>
    public string? Sector { get; internal init; }

    internal ActorKind Kind { get; init; }

    /// <summary>True for a country itself (not one of its sectors, people or organisations).</summary>
    public bool IsCountry => Kind == ActorKind.Country;

    /// <summary>A person's office title when the name was found through it.</summary>
    internal string? RoleTitle { get; init; }

    /// <summary>A person's term of office.</summary>
    internal OfficeTerm? Term { get; init; }

    /// <summary>False for a person's former office or the time before it.</summary>
    internal bool IsCurrent { get; init; }
}
