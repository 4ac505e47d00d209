using System.Globalization;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Lines up claims about the same thing and compares their values. Claims are bucketed by event
/// cluster, measure (time, duration, number and unit), topic and event, so only claims in one bucket
/// are ever compared. Within a bucket the readings are split into agreeing clusters by a sweep over
/// intervals sorted by their low end (each cluster keeps a common intersection). More than one cluster
/// is a disagreement, unless the figure is cumulative and grows with the articles' dates (an update).
/// A document with readings in two clusters contradicts itself.
/// </summary>
internal static class ClaimFindings
{
    private sealed record Item(int Document, Claim Claim, ClaimReading Reading, ClaimConcept Topic, ClaimConcept? Event);

    public static List<ClaimGroup> Find(IReadOnlyList<DocumentAnalysis> documents, SourceRelations relations, DocumentLabels labels, List<Conflict> conflicts, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        // What each claim is about: per document, on all cores.
        (ClaimConcept? Topic, ClaimConcept? Event)[][] concepts = PerDocument.Map(documents.Count, maxDegreeOfParallelism, cancellationToken, d =>
            relations.DuplicateOf[d] >= 0 ? [] : documents[d].Claims.Select(claim => ClaimConcepts.Of(documents[d].Document, claim)).ToArray());
        var buckets = new SortedDictionary<string, List<Item>>(StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (relations.DuplicateOf[d] >= 0)
            {
                continue;
            }

            for (int c = 0; c < documents[d].Claims.Count; c++)
            {
                Claim claim = documents[d].Claims[c];
                (ClaimConcept? topic, ClaimConcept? evt) = concepts[d][c];
                if (topic is null)
                {
                    continue; // we cannot tell what it is about: stay quiet rather than compare it with anything
                }

                bool time = evt is { Time: true } && claim.Value.Value is DateValue or DurationValue;
                if (claim.Value.Value is DateValue && !time)
                {
                    continue; // a bare date ("on Sunday") is when something was said, not a checkable fact
                }

                if ((claim.Value.Value is NumberValue && (!topic.Count || LooksLikeYear(claim)))
                    || (claim.Value.Value is DurationValue && !time && !topic.Length))
                {
                    continue; // only counts and lengths of topics where they mean something are compared
                }

                if (ClaimTolerance.Read(claim, time, relations.ReferenceDate[d], relations.Estimated[d]) is not { } reading)
                {
                    continue;
                }

                string key = string.Join('|', relations.Cluster[d].ToString(CultureInfo.InvariantCulture), reading.Measure, topic.Name, time ? evt!.Name : "");
                if (!buckets.TryGetValue(key, out List<Item>? list))
                {
                    buckets[key] = list = [];
                }

                list.Add(new Item(d, claim, reading, topic, time ? evt : null));
            }
        }

        var groups = new List<ClaimGroup>();
        foreach (List<Item> bucket in buckets.Values)
        {
            if (bucket.Count < 2)
            {
                continue;
            }

            bucket.Sort(static (a, b) => a.Document != b.Document ? a.Document.CompareTo(b.Document) : a.Claim.Span.Start.CompareTo(b.Claim.Span.Start));
            int[] cluster = Sweep(bucket);
            int clusters = cluster.Max() + 1;
            string id = "k" + (groups.Count + 1).ToString(CultureInfo.InvariantCulture);
            string subject = Subject(bucket[0]);
            int before = conflicts.Count;
            if (clusters > 1)
            {
                Judge(documents, relations, labels, bucket, cluster, clusters, subject, id, conflicts);
            }

            if (bucket.Select(static i => i.Document).Distinct().Count() < 2 && conflicts.Count == before)
            {
                continue; // one document saying the same thing twice: nothing to report
            }

            ClaimGroupMember[] members = [.. bucket.Select((item, i) => new ClaimGroupMember(documents[item.Document].Document.Id, item.Claim, item.Reading.Display(), cluster[i]))];
            groups.Add(new ClaimGroup(id, subject, members, clusters == 1));
        }

        return groups;
    }

