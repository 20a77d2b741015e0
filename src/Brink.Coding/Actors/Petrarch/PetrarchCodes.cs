namespace Brink.Coding.Actors.Petrarch;

/// <summary>
/// Splits a CAMEO actor code ("GBRGOVJUD", "IGOUNOKID", "~AGR") into Brink's country and sector: the first
/// three letters are the country when they are one of Brink's countries, and the sector is that of the first
/// three-letter role that has a Brink sector (a justice minister "GOVJUD" is GOV, as the README's civilian
/// ministers are). CAMEO's MED is media (Brink JRN) and HLH health (Brink MED).
/// </summary>
internal static class PetrarchCodes
{
    private static readonly Dictionary<string, string> RoleSectors = new(StringComparer.Ordinal)
    {
        ["GOV"] = "GOV", ["MIL"] = "MIL", ["LEG"] = "LEG", ["JUD"] = "JUD", ["COP"] = "COP", ["SPY"] = "SPY",
        ["REB"] = "REB", ["INS"] = "REB", ["SEP"] = "REB", ["UAF"] = "REB", ["IMG"] = "REB",
        ["OPP"] = "OPP", ["PTY"] = "PTY", ["MED"] = "JRN", ["HLH"] = "MED", ["EDU"] = "EDU",
        ["BUS"] = "BUS", ["MNC"] = "BUS", ["CVL"] = "CVL", ["AGR"] = "CVL", ["ELI"] = "ELI", ["LAB"] = "LAB",
        ["REF"] = "REF", ["IGO"] = "IGO", ["NGO"] = "NGO", ["NGM"] = "NGO", ["HRI"] = "NGO",
        ["REL"] = "REL", ["CHR"] = "REL", ["MUS"] = "REL", ["JEW"] = "REL", ["BUD"] = "REL", ["HIN"] = "REL",
        ["CTH"] = "REL", ["ORT"] = "REL", ["PRO"] = "REL", ["SHI"] = "REL", ["SUN"] = "REL", ["SIK"] = "REL",
    };

    /// <summary>(country or null, sector, role code without the country), or null when no part has a Brink sector.</summary>
    public static (string? Country, string Sector, string Role)? Split(string code, IReadOnlySet<string> countries)
    {
        code = code.TrimStart('~');
        string? country = null;
        if (code.Length >= 3 && countries.Contains(code[..3]))
        {
            country = code[..3];
            code = code[3..];
        }
        for (int i = 0; i + 3 <= code.Length; i += 3)
        {
            if (!RoleSectors.TryGetValue(code.Substring(i, 3), out var sector)) continue;
            // Companies and NGOs carry the country they are based in after the sector ("MNCUSA", "NGOESP").
            if (country is null && (code.StartsWith("MNC", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)))
                country = BasedIn(code, countries);
            return (country, sector, code);
        }
        return null;
    }

    private static string? BasedIn(string code, IReadOnlySet<string> countries)
    {
        for (int i = 3; i + 3 <= code.Length; i += 3)
        {
            if (countries.Contains(code.Substring(i, 3))) return code.Substring(i, 3);
        }
        return null;
    }
}
