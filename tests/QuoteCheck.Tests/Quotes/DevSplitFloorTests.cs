using System.Globalization;
using System.Text;
using System.Text.Json;
using QuoteCheck.Quotes;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Quotes;

/// <summary>
/// A floor on the PolNeAR dev split (../shared/corpus/quotes/dev.jsonl, read at run time), scored by the
/// rules of the corpus's score.py: a reported quote matches a gold quote when the overlap covers half the
/// gold span, one to one, largest overlaps first; a speaker is right when it shares a folded word of three
/// letters or more (function words aside) with the gold speaker; gold speakers that are null or only a
/// pronoun are left out of the accuracy. The floors sit a little under what dev measures (docs/accuracy.md).
/// </summary>
public class DevSplitFloorTests
{
    private static readonly HashSet<string> Pronouns = ["i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers",
        "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "himself", "herself", "themselves", "itself", "one", "someone", "which", "that"];

    private static readonly HashSet<string> FunctionWords = ["the", "and", "for", "of", "with", "from", "who", "whom", "whose", "which", "that",
        "was", "were", "are", "has", "had", "have", "his", "her", "hers", "its", "their", "they", "them", "she", "him", "our", "your", "you", "this",
        "these", "those", "also", "said", "says", "told", "according"];

    private static readonly Lazy<Score[]> Scores = new(Run);

    [Test]
    public void AllKindsStayAboveTheFloor()
    {
        Score all = Scores.Value[0];
        TestContext.Out.WriteLine($"dev, all kinds: {all}");
        Assert.Multiple(() =>
        {
            Assert.That(all.F1, Is.GreaterThanOrEqualTo(0.67), all.ToString());
            Assert.That(all.SpeakerAccuracy, Is.GreaterThanOrEqualTo(0.90), all.ToString());
        });
    }

    [Test]
    public void DirectAndMixedQuotesStayAboveTheFloor()
    {
        Score direct = Scores.Value[1];
        TestContext.Out.WriteLine($"dev, direct and mixed: {direct}");
        Assert.Multiple(() =>
        {
            Assert.That(direct.F1, Is.GreaterThanOrEqualTo(0.86), direct.ToString());
            Assert.That(direct.SpeakerAccuracy, Is.GreaterThanOrEqualTo(0.92), direct.ToString());
        });
    }

    private static Score[] Run()
    {
        string path = Path.Combine(SharedData.RequireCorpus("quotes"), "dev.jsonl");
        var gold = new List<GoldQuote[]>();
        var documents = new List<SourceDocument>();
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            documents.Add(SourceDocument.Create(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!));
            gold.Add([.. root.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString()!,
                q.GetProperty("speaker").ValueKind == JsonValueKind.String ? q.GetProperty("speaker").GetString() : null))]);
        }

        IReadOnlyList<DocumentAnalysis> analyses = new QuoteCheckerBuilder().Build().AnalyzeAll(documents);
        var all = new Score();
        var directMixed = new Score();
        for (int d = 0; d < analyses.Count; d++)
        {
            Quote[] reported = [.. Scored(analyses[d].Quotes)];
            Tally(gold[d], reported, null, all);
            Tally(gold[d], reported, ["direct", "mixed"], directMixed);
        }

        return [all, directMixed];
    }

    // As the evaluation program writes them: attributed quotes, a partial quote folded into the indirect clause around it.
    private static IEnumerable<Quote> Scored(IReadOnlyList<Quote> quotes) =>
        quotes.Where(q => q.Kind != QuoteKind.Unattributed
            && !(q.Kind == QuoteKind.Partial && quotes.Any(o => o.Kind == QuoteKind.Indirect && o.Span.Contains(q.Span))));

    private static void Tally(GoldQuote[] gold, Quote[] reported, string[]? kinds, Score score)
    {
        var pairs = new List<(int Overlap, int Gold, int Reported)>();
        for (int g = 0; g < gold.Length; g++)
        {
            int length = gold[g].End - gold[g].Start;
            for (int r = 0; r < reported.Length; r++)
            {
                int overlap = Math.Min(reported[r].Span.End, gold[g].End) - Math.Max(reported[r].Span.Start, gold[g].Start);
                if (length > 0 && overlap > 0 && overlap * 2 >= length)
                {
                    pairs.Add((overlap, g, r));
                }
            }
        }

        pairs.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Reported.CompareTo(b.Reported));
        var usedGold = new HashSet<int>();
        var usedReported = new HashSet<int>();
        int ignored = 0;
        foreach ((_, int g, int r) in pairs)
        {
            if (usedGold.Contains(g) || usedReported.Contains(r))
            {
                continue;
            }

            usedGold.Add(g);
            usedReported.Add(r);
            if (kinds is not null && !kinds.Contains(gold[g].Kind))
            {
                ignored++;
                continue;
            }

            score.Matched++;
            if (!Scorable(gold[g].Speaker))
            {
                continue;
            }

            score.SpeakersScored++;
            if (SameSpeaker(gold[g].Speaker!, reported[r].Speaker?.Name))
            {
                score.SpeakersRight++;
            }
        }

        score.Gold += gold.Count(q => kinds is null || kinds.Contains(q.Kind));
        score.Reported += reported.Length - ignored;
    }

    private static bool Scorable(string? speaker)
    {
        if (string.IsNullOrEmpty(speaker))
        {
            return false;
        }

        string[] words = Words(speaker);
        return words.Length > 0 && !words.All(Pronouns.Contains);
    }

    private static bool SameSpeaker(string gold, string? reported)
    {
        if (string.IsNullOrEmpty(reported))
        {
            return false;
        }

        string[] g = [.. Words(gold).Where(w => w.Length >= 3 && !FunctionWords.Contains(w))];
        string[] p = [.. Words(reported).Where(w => w.Length >= 3 && !FunctionWords.Contains(w))];
        if (g.Length > 0 && p.Length > 0)
        {
            return g.Intersect(p).Any();
        }

        string a = string.Join(' ', Words(gold)), b = string.Join(' ', Words(reported));
        return a.Length > 0 && a == b;
    }

    // Runs of letters after folding case and diacritics, as score.py's [^\W\d_]+ on its fold().
    private static string[] Words(string s)
    {
        string folded = s.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder();
        foreach (char c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record GoldQuote(int Start, int End, string Kind, string? Speaker);

    private sealed class Score
    {
        public int Gold { get; set; }

        public int Reported { get; set; }

        public int Matched { get; set; }

        public int SpeakersScored { get; set; }

        public int SpeakersRight { get; set; }

        public double Precision => Reported == 0 ? 0 : (double)Matched / Reported;

        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double SpeakerAccuracy => SpeakersScored == 0 ? 0 : (double)SpeakersRight / SpeakersScored;

        public override string ToString() =>
            $"P={Precision:F3} R={Recall:F3} F1={F1:F3}; speaker acc={SpeakerAccuracy:F3} ({Matched} matched of {Gold} gold, {Reported} reported)";
    }
}
