namespace Brink.Coding.Ontology;

/// <summary>PLOVER quad category; the numbers are the manual's (1 verbal cooperation ... 4 material conflict).</summary>
internal enum PloverQuad
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