    private static void Judge(IReadOnlyList<DocumentAnalysis> documents, SourceRelations relations, DocumentLabels labels, List<Item> bucket, int[] cluster, int clusters, string subject, string id, List<Conflict> conflicts)
    {
        bool time = bucket[0].Reading.Measure == "time";
        ConflictKind kind = time ? ConflictKind.Date : ConflictKind.ClaimValue;
        if (bucket[0].Topic.Cumulative && GrowsWithTime(relations, bucket, cluster, clusters) is { } order)
        {
            string sides = string.Join(Explanations.UpdateSeparator, order.Select(c => Explanations.Format(
                Explanations.UpdateSide,
                labels.List(Members(bucket, cluster, c).Select(static i => i.Document)),
                DateOf(relations, Members(bucket, cluster, c)),
                Words(Members(bucket, cluster, c)))));
            conflicts.Add(new Conflict(ConflictKind.Update, ConflictSeverity.Info, Capitalise(Explanations.Format(Explanations.Update, subject, sides)), Evidence(documents, bucket)) { GroupId = id });
            return;
        }

        bool crossDocument = bucket.Select(static i => i.Document).Distinct().Count() > 1;
        if (crossDocument)
        {
            string sides = string.Join(Explanations.SideSeparator, Enumerable.Range(0, clusters).Select(c => Explanations.Format(
                Members(bucket, cluster, c).Select(static i => i.Document).Distinct().Count() == 1 ? Explanations.ClaimSideOne : Explanations.ClaimSide,
                labels.List(Members(bucket, cluster, c).Select(static i => i.Document)),
                Words(Members(bucket, cluster, c)))));
            conflicts.Add(new Conflict(kind, ConflictSeverity.High, Explanations.Format(Explanations.ClaimDisagreement, subject, sides), Evidence(documents, bucket)) { GroupId = id });
        }

        if (bucket[0].Topic.Cumulative)
        {
            return; // "rose from 41 to 52" inside one article is the story, not a contradiction
        }

        foreach (IGrouping<int, int> byDocument in Enumerable.Range(0, bucket.Count).GroupBy(i => bucket[i].Document))
        {
            int[] own = [.. byDocument.Select(i => cluster[i]).Distinct().Order()];
            if (own.Length < 2)
            {
                continue;
            }

            Item[] items = [.. byDocument.Select(i => bucket[i])];
            string sides = string.Join(Explanations.InternalSeparator, own.Select(c => Words(byDocument.Where(i => cluster[i] == c).Select(i => bucket[i]))));
            conflicts.Add(new Conflict(ConflictKind.Internal, ConflictSeverity.Medium, Explanations.Format(Explanations.Internal, labels[byDocument.Key], subject, sides), Evidence(documents, items)) { GroupId = id });
        }
    }

    /// <summary>For a cumulative figure, the clusters in value order when their dates also rise strictly; otherwise null.</summary>
    private static int[]? GrowsWithTime(SourceRelations relations, List<Item> bucket, int[] cluster, int clusters)
    {
        var spans = new List<(int Cluster, double Value, DateOnly First, DateOnly Last)>();
        for (int c = 0; c < clusters; c++)
        {
            Item[] members = [.. Members(bucket, cluster, c)];
            DateOnly?[] dates = [.. members.Select(i => relations.ReferenceDate[i.Document])];
            if (dates.Any(static d => d is null))
            {
                return null;
            }

            spans.Add((c, members.Max(static i => i.Reading.Point), dates.Min()!.Value, dates.Max()!.Value));
        }

        spans.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        for (int k = 1; k < spans.Count; k++)
        {
            if (spans[k].First <= spans[k - 1].Last)
            {
                return null;
            }
        }

        return [.. spans.Select(static s => s.Cluster)];
    }

    private static int[] Sweep(List<Item> bucket)
    {
        int[] order = [.. Enumerable.Range(0, bucket.Count).OrderBy(i => bucket[i].Reading.Low).ThenBy(i => bucket[i].Reading.High).ThenBy(static i => i)];
        int[] cluster = new int[bucket.Count];
        int current = -1;
        double low = double.NegativeInfinity, high = double.NegativeInfinity;
        foreach (int i in order)
        {
            ClaimReading r = bucket[i].Reading;
            if (current >= 0 && r.Low <= high)
            {
                low = Math.Max(low, r.Low);
                high = Math.Min(high, r.High);
            }
            else
            {
                current++;
                (low, high) = (r.Low, r.High);
            }

            cluster[i] = current;
        }

        return cluster;
    }

    /// <summary>
    /// A bare four-digit whole number between 1800 and 2100 ("in May 2027") is a year the value recogniser
    /// did not read as a date; comparing it as a count would report nonsense.
    /// </summary>
    private static bool LooksLikeYear(Claim claim) =>
        claim.Value.Value is NumberValue { Qualifier: Qualifier.Exact, Value: >= 1800 and <= 2100 } number
        && number.Value == Math.Floor(number.Value)
        && claim.Text.Length == 4 && claim.Text.All(char.IsAsciiDigit);

    private static IEnumerable<Item> Members(List<Item> bucket, int[] cluster, int c) => bucket.Where((_, i) => cluster[i] == c);

    private static string DateOf(SourceRelations relations, IEnumerable<Item> items) =>
        string.Join("/", items.Select(i => relations.ReferenceDate[i.Document]!.Value).Distinct().Order().Select(static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>The distinct words of some claims, quoted, durations marked as counted back: “November 2018” or “20 months” back.</summary>
    private static string Words(IEnumerable<Item> items) =>
        string.Join(Explanations.AlternativeWords, items.Select(static i => i.Reading.Measure == "time" && i.Reading.IsDuration
                ? Explanations.Format(Explanations.DurationBack, "\u201C" + i.Claim.Text + "\u201D")
                : "\u201C" + i.Claim.Text + "\u201D")
            .Distinct(StringComparer.Ordinal));

    private static string Subject(Item item) => item.Reading.Measure switch
    {
        "time" => Explanations.Format(Explanations.SubjectWhen, item.Topic.Label, item.Event?.Label ?? Explanations.SomethingHappened),
        "duration" => Explanations.Format(Explanations.SubjectLength, item.Topic.Label),
        _ => Explanations.Format(Explanations.SubjectCount, item.Topic.Label),
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static Evidence[] Evidence(IReadOnlyList<DocumentAnalysis> documents, IEnumerable<Item> items) =>
        [.. items.Select(i => new Evidence(documents[i.Document].Document.Id, i.Claim.Span.Slice(documents[i.Document].Document.Text).ToString(), i.Claim.Span, i.Reading.Display()))];
}
