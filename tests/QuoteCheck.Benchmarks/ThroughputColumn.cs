using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteCheck.Benchmarks;

/// <summary>MB/s of news text (UTF-8 bytes of <see cref="BenchInput"/>) for benchmarks that process the whole input once per operation.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 UTF-8 bytes) of news text processed per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type.GetCustomAttributes(typeof(WholeInputAttribute), inherit: true).Length == 0)
        {
            return "-";
        }

        BenchmarkReport? report = summary[benchmarkCase];
        double? meanNs = report?.ResultStatistics?.Mean;
        if (meanNs is not > 0)
        {
            return "?";
        }

        double mbPerSecond = BenchInput.TotalBytes / 1e6 / (meanNs.Value / 1e9);
        return mbPerSecond.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Marks a benchmark class whose every operation processes all of <see cref="BenchInput"/> once.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class WholeInputAttribute : Attribute;
