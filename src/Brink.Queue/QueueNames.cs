namespace Brink.Queue;

/// <summary>The JetStream names Brink uses: one work stream with one shared consumer, and a dead-letter stream beside it.</summary>
internal static class QueueNames
{
    public const string WorkStream = "BRINK_WORK";
    public const string ArticleSubject = "brink.work.article";
    public const string RecodeSubject = "brink.work.recode";
    public const string Workers = "brink-workers";
    public const string DeadStream = "BRINK_DEAD";
    public const string DeadSubject = "brink.dead";
    /// <summary>Headers on a dead letter: why it died and where it came from.</summary>
    public const string ErrorHeader = "Brink-Error", SourceHeader = "Brink-Source";
}
