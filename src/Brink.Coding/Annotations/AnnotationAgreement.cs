namespace Brink.Coding.Annotations;

/// <summary>Compares two independent annotations of the same rows: detection, type, parties and modality.</summary>
public static class AnnotationAgreement
{
    public static AgreementReport Compare(IReadOnlyList<AnnotatedSentence> a, IReadOnlyList<AnnotatedSentence> b)
    {
        var byId = b.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rowPairs = new List<(string, string)>();
        var typePairs = new List<(string, string)>();
        var typeWithNone = new List<(string, string)>();
        var modalityPairs = new List<(string, string)>();
        var disagreements = new List<string>();
        int rows = 0, eventsA = 0, eventsB = 0, paired = 0, sameActors = 0, sameRecipients = 0;
        foreach (var ra in a)
        {
            if (!byId.TryGetValue(ra.Id, out var rb)) continue;
            rows++;
            eventsA += ra.Events.Count;
            eventsB += rb.Events.Count;
            rowPairs.Add((ra.Events.Count > 0 ? "event" : "none", rb.Events.Count > 0 ? "event" : "none"));
            var pairs = EventAlignment.Align(ra.Events, rb.Events, Span, Span, (x, y) => x.Type == y.Type || SharesParty(x, y));
            foreach (var (i, j) in pairs)
            {
                var ea = ra.Events[i];
                var eb = rb.Events[j];
                paired++;
                typePairs.Add((ea.Type, eb.Type));
                typeWithNone.Add((ea.Type, eb.Type));
                modalityPairs.Add((ea.Modality.ToString(), eb.Modality.ToString()));
                bool actorsSame = SameCodes(ea.Actors, eb.Actors), recipientsSame = SameCodes(ea.Recipients, eb.Recipients);
                if (actorsSame) sameActors++;
                if (recipientsSame) sameRecipients++;
                if (ea.Type != eb.Type || !actorsSame || !recipientsSame || ea.Modality != eb.Modality)
                    disagreements.Add($"{ra.Id} '{ea.TriggerText}'/'{eb.TriggerText}': A {Describe(ea)} | B {Describe(eb)}");
            }
            foreach (int i in Enumerable.Range(0, ra.Events.Count).Where(i => pairs.All(p => p.Left != i)))
            {
                typeWithNone.Add((ra.Events[i].Type, "NONE"));
                disagreements.Add($"{ra.Id} '{ra.Events[i].TriggerText}': A only {Describe(ra.Events[i])}");
            }
            foreach (int j in Enumerable.Range(0, rb.Events.Count).Where(j => pairs.All(p => p.Right != j)))
            {
                typeWithNone.Add(("NONE", rb.Events[j].Type));
                disagreements.Add($"{ra.Id} '{rb.Events[j].TriggerText}': B only {Describe(rb.Events[j])}");
            }
        }
        double Share(int k) => paired == 0 ? double.NaN : (double)k / paired;
        return new AgreementReport(rows, eventsA, eventsB, paired, CohenKappa.Of(rowPairs), CohenKappa.Of(typePairs), CohenKappa.Of(typeWithNone),
            Share(sameActors), Share(sameRecipients), Share(modalityPairs.Count(p => p.Item1 == p.Item2)), CohenKappa.Of(modalityPairs), disagreements);
    }

    private static (int, int) Span(AnnotatedEvent e) => (e.TriggerStart, e.TriggerEnd);

    private static bool SharesParty(AnnotatedEvent a, AnnotatedEvent b) =>
        a.Actors.Concat(a.Recipients).Any(x => b.Actors.Concat(b.Recipients).Any(y => x.Code == y.Code));

    /// <summary>The same codes as multisets (order and spans do not matter).</summary>
    internal static bool SameCodes(IReadOnlyList<AnnotatedEntity> a, IReadOnlyList<AnnotatedEntity> b) =>
        a.Select(x => x.Code.ToString()).Order(StringComparer.Ordinal).SequenceEqual(b.Select(x => x.Code.ToString()).Order(StringComparer.Ordinal));

    internal static string Describe(AnnotatedEvent e) =>
        $"{e.Type}{(e.Mode is null ? "" : "/" + e.Mode)} {Codes(e.Actors)} -> {Codes(e.Recipients)} {e.Modality.ToString().ToLowerInvariant()}";

    private static string Codes(IReadOnlyList<AnnotatedEntity> x) => x.Count == 0 ? "-" : string.Join(";", x.Select(e => e.Code));
}
