using Brink.Coding;
using Brink.Text;

namespace Brink.Web.Data;

/// <summary>
/// The event coder for pasted articles. Loading takes about half a second, so it starts in the background
/// when the server starts and the first paste waits for it; a missing model folder is reported on that paste.
/// </summary>
internal sealed class CoderHolder
{
    private readonly Lazy<EventExtractor> _extractor;

    public CoderHolder(string? modelDir, string? dataDir)
    {
        _extractor = new Lazy<EventExtractor>(() => EventExtractor.Load(TextPipeline.ResolveModelDir(modelDir), EventExtractor.ResolveDataDir(dataDir)));
        _ = Task.Run(() => { try { _ = _extractor.Value; } catch (Exception) { /* reported when a paste needs the coder */ } });
    }

    public EventExtractor Extractor => _extractor.Value;
}
