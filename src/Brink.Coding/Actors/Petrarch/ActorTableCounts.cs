namespace Brink.Coding.Actors.Petrarch;

/// <summary>Rows written by <see cref="ActorTableBuilder"/>: persons, their term rows, organizations, agent words.</summary>
public sealed record ActorTableCounts(int Persons, int Terms, int Organizations, int Agents);
