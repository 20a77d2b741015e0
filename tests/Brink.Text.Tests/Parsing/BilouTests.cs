using Brink.Text.Entities;

namespace Brink.Text.Tests.Parsing;

public sealed class BilouTests
{
    [Fact]
    public void Iob2_converts_to_bilou_and_back_to_spans()
    {
        string[] iob = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"];
        var bilou = Bilou.FromIob(iob);
        Assert.Equal(new[] { "B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG" }, bilou);
        Assert.Equal(new[] { (0, 2, "PER"), (3, 4, "LOC"), (4, 7, "ORG") }, Bilou.Spans(bilou).ToArray());
    }

    [Theory]
    [InlineData(null, "B-PER", true)]
    [InlineData(null, "I-PER", false)]
    [InlineData("B-PER", "L-PER", true)]
    [InlineData("B-PER", "L-ORG", false)]
    [InlineData("B-PER", "O", false)]
    [InlineData("L-PER", "U-LOC", true)]
    [InlineData("O", "L-LOC", false)]
    public void Successions_follow_the_scheme(string? prev, string next, bool ok) => Assert.Equal(ok, Bilou.CanFollow(prev, next));
}
