using System.Globalization;
using System.Text.Json;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Tests.Claims.Values;

/// <summary>
/// Runs Specs/values.json: our own invented sentences, each with the values it must yield (text, span,
/// kind, normal form, qualifier and interval) and why the case exists. One generic fixture, many cases.
/// </summary>
public class ValueSpecTests
{
    public sealed record ExpectedValue(string Text, int Start, int Length, string Kind, string Value, string? Qualifier, double? Min, double? Max);

    public sealed record ValueSpec(string Name, string Input, string? ReferenceDate, IReadOnlyList<ExpectedValue> Expected, string Why)
    {
        public override string ToString() => Name;
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", "values.json");
        foreach (ValueSpec spec in JsonSerializer.Deserialize<List<ValueSpec>>(File.ReadAllText(path), Options)!)
        {
            yield return new TestCaseData(spec).SetName(spec.Name);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void RecognisesTheValues(ValueSpec spec)
    {
        DateOnly? reference = spec.ReferenceDate is null ? null : DateOnly.ParseExact(spec.ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        IReadOnlyList<RecognizedValue> found = QuoteChecker.Default.RecognizeValues(spec.Input, reference);
        string shown = string.Join("; ", found.Select(v => $"'{v.Text}'@{v.Span.Start} {v.Kind} {v.Value.ToNormalString()} {v.Value.Qualifier}"));
        foreach (ExpectedValue expected in spec.Expected)
        {
            RecognizedValue? value = found.FirstOrDefault(v => v.Span.Start == expected.Start && v.Span.Length == expected.Length);
            Assert.That(value, Is.Not.Null, $"{spec.Why}\nexpected '{expected.Text}' at {expected.Start}; found: {shown}");
            Assert.Multiple(() =>
            {
                Assert.That(value!.Text, Is.EqualTo(expected.Text));
                Assert.That(spec.Input.Substring(value.Span.Start, value.Span.Length), Is.EqualTo(value.Text), "the span indexes the input");
                Assert.That(value.Kind.ToString(), Is.EqualTo(expected.Kind), spec.Why);
                Assert.That(value.Value.ToNormalString(), Is.EqualTo(expected.Value), spec.Why);
                if (expected.Qualifier is not null)
                {
                    Assert.That(value.Value.Qualifier.ToString(), Is.EqualTo(expected.Qualifier), spec.Why);
                }

                Interval? interval = value.Value switch
                {
                    NumberValue n => n.Interval,
                    DurationValue d => d.Interval,
                    _ => null,
                };
                if (expected.Min is { } min)
                {
                    Assert.That(interval?.Min, Is.EqualTo(min).Within(1e-9), spec.Why);
                }

                if (expected.Max is { } max)
                {
                    Assert.That(interval?.Max, Is.EqualTo(max).Within(1e-9), spec.Why);
                }
            });
        }

        // Nothing else: a number inside a date, or a date inside a count, would be a false find.
        Assert.That(found, Has.Count.EqualTo(spec.Expected.Count), $"{spec.Why}\nfound: {shown}");
    }
}
