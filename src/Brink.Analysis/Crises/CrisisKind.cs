using System.Text.Json.Serialization;

namespace Brink.Analysis;

/// <summary>Whether a listed crisis onset is the start of an escalation (war, strike, crisis) or of a de-escalation (ceasefire, deal).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrisisKind>))]
public enum CrisisKind
{
    /// <summary>A war begun, a major cross-border strike, an interstate crisis or a coup with foreign intervention.</summary>
    [JsonStringEnumMemberName("escalation")]
    Escalation,

    /// <summary>A ceasefire, truce or peace deal.</summary>
    [JsonStringEnumMemberName("deescalation")]
    Deescalation,
}
