using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Brink.Text;

/// <summary>
/// The container of every Brink model: an uncompressed header (magic, format version, metadata as
/// JSON, payload length and checksum) followed by a Brotli-compressed payload that the component
/// writes with <see cref="BinaryWriter"/>. The checksum turns truncation and corruption into a
/// clear error instead of garbage predictions.
/// </summary>
internal static class ModelFile
{
    private const uint Magic = 0x4B4E5242; // "BRNK"
    public const int FormatVersion = 2;

    public static void Write(string path, ModelMetadata meta, Action<BinaryWriter> writePayload)
    {
        var raw = new MemoryStream();
        using (var brotli = new BrotliStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
            writePayload(w);
        byte[] payload = raw.ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string tmp = path + ".tmp";
        using (var fs = File.Create(tmp))
        using (var w = new BinaryWriter(fs, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(JsonSerializer.Serialize(meta));
            w.Write((long)payload.Length);
            w.Write(Checksum(payload));
            w.Write(payload);
        }
        File.Move(tmp, path, overwrite: true);
    }

    public static ModelMetadata ReadMetadata(string path) => Open(path, out _);

    public static T Read<T>(string path, Func<ModelMetadata, BinaryReader, T> readPayload)
    {
        var meta = Open(path, out byte[] payload);
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress);
            using var r = new BinaryReader(brotli, Encoding.UTF8);
            return readPayload(meta, r);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException or FormatException or IndexOutOfRangeException)
        {
            throw new ModelFormatException(path, $"its payload does not decode ({e.Message})");
        }
    }

    private static ModelMetadata Open(string path, out byte[] payload)
    {
        if (!File.Exists(path)) throw new ModelFormatException(path, "the file does not exist");
        try
        {
            using var fs = File.OpenRead(path);
            using var r = new BinaryReader(fs, Encoding.UTF8);
            if (fs.Length < 8 || r.ReadUInt32() != Magic) throw new ModelFormatException(path, "it is not a Brink model (bad magic number)");
            int version = r.ReadInt32();
            if (version != FormatVersion) throw new ModelFormatException(path, $"format version {version} is not supported (this build reads version {FormatVersion})");
            var meta = JsonSerializer.Deserialize<ModelMetadata>(r.ReadString())
                       ?? throw new ModelFormatException(path, "its metadata is empty");
            long length = r.ReadInt64();
            ulong sum = r.ReadUInt64();
            if (length < 0 || length != fs.Length - fs.Position) throw new ModelFormatException(path, $"it is truncated or padded (payload says {length} bytes, file has {fs.Length - fs.Position})");
            payload = r.ReadBytes((int)length);
            if (Checksum(payload) != sum) throw new ModelFormatException(path, "its checksum does not match (the file is corrupt)");
            return meta;
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or IOException)
        {
            throw new ModelFormatException(path, $"its header is unreadable ({e.Message})");
        }
    }

    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in data) h = (h ^ b) * 1099511628211UL;
        return h;
    }
}
