namespace Brink.Coding.Learning;

/// <summary>
/// How far below NONE (in the perceptron's weight units) a class may score and still be taken, per decision: an event
/// type for a candidate word; the best actor and the best recipient phrase of an event that the argument model gave
/// none. Chosen on dev rows when the model is trained; zero takes the models' own decisions.
/// </summary>
internal sealed record DecisionSlacks(float Type = 0, float Actor = 0, float Recipient = 0)
{
    public void Write(BinaryWriter w)
    {
        w.Write(Type);
        w.Write(Actor);
        w.Write(Recipient);
    }

    /// <summary>Version 1 files hold the type slack alone.</summary>
    public static DecisionSlacks Read(BinaryReader r, bool typeOnly) =>
        typeOnly ? new(r.ReadSingle()) : new(r.ReadSingle(), r.ReadSingle(), r.ReadSingle());
}
