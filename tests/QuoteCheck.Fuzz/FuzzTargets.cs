using System.Globalization;
using System.Text;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck.Fuzz;

/// <summary>
/// What the fuzzer calls with each input. A target lets through only what the library's contract does
/// not allow: any exception that escapes, or a broken invariant (a span outside the text, a text that
/// is not its span), which it throws as <see cref="InvariantBrokenException"/>. AFL counts both as a crash.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>Separates the articles of one input (ASCII record separator); without it, the second article is the first half.</summary>
    private const byte ArticleSeparator = 0x1E;

    private static readonly DateOnly Published = new(2031, 3, 14);

    // An invented article the rule target runs its rules on, so that what a rule file holds is also used.
    private const string RuleProbe =
        "At least 14 people died and 230 were hurt when the Marrowgate bridge fell on 4 May 2031, police said.\n\n" +
        "\"We evacuated 1,200 residents within 18 months,\" mayor Ilsa Quorne said, adding that repairs cost $4.5 million, 12% over budget.";

    // One thread: SharpFuzz keeps the previous branch in one static field, so branches taken on several
    // threads at once would mix into edges that never happened, and AFL would see every run as new.
    // Built on first use, inside the fuzzing loop: instrumented library code that runs before SharpFuzz has
    // mapped AFL's shared memory writes through a null pointer and kills the process.
    private static readonly Lazy<QuoteChecker> SingleThreaded = new(() => new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build());

    private static QuoteChecker Checker => SingleThreaded.Value;

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["article"] = Article,
        ["rules"] = Rules,
        ["values"] = Values,
    };

    /// <summary>Bytes as articles (UTF-8, invalid sequences included): analyse, cross-check, write every report.</summary>
    public static void Article(byte[] input)
    {
        var documents = new List<SourceDocument>();
        int start = 0;
        for (int i = 0; i <= input.Length && documents.Count < 4; i++)
        {
            if (i == input.Length || input[i] == ArticleSeparator)
            {
                // Alternate known and unknown publication dates: the cross-check estimates the missing ones.
                DateOnly? published = documents.Count % 2 == 0 ? Published : null;
                documents.Add(SourceDocument.FromBytes($"a{documents.Count}", input.AsSpan(start, i - start), published));
                start = i + 1;
            }
        }

        if (documents.Count == 1)
        {
            documents.Add(SourceDocument.FromBytes("a1", input.AsSpan(0, input.Length / 2), Published.AddDays(1)));
        }

        CrossCheckReport report = Checker.Check(documents);
        foreach (DocumentAnalysis analysis in report.Documents)
        {
            Invariants.CheckAnalysis(analysis);
        }

        foreach (IReportWriter writer in new IReportWriter[] { JsonReportWriter.Instance, new TextReportWriter(), MarkdownReportWriter.Instance, HtmlReportWriter.Instance })
        {
            writer.Write(report, TextWriter.Null);
        }
    }

    /// <summary>Bytes as a claim rule file: either rules or a <see cref="ClaimRuleException"/> that says where; the rules must then work.</summary>
    public static void Rules(byte[] input)
    {
        const string source = "fuzz-rules.json";
        ClaimRuleSet rules;
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            rules = ClaimRuleSet.Load(stream, source);
        }
        catch (ClaimRuleException e)
        {
            if (e.FileName != source || e.LineNumber < 1 || e.LinePosition < 0 || string.IsNullOrWhiteSpace(e.Problem))
            {
                throw new InvariantBrokenException($"a rule error without a usable place: {e.Message}");
            }

            return;
        }

        QuoteChecker checker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).ClearClaimRules().AddClaimRules(rules).Build();
        DocumentAnalysis analysis = checker.Analyze(SourceDocument.Create("probe", RuleProbe, Published));
        Invariants.CheckAnalysis(analysis);
    }

    /// <summary>
    /// Bytes as text for the value recogniser. An input that starts with an ISO date and a line end
    /// uses that date as the reference date, so the fuzzer also reaches the edges of the calendar.
    /// </summary>
    public static void Values(byte[] input)
    {
        string text = Encoding.UTF8.GetString(input);
        DateOnly? reference = Published;
        int lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (lineEnd == 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            reference = date;
        }
        else if (input.Length % 3 == 0)
        {
            reference = null;
        }

        foreach (RecognizedValue value in Checker.RecognizeValues(text, reference))
        {
            Invariants.CheckInside(text, value.Span, "value");
            if (value.Text != text.Substring(value.Span.Start, value.Span.Length))
            {
                throw new InvariantBrokenException($"value text '{value.Text}' is not its span {value.Span}");
            }

            _ = value.Value.ToNormalString();
        }
    }
}
