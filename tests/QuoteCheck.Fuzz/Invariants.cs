using QuoteCheck.Invariants;
using QuoteCheck.Text;

namespace QuoteCheck.Fuzz;

/// <summary>What holds for any analysis of any text (tests/Shared/SpanInvariants.cs, the checks the NUnit reliability tests make).</summary>
internal static class Invariants
{
    public static void CheckAnalysis(DocumentAnalysis analysis)
    {
        List<string> problems = SpanInvariants.Violations(analysis);
        if (problems.Count > 0)
        {
            throw new InvariantBrokenException(problems[0]);
        }
    }

    public static void CheckInside(string text, TextSpan span, string what)
    {
        if (!SpanInvariants.IsInside(text, span))
        {
            throw new InvariantBrokenException($"{what} {span} lies outside a text of {text.Length} characters");
        }
    }
}

/// <summary>An invariant of the library's results does not hold: a finding for the fuzzer, like an exception.</summary>
internal sealed class InvariantBrokenException(string message) : Exception(message);
