namespace Brink.Coding.Actors;

/// <summary>What an <see cref="Actor"/> stands for.</summary>
internal enum ActorKind
{
    Country,
    Organization,
    Person,
    Role,
}
