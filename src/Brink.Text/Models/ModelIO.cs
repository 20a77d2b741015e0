using System.Runtime.InteropServices;
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

    /// <summary>
    /// Writes the model as four flat blocks (keys as 32-bit folds, row lengths, classes, 16-bit weight
    /// steps) so loading is a few bulk reads instead of millions of small ones.
    /// </summary>
    /// <remarks>With <paramref name="classOrder"/>, the model holds class c as classOrder[c] and is written as class c.</remarks>
    public static void WriteSparse(this BinaryWriter w, SparseModel m, ReadOnlySpan<int> classOrder = default)
    {
        int rows = m.FeatureCount, weights = m.WeightCount;
        w.Write7BitEncodedInt(m.ClassCount);
        w.Write(rows);
        w.Write(weights);
        w.Write(m.Scale);
        var keys = new uint[rows];
        var lengths = new byte[rows];
        for (int r = 0; r < rows; r++)
        {
            keys[r] = SparseModel.Fold(m.Keys[r]);
            lengths[r] = (byte)(m.Starts[r + 1] - m.Starts[r]);
        }
        var written = new int[m.ClassCount];
        for (int c = 0; c < written.Length; c++) written[classOrder.IsEmpty ? c : classOrder[c]] = c;
        var classes = new ushort[weights];
        var steps = new short[weights];
        for (int r = 0, j = 0; r < rows; r++)
            for (int k = 0; k < lengths[r]; k++, j++) { classes[j] = (ushort)written[m.ClassAt(r, k)]; steps[j] = m.StepAt(r, k); }
        w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        w.Write(lengths);
        w.Write(MemoryMarshal.AsBytes(classes.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(steps.AsSpan()));
    }

    /// <summary>A word map of small integers: its size, then each key and 7-bit-encoded value by ascending key.</summary>
    public static void Write(this BinaryWriter w, WordMap<int> map) => WriteMap(w, map, static (w, v) => w.Write7BitEncodedInt(v));

    /// <summary>A word map of bytes: its size, then each key and value by ascending key.</summary>
    public static void Write(this BinaryWriter w, WordMap<byte> map) => WriteMap(w, map, static (w, v) => w.Write(v));

    private static void WriteMap<T>(BinaryWriter w, WordMap<T> map, Action<BinaryWriter, T> value) where T : unmanaged
    {
        w.Write7BitEncodedInt(map.Count);
        foreach (var (k, v) in map.Sorted())
        {
            w.Write(k);
            value(w, v);
        }
    }

    public static WordMap<int> ReadIntMap(this BinaryReader r) => ReadMap(r, static r => r.Read7BitEncodedInt());

    public static WordMap<byte> ReadByteMap(this BinaryReader r) => ReadMap(r, static r => r.ReadByte());

    private static WordMap<T> ReadMap<T>(BinaryReader r, Func<BinaryReader, T> value) where T : unmanaged
    {
        int n = r.Read7BitEncodedInt();
        if (n < 0 || n > 1 << 26) throw new FormatException($"implausible map size {n}");
        var items = new KeyValuePair<ulong, T>[n];
        for (int i = 0; i < n; i++) items[i] = new(r.ReadUInt64(), value(r));
        return new WordMap<T>(items);
    }

    /// <remarks>With <paramref name="classOrder"/>, class c of the file is held as classOrder(class count)[c].</remarks>
    public static SparseModel ReadSparse(this BinaryReader r, Func<int, int[]>? classOrder = null)
    {
        int classCount = r.Read7BitEncodedInt();
        int rows = r.ReadInt32(), weights = r.ReadInt32();
        float scale = r.ReadSingle();
        if (rows < 0 || weights < 0 || weights > 1 << 24) throw new FormatException($"implausible model size ({rows} rows, {weights} weights)");
        var keys32 = new uint[rows];
        var lengths = new byte[rows];
        var classes = new ushort[weights];
        var steps = new short[weights];
        ReadExactly(r, MemoryMarshal.AsBytes(keys32.AsSpan()));
        ReadExactly(r, lengths);
        ReadExactly(r, MemoryMarshal.AsBytes(classes.AsSpan()));
        ReadExactly(r, MemoryMarshal.AsBytes(steps.AsSpan()));
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        for (int i = 0; i < rows; i++)
        {
            keys[i] = keys32[i];
            starts[i + 1] = starts[i] + lengths[i];
        }
        if (starts[rows] != weights) throw new FormatException($"row lengths add up to {starts[rows]}, not {weights}");
        foreach (var c in classes)
            if (c >= classCount) throw new FormatException($"class {c} out of range ({classCount} classes)");
        if (classOrder is not null)
        {
            var order = classOrder(classCount);
            for (int i = 0; i < classes.Length; i++) classes[i] = (ushort)order[classes[i]];
        }
        return new SparseModel(classCount, keys, starts, classes, steps, scale);
    }

    private static void ReadExactly(BinaryReader r, Span<byte> buffer)
    {
        r.BaseStream.ReadExactly(buffer);
    }
}
