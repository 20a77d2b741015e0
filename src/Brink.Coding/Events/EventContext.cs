using Brink.Coding.Dates;
using Brink.Coding.Syntax;
using Brink.Text;

namespace Brink.Coding.Events;

/// <summary>What every event of one sentence is coded against: the article, the mended tree, the actors seen so far, the sentence's dates and those before, and the events already coded.</summary>
internal sealed record EventContext(Article Article, SentenceTree Tree, Sentence Sentence, ActorFinder Finder,
    List<DateMention> Dates, List<DateMention> DatesBefore, DateOnly Anchor, List<EventRecord> Earlier);
