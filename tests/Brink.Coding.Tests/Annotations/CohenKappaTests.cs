using Brink.Coding.Annotations;

namespace Brink.Coding.Tests.Annotations;

public sealed class CohenKappaTests
{
    private static List<(string, string)> Pairs(int yesYes, int yesNo, int noYes, int noNo) =>
    [
        .. Enumerable.Repeat(("yes", "yes"), yesYes), .. Enumerable.Repeat(("yes", "no"), yesNo),
        .. Enumerable.Repeat(("no", "yes"), noYes), .. Enumerable.Repeat(("no", "no"), noNo),
    ];

    [Fact]
    public void The_textbook_table_gives_its_kappa() =>
        // 50 items: observed agreement 0.70, chance agreement 0.50, so kappa 0.40.
        Assert.Equal(0.4, CohenKappa.Of(Pairs(20, 5, 10, 15)), 6);

    [Fact]
    public void Full_agreement_is_one_and_chance_agreement_is_zero()
    {
        Assert.Equal(1.0, CohenKappa.Of(Pairs(10, 0, 0, 10)), 6);
        Assert.Equal(0.0, CohenKappa.Of(Pairs(5, 5, 5, 5)), 6);
    }
}
