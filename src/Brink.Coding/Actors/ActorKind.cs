namespace Brink.Coding.Actors;

/// <summary>What an <see cref="Actor"/> stands for.</summary>
public enum ActorKind
{
    Country,
    Organization,
    Person,
    Role,
}
