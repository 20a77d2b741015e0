using Brink.Text.Learning;

namespace Brink.Text.Tests.Models;

public sealed class AveragedPerceptronTests
{
    private static AveragedPerceptron Trained(ulong feature, int truth)
    {
        var p = new AveragedPerceptron(2);
        p.Update([feature], truth, 1 - truth);
        p.Tick();
        return p;
    }

    [Fact]
    public void The_mean_of_members_averages_their_weights()
    {
        var a = Trained(7, 0);
        var b = Trained(7, 0);
        var c = Trained(9, 1);
        var mean = AveragedPerceptron.CompileMean([a, b, c], 0f);
        // Feature 7 is in two members of three, feature 9 in one: their weights shrink accordingly.
        Span<int> s7 = stackalloc int[2], s9 = stackalloc int[2], one = stackalloc int[2];
        mean.Score([7UL], s7);
        mean.Score([9UL], s9);
        a.Compile(0f).Score([7UL], one);
        Assert.True(s7[0] > 0 && s7[1] < 0);
        Assert.True(s9[1] > 0 && s9[0] < 0);
        Assert.Equal(2 * s9[1] * mean.Scale, s7[0] * mean.Scale, 3);
        Assert.Equal(one[0] * a.Compile(0f).Scale * 2 / 3, s7[0] * mean.Scale, 3);
    }

    [Fact]
    public void A_single_member_mean_is_the_plain_model()
    {
        var a = Trained(7, 0);
        var plain = a.Compile(0f);
        var mean = AveragedPerceptron.CompileMean([a], 0f);
        Assert.Equal(plain.Keys, mean.Keys);
        Assert.Equal(plain.Scale, mean.Scale);
    }
}
