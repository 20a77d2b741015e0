using Brink.Text.Learning;

namespace Brink.Text;

/// <summary>Payload pieces shared by the model files: label tables and quantized sparse weights.</summary>
internal static class ModelIO
{
    public static void WriteStrings(this BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write7BitEncodedInt(items.Count);
        foreach (var s in items) w.Write(s);
    }

    public static List<string> ReadStrings(this BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        var list = new List<string>(n);
        for (int i = 0; i < n; i++) list.Add(r.ReadString());
        return list;
    }

    /// <summary>Writes weights as 16-bit integers with one scale per model; keys as 32-bit folds.</summary>
    public static void WriteSparse(this BinaryWriter w, SparseModel m)
    {
        w.Write7BitEncodedInt(m.ClassCount);
        w.Write7BitEncodedInt(m.FeatureCount);
        w.Write(m.Scale);
        var starts = m.Starts;
        for (int r = 0; r < m.FeatureCount; r++)
        {
            w.Write(SparseModel.Fold(m.Keys[r]));
            w.Write7BitEncodedInt(starts[r + 1] - starts[r]);
            for (int j = starts[r]; j < starts[r + 1]; j++)
            {
                w.Write7BitEncodedInt(m.ClassAt(j));
                w.Write(m.StepAt(j));
            }
        }
    }

    public static SparseModel ReadSparse(this BinaryReader r)
    {
        int classCount = r.Read7BitEncodedInt();
        int n = r.Read7BitEncodedInt();
        float scale = r.ReadSingle();
        var keys = new ulong[n];
        var starts = new int[n + 1];
        var classes = new List<ushort>(n * 2);
        var steps = new List<short>(n * 2);
        for (int i = 0; i < n; i++)
        {
            keys[i] = r.ReadUInt32();
            int k = r.Read7BitEncodedInt();
            for (int j = 0; j < k; j++)
            {
                int c = r.Read7BitEncodedInt();
                if ((uint)c >= (uint)classCount) throw new FormatException($"class {c} out of range in feature row {i}");
                classes.Add((ushort)c);
                steps.Add(r.ReadInt16());
            }
            starts[i + 1] = steps.Count;
        }
        return new SparseModel(classCount, keys, starts, classes.ToArray(), steps.ToArray(), scale);
    }
}
