namespace Brink.Web.Api;

/// <summary>A party of the store's dyads: a country (VEN) or a group's code (HAMAS), with its reports as actor and as recipient.</summary>
internal sealed record ActorRow(string Code, long AsActor, long AsRecipient, int Partners);
