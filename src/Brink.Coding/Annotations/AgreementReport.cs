namespace Brink.Coding.Annotations;

/// <summary>How far two independent annotations of the same rows agree (docs/annotation.md, section 10).</summary>
/// <param name="Rows">Rows both annotated.</param>
/// <param name="EventsA">Events of the first annotation.</param>
/// <param name="EventsB">Events of the second.</param>
/// <param name="Paired">Events both found (aligned by trigger).</param>
/// <param name="RowEventKappa">Kappa on whether a row has any event at all.</param>
/// <param name="TypeKappa">Kappa on the type of the events both found.</param>
/// <param name="TypeKappaWithNone">Kappa on type over every event either found, a missing one counting as NONE.</param>
/// <param name="ActorAgreement">Share of paired events with the same actor codes.</param>
/// <param name="RecipientAgreement">Share of paired events with the same recipient codes.</param>
/// <param name="ModalityAgreement">Share of paired events with the same modality.</param>
/// <param name="ModalityKappa">Kappa on the modality of paired events.</param>
/// <param name="Disagreements">One line per disagreement, for adjudication.</param>
public sealed record AgreementReport(
    int Rows, int EventsA, int EventsB, int Paired,
    double RowEventKappa, double TypeKappa, double TypeKappaWithNone,
    double ActorAgreement, double RecipientAgreement, double ModalityAgreement, double ModalityKappa,
    IReadOnlyList<string> Disagreements)
{
    /// <summary>Event detection F1 between the two: events both found over the mean of their counts.</summary>
    public double EventF1 => EventsA + EventsB == 0 ? 1 : 2.0 * Paired / (EventsA + EventsB);
}
