using QuoteCheck.Claims.Values;
using QuoteCheck.CrossCheck;
using QuoteCheck.Reporting;

namespace QuoteCheck.Tests.CrossCheck;

/// <summary>Each claim comparison rule and tolerance, and the time-aware findings, on small invented articles.</summary>
public class ClaimCrossCheckTests
{
    private const string Setting = "The Veldra and Ostmark delegations met in Harrow Bay.";
    private static readonly DateOnly July16 = new(2040, 7, 16);
    private static readonly DateOnly July12 = new(2040, 7, 12);

    private static CrossCheckReport Check(params Article[] articles) => QuoteChecker.Default.CrossCheck(articles.Select(static a => a.Build()));

    private static Article A(string id, string body, DateOnly? published = null) => new(id, Setting + "\n\n" + body, published);

    [Test]
    public void EndOfAMonthAndADayInItAgree()
    {
        var a = A("a", "A summit was due to be held at the end of June.", July12)
            .Date("the end of June", new DateOnly(2040, 6, 20), new DateOnly(2040, 7, 1), DateGranularity.PartOfMonth);
        var b = A("b", "It led to the postponement of a planned June 27 summit.", July12)
            .Date("June 27", new DateOnly(2040, 6, 27), new DateOnly(2040, 6, 28), DateGranularity.Day);
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.ClaimGroups.Single().Agrees, Is.True);
            Assert.That(report.ClaimGroups.Single().Subject, Is.EqualTo("when the summit was planned"));
        });
    }

    [Test]
    public void NearlyADecadeTenYearsAndAStartMonthAgree()
    {
        var a = A("a", "Efforts to reach a deal have dragged on for nearly a decade.", July12).Duration("nearly a decade", 1, DurationUnit.Decade, Qualifier.Nearly);
        var b = A("b", "\"We have been talking for 10 years now,\" an official said.", July12).Duration("10 years", 10, DurationUnit.Year);
        var c = A("c", "The negotiations started in March 2031 and produced some agreements.", July16).Month("March 2031", 2031, 3);
        CrossCheckReport report = Check(a, b, c);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.ClaimGroups.Single().Members, Has.Count.EqualTo(3));
            Assert.That(report.ClaimGroups.Single().Agrees, Is.True);
        });
    }

    [Test]
    public void MoreThanAFigureAgreesWithALargerOne()
    {
        var a = A("a", "More than 13,000 people died in the war.", July12).Number("death-toll", "More than 13,000", 13000, Qualifier.MoreThan);
        var b = A("b", "Some 13,500 people died in the war.", July12).Number("death-toll", "13,500", 13500);
        Assert.That(Check(a, b).Conflicts, Is.Empty);
    }

    [Test]
    public void EighteenAndTwentyMonthsSinceTheSameBreakdownDisagree()
    {
        var a = A("a", "The leaders held their first talks in 18 months on Friday.", July12).Duration("18 months", 18, DurationUnit.Month);
        var b = A("b", "The leaders met for their first face-to-face talks in 20 months.", July16).Duration("20 months", 20, DurationUnit.Month);
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.Date));
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.High));
            Assert.That(conflict.Explanation, Does.StartWith(Explanations.Format(Explanations.ClaimDisagreement, Explanations.Format(Explanations.SubjectWhen, "the talks", "broke down"), "").TrimEnd('.')));
            Assert.That(conflict.Evidence.Select(static e => e.Text), Is.EqualTo(new[] { "18 months", "20 months" }));
        });
    }

    [Test]
    public void AboutEighteenMonthsAgoAndAMonthTwentyMonthsBackDisagree()
    {
        var a = A("a", "The most recent effort broke down about 18 months ago.", July12).Duration("about 18 months", 18, DurationUnit.Month, Qualifier.Approximately);
        var b = A("b", "Talks between the two broke down in November 2038.", July12).Month("November 2038", 2038, 11);
        var c = A("c", "The dialogue has been frozen since November 2038.", July16).Month("November 2038", 2038, 11);
        Conflict conflict = Check(a, b, c).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.Date));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(
                Explanations.ClaimDisagreement,
                "when the talks broke down",
                Explanations.Format(Explanations.ClaimSide, "b and c", "\u201CNovember 2038\u201D") + Explanations.SideSeparator
                + Explanations.Format(Explanations.ClaimSideOne, "a", Explanations.Format(Explanations.DurationBack, "\u201Cabout 18 months\u201D")))));
        });
    }

    [Test]
    public void AnArticleThatContradictsItselfIsReportedAsInternal()
    {
        var a = A("a", "The leaders held their first talks in 18 months. Talks broke down in November 2038.", July12)
            .Duration("18 months", 18, DurationUnit.Month).Month("November 2038", 2038, 11);
        CrossCheckReport report = Check(a);
        Conflict conflict = report.Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.Internal));
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.Medium));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(
                Explanations.Internal, "a", "when the talks broke down", "\u201CNovember 2038\u201D" + Explanations.InternalSeparator + Explanations.Format(Explanations.DurationBack, "\u201C18 months\u201D"))));
            Assert.That(conflict.Evidence.Select(static e => e.DocumentId).Distinct(), Is.EqualTo(new[] { "a" }));
        });
    }

    [Test]
    public void AGrowingDeathTollOverADayIsAnUpdate()
    {
        var a = A("a", "The ferry capsized and 41 people died, the coastguard said.", new DateOnly(2040, 3, 14)).Number("death-toll", "41", 41);
        var b = A("b", "The death toll has risen to 52, rescuers said.", new DateOnly(2040, 3, 15)).Number("death-toll", "52", 52);
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.Update));
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.Info));
            Assert.That(conflict.IsDisagreement, Is.False);
        });
    }

    [Test]
    public void DifferentTollsOnTheSameDayAreAContradiction()
    {
        var a = A("a", "The ferry capsized and 41 people died, the coastguard said.", new DateOnly(2040, 3, 15)).Number("death-toll", "41", 41);
        var b = A("b", "The death toll has risen to 52, rescuers said.", new DateOnly(2040, 3, 15)).Number("death-toll", "52", 52);
        Assert.That(Check(a, b).Conflicts.Single().Kind, Is.EqualTo(ConflictKind.ClaimValue));
    }

    [Test]
    public void ATollThatFallsLaterIsAContradiction()
    {
        var a = A("a", "The ferry capsized and 52 people died, the coastguard said.", new DateOnly(2040, 3, 14)).Number("death-toll", "52", 52);
        var b = A("b", "The death toll has been revised to 41, rescuers said.", new DateOnly(2040, 3, 15)).Number("death-toll", "41", 41);
        Assert.That(Check(a, b).Conflicts.Single().Kind, Is.EqualTo(ConflictKind.ClaimValue));
    }

    [Test]
    public void DifferentCountsOfTheSameThingDisagree()
    {
        var a = A("a", "Officials said 212 passengers had been on board.", July12).Number("count", "212", 212);
        var b = A("b", "The ferry was carrying 230 passengers.", July12).Number("count", "230", 230);
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.ClaimValue));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(
                Explanations.ClaimDisagreement, "the number of people on board",
                Explanations.Format(Explanations.ClaimSideOne, "a", "\u201C212\u201D") + Explanations.SideSeparator + Explanations.Format(Explanations.ClaimSideOne, "b", "\u201C230\u201D"))));
        });
    }

    [Test]
    public void NumbersAboutThingsWeCannotNameAreNotCompared()
    {
        var a = A("a", "The two sides agreed on 12 points.", July12).Number("count", "12", 12);
        var b = A("b", "The two sides agreed on 16 points.", July12).Number("count", "16", 16);
        Assert.Multiple(() =>
        {
            CrossCheckReport report = Check(a, b);
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.ClaimGroups, Is.Empty);
        });
    }

    [Test]
    public void SynonymsAlignClaims()
    {
        var a = A("a", "Negotiations collapsed in November 2038.", July12).Month("November 2038", 2038, 11);
        var b = A("b", "The dialogue stalled in 2038.", July12).Year("2038", 2038);
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.ClaimGroups.Single().Members, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void AnUndatedArticleTakesAnEstimatedDateFromItsCluster()
    {
        var a = A("a", "The leaders held their first talks in 18 months.").Duration("18 months", 18, DurationUnit.Month);
        var b = A("b", "Talks broke down in November 2038.", July12).Month("November 2038", 2038, 11);
        var c = A("c", "The dialogue has been frozen since November 2038.", July16).Month("November 2038", 2038, 11);
        CrossCheckReport report = Check(a, b, c);
        Assert.Multiple(() =>
        {
            Assert.That(report.EstimatedDates, Is.EqualTo(new Dictionary<string, DateOnly> { ["a"] = July12 }));
            Assert.That(report.Conflicts.Single().Kind, Is.EqualTo(ConflictKind.Date));
        });
    }

    [Test]
    public void TheSameArticleTwiceIsADuplicateNotADoubledAgreement()
    {
        const string body = "The ferry was carrying 230 passengers when it capsized off the northern cape in a storm that had been forecast for days. "
            + "Rescue crews from three harbours searched the water through the night, and the coastguard said the search would go on until every passenger was found.";
        var a = A("a", body, July12).Number("count", "230", 230);
        var copy = A("copy", body).Number("count", "230", 230);
        var b = A("b", "Officials said 230 passengers had been on board.", July12).Number("count", "230", 230);
        CrossCheckReport report = Check(a, copy, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts.Single().Kind, Is.EqualTo(ConflictKind.Duplicate));
            Assert.That(report.Conflicts.Single().Explanation, Is.EqualTo(Explanations.Format(Explanations.Duplicate, "a", "copy", 100)));
            Assert.That(report.ClaimGroups.Single().Members.Select(static m => m.DocumentId), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void UnrelatedEventsInOneRunProduceNoConflictsBetweenThem()
    {
        var ferry = new Article("ferry", "The Saint Oda sank near Varnholm. Nordlys Lines said 230 passengers were aboard.", July12).Number("count", "230", 230);
        var fire = new Article("fire", "A fire in Quellmoor destroyed the Tarnhall depot. Crews said 12 passengers on a bus were evacuated.", July12).Number("count", "12", 12);
        Assert.That(Check(ferry, fire).Conflicts, Is.Empty);
    }

    [Test]
    public void OneDocumentGivesOnlyItsInternalFindings()
    {
        var a = A("a", "Officials said 212 passengers had been on board. Officials said 212 passengers had been on board.", July12).Number("count", "212", 212);
        Assert.That(Check(a).Conflicts, Is.Empty);
    }
}
