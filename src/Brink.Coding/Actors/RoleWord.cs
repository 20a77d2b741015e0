namespace Brink.Coding.Actors;

/// <summary>A generic role word for unnamed actors ("officials" -> GOV, plural) from roles.tsv.</summary>
internal sealed record RoleWord(string Pattern, string Sector, bool IsPlural);
