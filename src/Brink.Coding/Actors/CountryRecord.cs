namespace Brink.Coding.Actors;

/// <summary>A country row: the country as named (no sector), as its government (metonyms, GOV), and its name lists.</summary>
internal sealed record CountryRecord(Actor Actor, Actor Government, string[] Names, string[] Adjectives, string[] Metonyms);
