namespace Brink.Coding.Actors;

/// <summary>Where a name comes from; the order is the precedence when one name has several readings.</summary>
internal enum NameSource
{
    CountryName,
    CountryMetonym,
    OrganizationName,
    OrganizationAlias,
    PersonName,
    PersonAlias,
}
