namespace Brink.Coding.Learning;

/// <summary>What a noun phrase is to an event: its actor, its recipient, or neither.</summary>
internal enum ArgumentRole
{
    None,
    Actor,
    Recipient,
}
