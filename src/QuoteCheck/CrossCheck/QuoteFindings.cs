using System.Collections.Frozen;
using System.Globalization;
using QuoteCheck.Definitions;
using QuoteCheck.Quotes;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Turns groups of the same quote into findings: misattribution (named people differ), wording
/// differences (word diff and similarity), truncation, and a quote reported indirectly with a negation
/// gained or lost. Each version is compared with the group's representative (its fullest direct wording),
/// so a group of n versions costs n comparisons.
/// </summary>
internal static class QuoteFindings
{
    private static readonly FrozenSet<string> Negations =
        WordList.Lines("negations").SelectMany(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(static w => TextFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    public static List<QuoteGroup> Find(IReadOnlyList<DocumentAnalysis> documents, DocumentLabels labels, List<List<QuoteEntry>> groups, List<Conflict> conflicts)
    {
        var result = new List<QuoteGroup>();
        foreach (List<QuoteEntry> group in groups)
        {
            // Most groups are one quote: they end on the count, before any query over them is built.
            if (group.Count < 2 || group.Select(static e => e.Document).Distinct().Count() < 2 || !group.Any(static e => e.Quote.Kind != QuoteKind.Indirect))
            {
                continue; // one source only, or paraphrases only: nothing to line up
            }

            group.Sort(static (a, b) => a.Document != b.Document ? a.Document.CompareTo(b.Document) : a.Quote.Span.Start.CompareTo(b.Quote.Span.Start));
            string id = "q" + (result.Count + 1).ToString(CultureInfo.InvariantCulture);
            QuoteEntry representative = Representative(group);
            string speaker = SpeakerMatcher.Display(BestSpeaker(group));
            int before = conflicts.Count;

            bool misattributed = FindMisattribution(documents, labels, group, id, conflicts);
            var reportedPairs = new HashSet<(int, int)>();
            QuoteMatch[] matches = [.. group.Select(e => QuoteAligner.Compare(e, representative))];
            for (int m = 0; m < group.Count; m++)
            {
                QuoteEntry member = group[m];
                if (member.Document == representative.Document)
                {
                    continue;
                }

                if (misattributed && SpeakerMatcher.AreDifferentPeople(member.Surname, representative.Surname))
                {
                    continue; // the misattribution is the finding; a wording note on top would be noise
                }

                QuoteMatch match = matches[m];
                Conflict? finding = member.Quote.Kind == QuoteKind.Indirect
                    ? MeaningFinding(documents, labels, representative, member, speaker, match)
                    : WordingFinding(documents, labels, group, representative, member, speaker, match);
                if (finding is not null && reportedPairs.Add((Math.Min(member.Document, representative.Document), Math.Max(member.Document, representative.Document))))
                {
                    conflicts.Add(finding with { GroupId = id });
                }
            }

            QuoteGroupMember[] members = [.. group.Select((e, m) => new QuoteGroupMember(documents[e.Document].Document.Id, e.Quote, matches[m].Similarity))];
            result.Add(new QuoteGroup(id, representative.Quote.Text, BestSpeaker(group)?.Name, members, conflicts.Count == before));
        }

        return result;
    }

    private static QuoteEntry Representative(List<QuoteEntry> group) =>
        group.Where(static e => e.Quote.Kind is QuoteKind.Direct or QuoteKind.MultiParagraph).MaxBy(static e => e.Words.Length)
        ?? group.Where(static e => e.Quote.Kind != QuoteKind.Indirect).MaxBy(static e => e.Words.Length)
        ?? group[0];

    /// <summary>The named person with the fullest name, else any speaker.</summary>
    private static Speaker? BestSpeaker(List<QuoteEntry> group) =>
        group.Where(static e => e.Surname is not null).Select(static e => e.Quote.Speaker).MaxBy(static s => s!.Name.Length)
        ?? group.Select(static e => e.Quote.Speaker).FirstOrDefault(static s => s is not null);

    /// <summary>How many named versions of one quote are compared pairwise for a misattribution.</summary>
    internal const int MaxMisattributionCandidates = 48;

    /// <summary>How alike two named versions must be (short of equal or contained) to be one quote put in two mouths.</summary>
    private const int MisattributionSimilarity = 90;

    /// <summary>
    /// The fewest words the shared wording must have: two people may well both say "heartbreaking" or "not
    /// ready"; the same sentence in two mouths is the finding.
    /// </summary>
    private const int MisattributionMinWords = 5;

    private static bool FindMisattribution(IReadOnlyList<DocumentAnalysis> documents, DocumentLabels labels, List<QuoteEntry> group, string id, List<Conflict> conflicts)
    {
        // Only versions that are plainly the same words: a loose match between two people's sentences is not a misattribution.
        // The pairwise look is bounded: in a group that chaining made very large (many articles that
        // share a few well-known names), only the longest versions are compared with each other.
        QuoteEntry[] named =
        [
            .. group.Where(static e => e.Quote.Kind != QuoteKind.Indirect && e.Surname is not null)
                .OrderByDescending(static e => e.Words.Length).ThenBy(static e => e.Document).ThenBy(static e => e.Quote.Span.Start)
                .Take(MaxMisattributionCandidates),
        ];
        var bySurname = named.GroupBy(static e => e.Surname!, StringComparer.Ordinal).ToList();
        if (bySurname.Count < 2)
        {
            return false;
        }

        var involved = new List<QuoteEntry>();
        for (int a = 0; a < named.Length; a++)
        {
            for (int b = a + 1; b < named.Length; b++)
            {
                if (named[a].Document == named[b].Document || !SpeakerMatcher.AreDifferentPeople(named[a].Surname, named[b].Surname)
                    || !QuoteAligner.MayBeAtLeast(named[a], named[b], MisattributionSimilarity))
                {
                    continue;
                }

                QuoteMatch match = QuoteAligner.Compare(named[a], named[b]);
                if ((match.Relation is QuoteRelation.Equal or QuoteRelation.Contained || match.Similarity >= MisattributionSimilarity)
                    && Math.Min(named[a].Words.Length, named[b].Words.Length) >= MisattributionMinWords)
                {
                    involved.Add(named[a]);
                    involved.Add(named[b]);
                }
            }
        }

        if (involved.Count == 0)
        {
            return false;
        }

        QuoteEntry[] sides = [.. involved.Distinct().OrderBy(static e => e.Document).ThenBy(static e => e.Quote.Span.Start)];
        string[] sideTexts =
        [
            .. sides.GroupBy(static e => e.Surname!, StringComparer.Ordinal)
                .Select(g => Explanations.Format(Explanations.SpeakerSide, g.OrderByDescending(static e => e.Quote.Speaker!.Name.Length).First().Quote.Speaker!.Name, labels.List(g.Select(static e => e.Document)))),
        ];
        QuoteEntry shortest = sides.MinBy(static e => e.Words.Length)!;
        string explanation = Explanations.Format(Explanations.QuoteSpeaker, shortest.Quote.Text, sideTexts[0], Explanations.List(sideTexts[1..]));
        Evidence[] evidence = [.. sides.Select(e => QuoteEvidence(documents, e))];
        conflicts.Add(new Conflict(ConflictKind.QuoteSpeaker, ConflictSeverity.High, explanation, evidence) { GroupId = id, Similarity = QuoteAligner.Compare(sides[0], sides[^1]).Similarity });
        return true;
    }

    private static Conflict? WordingFinding(IReadOnlyList<DocumentAnalysis> documents, DocumentLabels labels, List<QuoteEntry> group, QuoteEntry representative, QuoteEntry member, string speaker, QuoteMatch match)
    {
        switch (match.Relation)
        {
            case QuoteRelation.Equal:
                return null;
            case QuoteRelation.Contained:
                // A partial quote is meant to be a few words of the whole; a direct one that is shorter is
                // truncated only if the source does not give the rest elsewhere in the same group.
                if (member.Quote.Kind == QuoteKind.Partial || CoveredByDocument(group, representative, member.Document))
                {
                    return null;
                }

                return new Conflict(
                    ConflictKind.QuoteTruncated,
                    ConflictSeverity.Low,
                    Explanations.Format(Explanations.QuoteTruncated, speaker, labels[member.Document], labels[representative.Document]),
                    Sides(documents, member, representative)) { Similarity = match.Similarity };
            case QuoteRelation.Similar:
                (QuoteEntry first, QuoteEntry second) = member.Document < representative.Document ? (member, representative) : (representative, member);
                (string diff, int similarity) = AlignedDiff(first, second);
                return new Conflict(
                    ConflictKind.QuoteWording,
                    similarity >= 70 ? ConflictSeverity.Low : ConflictSeverity.Medium,
                    Explanations.Format(Explanations.QuoteWording, speaker, labels[first.Document], labels[second.Document], similarity, diff),
                    Sides(documents, member, representative)) { Similarity = similarity, WordDiff = diff };
            default:
                return null;
        }
    }

    /// <summary>
    /// The diff and similarity over the stretch the two wordings share: when one source quotes more (a
    /// sentence before or after), that extra is cut and marked with an ellipsis rather than counted as rewording.
    /// </summary>
    private static (string Diff, int Similarity) AlignedDiff(QuoteEntry first, QuoteEntry second)
    {
        bool firstLonger = first.Words.Length >= second.Words.Length;
        QuoteEntry longer = firstLonger ? first : second;
        QuoteEntry shorter = firstLonger ? second : first;
        (int start, int end) = WordDiff.AlignedWindow(longer.Words, shorter.Words);

        // Only a real extra (a clause or sentence more) is cut; a word or two at an end is rewording to show.
        const int extraWords = 4;
        start = start < extraWords ? 0 : start;
        end = longer.Words.Length - end < extraWords ? longer.Words.Length : end;
        string[] words = longer.Words[start..end];
        string[] display = longer.Display[start..end];
        int similarity = LcsRatio.Of(string.Join(' ', words), shorter.Folded);
        string diff = firstLonger
            ? WordDiff.Of(words, shorter.Words, display, shorter.Display)
            : WordDiff.Of(shorter.Words, words, shorter.Display, display);
        return ((start > 0 ? "\u2026 " : "") + diff + (end < longer.Words.Length ? " \u2026" : ""), similarity);
    }

    private static Conflict? MeaningFinding(IReadOnlyList<DocumentAnalysis> documents, DocumentLabels labels, QuoteEntry representative, QuoteEntry member, string speaker, QuoteMatch match)
    {
        if (match.Relation != QuoteRelation.Similar || SpeakerMatcher.AreDifferentPeople(member.Surname, representative.Surname))
        {
            // Equal or contained: the same words, verbatim, so the sense cannot have flipped. Different: the
            // paraphrase joined the group through another version, and is no reading of this one. Another
            // person's: a paraphrase of what someone else said.
            return null;
        }

        // The sense flips when one wording carries a negation the other lacks (an odd count against an even
        // one), counted over the stretch of the quote the paraphrase covers: a negation in another sentence
        // of a long quote is not in the paraphrase.
        string[] quotedWords = representative.Words;
        string[] quotedDisplay = representative.Display;
        if (representative.Words.Length > member.Words.Length)
        {
            (int start, int end) = WordDiff.AlignedWindow(representative.Words, member.Words);
            quotedWords = representative.Words[start..end];
            quotedDisplay = representative.Display[start..end];
        }

        bool quoted = quotedWords.Count(Negations.Contains) % 2 == 1;
        bool reported = member.Words.Count(Negations.Contains) % 2 == 1;
        if (quoted == reported)
        {
            return null;
        }

        return new Conflict(
            ConflictKind.QuoteMeaning,
            ConflictSeverity.High,
            Explanations.Format(Explanations.QuoteMeaning, speaker, labels[representative.Document], labels[member.Document]),
            Sides(documents, member, representative)) { Similarity = match.Similarity, WordDiff = WordDiff.Of(quotedWords, member.Words, quotedDisplay, member.Display) };
    }

    /// <summary>Whether a document's versions together give every word of the representative.</summary>
    private static bool CoveredByDocument(List<QuoteEntry> group, QuoteEntry representative, int document)
    {
        bool[] covered = new bool[representative.Words.Length];
        foreach (QuoteEntry e in group)
        {
            if (e.Document != document)
            {
                continue;
            }

            int at = QuoteAligner.IndexOfRun(representative.Words, e.Words);
            if (at >= 0)
            {
                Array.Fill(covered, true, at, e.Words.Length);
            }
        }

        return covered.All(static c => c);
    }

    private static Evidence[] Sides(IReadOnlyList<DocumentAnalysis> documents, QuoteEntry a, QuoteEntry b) =>
        a.Document <= b.Document ? [QuoteEvidence(documents, a), QuoteEvidence(documents, b)] : [QuoteEvidence(documents, b), QuoteEvidence(documents, a)];

    private static Evidence QuoteEvidence(IReadOnlyList<DocumentAnalysis> documents, QuoteEntry entry)
    {
        var doc = documents[entry.Document].Document;
        return new Evidence(doc.Id, entry.Quote.Span.Slice(doc.Text).ToString(), entry.Quote.Span, entry.Quote.Speaker?.Name);
    }
}
