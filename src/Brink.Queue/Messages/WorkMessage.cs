using Brink.Coding;

namespace Brink.Queue;

/// <summary>One unit of work: an article to code and store, or a stored article (by id) to code again.</summary>
internal sealed record WorkMessage(Article? Article, long? RecodeId, bool RecodeAll = false);
