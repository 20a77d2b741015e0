namespace Brink.Coding.Learning;

/// <summary>
/// How each trained stage decides on held-out examples taken from gold triggers (so a stage is judged apart from the
/// stages before it): precision and recall of every class but NONE, by name ("type", "argument.Actor", ...).
/// </summary>
internal static class StageScores
{
    public static Dictionary<string, double> Of(CoderModel model, CoderExamples dev)
    {
        var scores = new Dictionary<string, double>();
        Add(scores, "type", model.Type, dev.Type, none: 0);
        Add(scores, "argument", model.Argument, dev.Argument, none: (int)ArgumentRole.None);
        // Each role apart: the event score needs both, and a recipient is missed far more often than an actor.
        foreach (var role in new[] { ArgumentRole.Actor, ArgumentRole.Recipient })
            Add(scores, $"argument_{role.ToString().ToLowerInvariant()}", model.Argument, dev.Argument, none: (int)ArgumentRole.None, only: (int)role);
        Add(scores, "modality", model.Modality, dev.Modality, none: -1);
        Add(scores, "implicit", model.ImplicitActor, dev.ImplicitActor, none: 0);
        return scores;
    }

    private static void Add(Dictionary<string, double> scores, string stage, Classifier c, List<(ulong[] Features, int Label)> examples, int none, int only = -1)
    {
        if (examples.Count == 0) return;
        int right = 0, predictedEvents = 0, goldEvents = 0, bothEvents = 0;
        foreach (var (features, gold) in examples)
        {
            int guess = c.Predict(features).Label, label = gold;
            // Scoring one class: every other class counts as NONE.
            if (only >= 0) (guess, label) = (guess == only ? only : none, label == only ? only : none);
            if (guess == label) right++;
            if (none < 0) continue;
            if (guess != none) predictedEvents++;
            if (label != none) goldEvents++;
            if (guess != none && guess == label) bothEvents++;
        }
        scores[$"{stage}_accuracy"] = Math.Round(100.0 * right / examples.Count, 2);
        if (none < 0) return;
        scores[$"{stage}_precision"] = predictedEvents == 0 ? 0 : Math.Round(100.0 * bothEvents / predictedEvents, 2);
        scores[$"{stage}_recall"] = goldEvents == 0 ? 0 : Math.Round(100.0 * bothEvents / goldEvents, 2);
    }
}
