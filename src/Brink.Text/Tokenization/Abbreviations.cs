using System.Collections.Frozen;

namespace Brink.Text.Tokenization;

/// <summary>How an abbreviation behaves before a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>Precedes a name ("Dr.", "Gen."): never ends a sentence.</summary>
    Title,
    /// <summary>Can end a sentence ("U.S.", "etc.", "Inc."), which EWT then writes as "etc" + ".".</summary>
    Other,
}

/// <summary>
/// Abbreviations that keep their final period, written with it. Case matters: "No." is an
/// abbreviation, "no." ends a sentence. "May" is left out on purpose: "in May." ends sentences.
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] TitleForms =
    [
        "Mr.", "Mrs.", "Ms.", "Mssrs.", "Messrs.", "Dr.", "Drs.", "Prof.", "Sen.", "Sens.", "Rep.", "Reps.", "Gen.", "Lt.",
        "Col.", "Maj.", "Capt.", "Cpt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Gov.", "Pres.", "Rev.", "Hon.", "Amb.",
        "Sec.", "Supt.", "Insp.", "Det.", "Fr.", "Sra.", "Mt.", "Ft.", "Pt.", "Atty.", "Gens.",
        "Vol.", "Art.", "Fig.", "Ph.", "pp.", "vs.", "v.", "Ste.", "Mme.", "Mlle.", "approx.", "ca.", "cf.",
    ];

    private static readonly string[] OtherForms =
    [
        "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.S.A.", "L.A.", "N.Y.", "P.S.", "M.D.", "Ph.D.", "B.A.", "M.A.", "B.C.", "A.D.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
        "Inc.", "Corp.", "Ltd.", "Co.", "Cos.", "Bros.", "LLC.", "Jr.", "Sr.", "St.", "No.", "Nos.", "Esq.", "Ave.", "Blvd.", "Rd.", "Dept.", "Univ.",
        "Assn.", "Intl.", "Gov't.", "est.", "etc.", "e.g.", "i.e.", "a.m.", "p.m.", "A.M.", "P.M.", "E.g.", "I.e.",
        "al.", "viz.", "ext.", "tel.", "Tel.", "Attn.", "attn.", "min.", "max.", "hr.", "hrs.", "yr.", "yrs.", "mins.",
        "lb.", "lbs.", "oz.", "ft.", "sq.", "km.", "mi.", "Bldg.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.",
        "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mich.", "Minn.", "Mo.",
        "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wis.", "Wyo.",
        "Ont.", "Que.", "Alta.", "Sask.", "Dist.", "INC.", "CORP.", "LTD.", "CO.", "PVT.", "Pvt.", "Sts.", "PS.", "pop.",
    ];

    private static readonly FrozenDictionary<string, AbbreviationKind> Forms = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> ByText =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of <paramref name="withPeriod"/> (a word and its final period).</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> withPeriod) =>
        withPeriod.Length is >= 2 and <= 8 && ByText.TryGetValue(withPeriod, out var kind) ? kind : AbbreviationKind.None;

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var forms = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var f in OtherForms) forms[f] = AbbreviationKind.Other;
        foreach (var f in TitleForms) forms[f] = AbbreviationKind.Title;
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
