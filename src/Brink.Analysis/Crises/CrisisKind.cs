namespace Brink.Analysis;

/// <summary>Whether a listed crisis onset is the start of an escalation (war, strike, crisis) or of a de-escalation (ceasefire, deal).</summary>
public enum CrisisKind
{
    /// <summary>A war begun, a major cross-border strike, an interstate crisis or a coup with foreign intervention.</summary>
    Escalation,

    /// <summary>A ceasefire, truce or peace deal.</summary>
    Deescalation,
}
