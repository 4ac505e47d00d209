using System.Globalization;
using System.Text;

namespace QuoteCheck.Synthetic;

/// <summary>
/// Writes synthetic news clusters of our own invention for benchmarks and scale tests: fictional places,
/// people and events, with quotes and figures that agree across outlets and some that disagree. The
/// same seed gives the same text. Shared by the benchmarks and the tests (linked, not copied).
/// </summary>
internal static class SyntheticNews
{
    // Names are put together from syllables, so that each event has its own place, people and landmarks,
    // as real events do: at 100,000 articles a fixed list of ten places would make every event share
    // names with thousands of others, which no real archive does.
    private static readonly string[] Onsets = ["Var", "Cas", "Lind", "Mar", "Tel", "Sor", "Kes", "Bra", "Hal", "Orm", "Pell", "Dun", "Gre", "Ist", "Jor", "Quen", "Ros", "Ulv", "Wen", "Zam", "Bel", "Fen", "Nor", "Ask"];
    private static readonly string[] Middles = ["a", "e", "i", "o", "u", "ar", "en", "il", "or", "un", "ev", "ad"];
    private static readonly string[] Codas = ["holm", "trel", "gate", "vik", "sund", "dal", "mere", "wick", "bury", "stad", "berg", "mont", "ford", "lund", "ness", "rin"];
    private static readonly string[] Events = ["ferry capsized", "bridge collapsed", "dam burst", "fire spread", "train derailed", "storm struck", "mine flooded", "tower fell"];
    private static readonly string[] Landmarks = ["pier", "quarry", "viaduct", "lock", "terminal", "depot", "embankment", "crossing"];
    private static readonly string[] Roles = ["coastguard commander", "Transport Minister", "fire chief", "regional governor", "police spokesman", "rescue coordinator"];
    private static readonly string[] Outlets = ["Harbour Gazette", "Coastal Herald", "Daily Ledger", "Evening Post", "Northern Wire", "Valley Times"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // {0} is the event's landmark, {1} its place: every event's people say their own sentences.
    private static readonly string[] Sayings =
    [
        "We are still searching the {1} {0} and we will not stop until everyone is found",
        "Nobody should have been sent near the {0} in that weather",
        "The warnings about the {0} were there for anyone in {1} who cared to read them",
        "We owe the families of {1} answers, and they will get them",
        "What happened at the {0} was a tragedy that could have been avoided",
        "Our teams worked through the night at the {0} in terrible conditions",
    ];

    /// <summary>One synthetic article.</summary>
    public sealed record Article(string Id, string Outlet, DateOnly Published, string Text);

    /// <summary>Writes <paramref name="count"/> articles, grouped in clusters of about five about the same fictional event.</summary>
    public static IReadOnlyList<Article> Cluster(int count, int seed = 1, int targetBytes = 5_000)
    {
        var random = new Random(seed);
        var articles = new List<Article>(count);
        int eventIndex = 0;
        while (articles.Count < count)
        {
            int clusterSize = Math.Min(count - articles.Count, 3 + random.Next(5));
            var evt = new EventFacts(random, eventIndex++);
            for (int i = 0; i < clusterSize; i++)
            {
                articles.Add(Write(evt, random, articles.Count, i, targetBytes));
            }
        }

        return articles;
    }

    private sealed class EventFacts
    {
        public EventFacts(Random random, int index)
        {
            Index = index;
            Place = Name(random);
            What = Events[random.Next(Events.Length)];
            Landmark = Name(random) + " " + Landmarks[random.Next(Landmarks.Length)];
            Deaths = 10 + random.Next(300);
            Injured = 5 + random.Next(200);
            Date = new DateOnly(2030, 1, 1).AddDays(random.Next(700));
            Speakers = [.. Enumerable.Range(0, 3).Select(_ => (Name(random) + " " + Name(random), Roles[random.Next(Roles.Length)]))];
            Sayings = [.. SyntheticNews.Sayings.Select(s => string.Format(CultureInfo.InvariantCulture, s, Landmark, Place))];
            Years = 5 + random.Next(20);
            PreviousMonth = Months[random.Next(12)];
            PreviousYear = 2015 + random.Next(12);
        }

        public int Index { get; }
        public string Place { get; }
        public string What { get; }
        public int Deaths { get; }
        public int Injured { get; }
        public DateOnly Date { get; }
        public (string Name, string Role)[] Speakers { get; }
        public string Landmark { get; }
        public string[] Sayings { get; }
        public int Years { get; }
        public string PreviousMonth { get; }
        public int PreviousYear { get; }
    }

    private static Article Write(EventFacts e, Random random, int globalIndex, int indexInCluster, int targetBytes)
    {
        var text = new StringBuilder(targetBytes + 512);
        DateOnly published = e.Date.AddDays(random.Next(3));
        // Some outlets get a figure wrong or report a later, higher toll: the cross-check has work to do.
        int deaths = random.Next(5) == 0 ? e.Deaths + 1 + random.Next(20) : e.Deaths;
        text.Append(" date ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ');
        text.Append(CultureInfo.InvariantCulture, $"{Cap(e.What)} in {e.Place} kills {deaths}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{e.Place.ToUpperInvariant()} — At least {deaths} people died and {e.Injured} were injured when a {e.What.Split(' ')[0]} {e.What.Split(' ')[1]} near the {e.Landmark} on {e.Date.DayOfWeek}, {Months[e.Date.Month - 1]} {e.Date.Day}, {e.Speakers[0].Role} {e.Speakers[0].Name} said.\n\n");
        while (text.Length < targetBytes)
        {
            // Each person has their own two sentences, so the same words are not put in two mouths by chance.
            int speaker = random.Next(e.Speakers.Length);
            var (name, role) = e.Speakers[speaker];
            string surname = name.Split(' ')[1];
            string saying = e.Sayings[(speaker * 2) + random.Next(2)];
            switch (random.Next(6))
            {
                case 0:
                    text.Append(CultureInfo.InvariantCulture, $"\"{saying},\" {role} {name} told reporters.\n\n");
                    break;
                case 1:
                    text.Append(CultureInfo.InvariantCulture, $"{Cap(role)} {name} said the response had been \"{saying.ToLowerInvariant()}\" and promised an inquiry.\n\n");
                    break;
                case 2:
                    text.Append(CultureInfo.InvariantCulture, $"The operator has run the service for nearly {e.Years} years, and its last serious accident, in {e.PreviousMonth} {e.PreviousYear}, injured {1 + random.Next(40)} people.\n\n");
                    break;
                case 3:
                    text.Append(CultureInfo.InvariantCulture, $"\u201C{saying}. We will publish what we find within {2 + random.Next(10)} months,\u201D {surname} said.\n\n");
                    break;
                case 4:
                    text.Append(CultureInfo.InvariantCulture, $"Some {50 + random.Next(500)} rescuers and {3 + random.Next(30)} boats took part in the search, which cost about ${1 + random.Next(9)}.{random.Next(10)} million, according to the {role}'s office.\n\n");
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"A senior official, who asked not to be named, said about {10 + random.Next(80)}% of the town had lost power last month.\n\n");
                    break;
            }
        }

        string outlet = Outlets[(globalIndex + indexInCluster) % Outlets.Length];
        return new Article($"e{e.Index:D5}-{indexInCluster}-{outlet.Replace(' ', '-').ToLowerInvariant()}.txt", outlet, published, text.ToString());
    }

    private static string Name(Random random) =>
        Onsets[random.Next(Onsets.Length)] + Middles[random.Next(Middles.Length)] + Codas[random.Next(Codas.Length)];

    private static string Cap(string s) => string.Concat(char.ToUpperInvariant(s[0]).ToString(), s.AsSpan(1));
}
