namespace Brink.Coding.Learning;

/// <summary>
/// The event types whose actor the text often leaves unnamed, as the annotations show (a bombing by no one named: 30%
/// of ASSAULT events in the train split, against 0-2% of every other type). A record of another type with no actor at
/// all is far more likely a misread than a real event, so the coder leaves it out unless asked for everything.
/// </summary>
internal sealed class ActorlessTypes(IReadOnlySet<string> types)
{
    /// <summary>The share of a type's annotated events with no actor at which an actorless record of it is kept, and the events it needs.</summary>
    private const double MinShare = 0.10;
    private const int MinEvents = 20;

    public IReadOnlySet<string> Types { get; } = types;

    public bool Allows(string type) => Types.Contains(type);

    public static ActorlessTypes Learn(IEnumerable<(string Type, bool NoActor)> events) =>
        new(events.GroupBy(e => e.Type).Where(g => g.Count() >= MinEvents && g.Count(e => e.NoActor) >= MinShare * g.Count()).Select(g => g.Key).ToHashSet(StringComparer.Ordinal));

    public void Write(BinaryWriter w)
    {
        w.Write7BitEncodedInt(Types.Count);
        foreach (var t in Types.Order(StringComparer.Ordinal)) w.Write(t);
    }

    public static ActorlessTypes Read(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < n; k++) set.Add(r.ReadString());
        return new ActorlessTypes(set);
    }
}
