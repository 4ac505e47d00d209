using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Testing;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Claims;

/// <summary>The built-in claim kinds, tested the way users test their rules: with QuoteCheck.Testing. Invented sentences.</summary>
public class BuiltInRuleTests
{
    [Test]
    public void DeathTollWithLowerBoundAndSubject() =>
        Assert.That("More than 4,200 people died in the flood, officials in Varnholt said.",
            Yields.Claim("death-toll").AtLeast(4200).WithText("More than 4,200").WithSubject("people died").WithSubject("flood"));

    [Test]
    public void DeathTollWithTriggerBeforeTheValue() =>
        Assert.That("The storm killed 37 villagers along the Orrin coast.", Yields.Claim("death-toll").Exactly(37).WithSubject("killed"));

    [Test]
    public void DeathTollNamedEarlierInTheSentence() =>
        Assert.That("The death toll from the Kessel mine fire has risen to 52, rescuers said.",
            Yields.Claim("death-toll").Exactly(52).WithSubject("death toll"));

    [Test]
    public void RisingFiguresWithoutATollAreNotDeathTolls() =>
        Assert.That("Ticket sales at the Kessel fair have risen to 52 a day.", Yields.NoClaim("death-toll"));

    [Test]
    public void DeathTollFromInflectedTrigger() =>
        Assert.That("Twelve miners perished when the Kessel shaft flooded.", Yields.Claim("death-toll").Exactly(12));

    [Test]
    public void InjuredIsNotADeathToll()
    {
        const string text = "At least 80 people were injured in the blast at the Tamsin depot.";
        Assert.That(text, Yields.Claim("injured").WithValue(80).WithSubject("injured"));
        Assert.That(text, Yields.NoClaim("death-toll"));
    }

    [Test]
    public void NearestTriggerDecidesBetweenDeadAndInjured()
    {
        const string text = "The crash left 4 dead and 19 injured near Pellow.";
        Assert.That(text, Yields.Claim("death-toll").Exactly(4));
        Assert.That(text, Yields.Claim("injured").Exactly(19));
    }

    [Test]
    public void CountTakesTheCountedNoun() =>
        Assert.That("The two parties have signed some 40 accords since then.",
            Yields.Claim("count").WithValue(40).Qualified(Qualifier.Approximately).WithSubject("accords"));

    [Test]
    public void CountTakesAPartitivePhrase() =>
        Assert.That("Seven of the league's 19 clubs voted against the plan.",
            Yields.Claim("count").Exactly(7).WithSubject("19 clubs"));

    [Test]
    public void CountOfNothingInParticularIsNoClaim() =>
        Assert.That("The score was 12.", Yields.NoClaim("count"));

    [Test]
    public void PercentageTakesWhatItIsOf() =>
        Assert.That("Dorran imposed a 100-percent tariff on imported grain.", Yields.Claim("percentage").Exactly(100).WithSubject("tariff"));

    [Test]
    public void DurationAgoImpliesTheDateItPointsBackTo() =>
        Assert.That("The Harlow ceasefire collapsed 18 months ago.",
            Yields.Claim("duration").WithDuration("P18M").WithSubject("ceasefire collapsed").PublishedOn("2031-07-10").ImplyingDate("2030-01"));

    [Test]
    public void FirstTalksInSoManyMonthsSaysWhenThePreviousTalksWere() =>
        Assert.That("The two mayors held their first face-to-face talks in 20 months on Tuesday.",
            Yields.Claim("duration").WithDuration("P20M").WithSubject("first face-to-face talks").PublishedOn("2031-07-16").ImplyingDate("2029-11"));

    [Test]
    public void ApproximateDurationImpliesARangeOfMonths()
    {
        var document = SourceDocument.Create("t", "The Orrin dialogue stalled about 18 months ago.", new DateOnly(2031, 7, 12));
        Claim claim = QuoteChecker.Default.Analyze(document).Claims.Single(c => c.Kind == "duration");
        DateValue implied = claim.ImpliedDate!;
        Assert.Multiple(() =>
        {
            Assert.That(implied.Granularity, Is.EqualTo(DateGranularity.Range));
            Assert.That(implied.Start, Is.LessThan(new DateOnly(2030, 1, 1)), "about 18 months reaches further back than 18 months");
            Assert.That(implied.End, Is.GreaterThan(new DateOnly(2030, 2, 1)), "and less far");
        });
    }

    [Test]
    public void DurationWithoutPublicationDateImpliesAnUnresolvedDate()
    {
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("t", "The Harlow ceasefire collapsed 18 months ago."));
        Claim claim = analysis.Claims.Single(c => c.Kind == "duration");
        Assert.That(claim.ImpliedDate, Is.Not.Null);
        Assert.That(claim.ImpliedDate!.IsResolved, Is.False);
    }

    [Test]
    public void ALengthOfTimeImpliesNoDate()
    {
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("t", "The siege of Tarrow lasted 18 months.", new DateOnly(2031, 1, 5)));
        Assert.That(analysis.Claims.Single(c => c.Kind == "duration").ImpliedDate, Is.Null);
    }

    [Test]
    public void DateTakesTheEventItDates()
    {
        ValueSupport.RequireDates();
        Assert.That("Talks between Dorran and Velia broke down in November 2028.",
            Yields.Claim("date").OnDate("2028-11").WithSubject("talks").WithSubject("broke down"));
    }

    [Test]
    public void DateBesideANounTakesTheNoun()
    {
        ValueSupport.RequireDates();
        Assert.That("Velia declared independence in 2031 after the bloody 2027-28 war.",
            Yields.Claim("date").WithText("2027-28").WithSubject("war"));
        Assert.That("Velia declared independence in 2031 after the bloody 2027-28 war.",
            Yields.Claim("date").OnDate("2031").WithSubject("declared independence"));
    }
}
