using System.Globalization;
using NUnit.Framework.Constraints;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using Interval = QuoteCheck.Claims.Values.Interval;

namespace QuoteCheck.Testing;

/// <summary>The outcome of a <see cref="ClaimConstraint"/>: on failure it writes every claim found, and the values recognised.</summary>
internal sealed class ClaimConstraintResult : ConstraintResult
{
    private readonly DocumentAnalysis _analysis;

    public ClaimConstraintResult(ClaimConstraint constraint, DocumentAnalysis analysis, bool success)
        : base(constraint, analysis, success)
    {
        _analysis = analysis;
    }

    public override void WriteActualValueTo(MessageWriter writer)
    {
        writer.Write(Describe(_analysis));
    }

    /// <summary>Every claim as <c>kind "words" = value [min, max] subject "…" (rule)</c>, one a line.</summary>
    internal static string Describe(DocumentAnalysis analysis)
    {
        var text = new System.Text.StringBuilder();
        if (analysis.Claims.Count == 0)
        {
            text.Append("no claims");
        }
        else
        {
            text.Append(analysis.Claims.Count == 1 ? "1 claim:" : $"{analysis.Claims.Count} claims:");
            foreach (Claim claim in analysis.Claims)
            {
                text.Append("\n    ").Append(claim.Kind).Append(" \"").Append(claim.Text).Append("\" = ")
                    .Append(ValueText(claim.Value.Value));
                if (claim.Subject is { } subject)
                {
                    text.Append(" subject \"").Append(subject).Append('"');
                }

                if (claim.ImpliedDate is { } implied)
                {
                    text.Append(" implies ").Append(implied.ToNormalString());
                }

                if (claim.Speaker is { } speaker)
                {
                    text.Append(" said by ").Append(speaker.Name);
                }

                text.Append(" (rule ").Append(claim.Rule).Append(')');
            }
        }

        return text.ToString();
    }

    private static string ValueText(ClaimValue value) => value switch
    {
        NumberValue n => $"{ClaimConstraint.Show(n.Value)}{(n.Unit is null ? string.Empty : " " + n.Unit)} {Bounds(n.Interval)} {n.Qualifier}",
        DurationValue d => $"{d.ToNormalString()} {Bounds(d.Interval)} {d.Qualifier}",
        DateValue d => $"{d.ToNormalString()} ({d.Granularity})",
        _ => value.ToNormalString(),
    };

    private static string Bounds(Interval interval) =>
        string.Create(CultureInfo.InvariantCulture, $"[{Bound(interval.Min)}, {Bound(interval.Max)}]");

    private static string Bound(double value) => double.IsInfinity(value) ? (value > 0 ? "∞" : "-∞") : ClaimConstraint.Show(value);
}
