using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using QuoteCheck.CrossCheck;
using QuoteCheck.Reporting;
using QuoteCheck.Sample;
using QuoteCheck.Tests.CrossCheck;

namespace QuoteCheck.Tests.Reporting;

/// <summary>
/// The HTML report in a real headless browser (Debian's chromium and chromedriver): it loads with no
/// console errors, every piece of evidence is highlighted, its own script runs under its
/// Content-Security-Policy, and nothing an article carries (script, event handlers, javascript: links)
/// runs. Skipped where no chromium or chromedriver is installed. One browser for the fixture.
/// </summary>
[NonParallelizable]
public class HtmlReportBrowserTests
{
    private static readonly string ChromeDriverPath = Environment.GetEnvironmentVariable("QUOTECHECK_CHROMEDRIVER") ?? "/usr/bin/chromedriver";
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("QUOTECHECK_CHROMIUM") ?? "/usr/bin/chromium";

    private ChromeDriver? _driver;
    private string _folder = "";

    [OneTimeSetUp]
    public void StartBrowser()
    {
        if (!File.Exists(ChromeDriverPath) || !File.Exists(ChromiumPath))
        {
            Assert.Ignore("skipped: no chromium/chromedriver");
        }

        _folder = Path.Combine(Path.GetTempPath(), "quotecheck-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        ChromeDriverService service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + Path.Combine(_folder, "profile"));
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_folder.Length > 0 && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold its profile for a moment; the temp folder is cleaned by the system
            }
        }
    }

    private ChromeDriver Open(CrossCheckReport report, string name)
    {
        string path = Path.Combine(_folder, name);
        using (var writer = new StreamWriter(path))
        {
            HtmlReportWriter.Instance.Write(report, writer);
        }

        ChromeDriver driver = _driver!;
        driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);
        return driver;
    }

    private static string[] ConsoleErrors(ChromeDriver driver) =>
        [.. driver.Manage().Logs.GetLog(LogType.Browser).Where(static e => e.Level >= LogLevel.Warning).Select(static e => e.Message)];

    [Test]
    public void TheSampleReportLoadsCleanlyAndHighlightsEveryPieceOfEvidence()
    {
        CrossCheckReport report = QuoteChecker.Default.Check(SampleCluster.Load());
        Assert.That(report.Conflicts, Is.Not.Empty, "the sample cluster should have findings to show");
        ChromeDriver driver = Open(report, "sample.html");
        Assert.Multiple(() =>
        {
            Assert.That(ConsoleErrors(driver), Is.Empty, "console errors");
            foreach (Conflict conflict in report.Conflicts)
            {
                Assert.That(driver.FindElements(By.Id(conflict.Id)), Has.Count.EqualTo(1), $"a card for {conflict.Id}");
                for (int i = 0; i < conflict.Evidence.Count; i++)
                {
                    var marks = driver.FindElements(By.CssSelector($".articles mark[data-ev~='{conflict.Id}-{i}']"));
                    Assert.That(marks, Is.Not.Empty, $"evidence {i} of {conflict.Id} is highlighted in its article");
                    string shown = string.Concat(marks.Select(static m => m.GetDomProperty("textContent")));
                    Assert.That(shown, Is.EqualTo(conflict.Evidence[i].Text), $"evidence {i} of {conflict.Id} highlights exactly its words");
                }
            }

            Assert.That(driver.FindElements(By.CssSelector(".timeline svg, .timeline p")), Is.Not.Empty, "a timeline section");
        });
    }

    [Test]
    public void NothingFromAnArticleRunsAndTheReportsOwnScriptDoes()
    {
        const string setting = "The Veldra and Ostmark delegations met in Harrow Bay.\n\n";
        const string attack = "<script>window.pwned = 1;</script><img src=x onerror=\"window.pwned = 2\"><a id=\"evil\" href=\"javascript:window.pwned = 3\">read more</a>";
        const string quote = "Nobody should have sailed in that weather " + attack;
        var a = new Article("a.txt", setting + "\"" + quote + "\", Vance said.\n\nThe harbour master closed the northern quay after the tide gauge failed twice.")
            .Quote(quote, "Orla Vance");
        var b = new Article("b.txt", setting + "\"" + quote + "\", said Maren Holt.\n\nVolunteers handed out blankets and soup to relatives in the ferry terminal.")
            .Quote(quote, "Maren Holt");
        CrossCheckReport report = QuoteChecker.Default.CrossCheck([a.Build(), b.Build()]);
        ChromeDriver driver = Open(report, "hostile.html");
        driver.FindElement(By.Id(report.Conflicts[0].Id)).Click();
        Assert.Multiple(() =>
        {
            Assert.That(driver.ExecuteScript("return typeof window.pwned;"), Is.EqualTo("undefined"), "an article's code ran");
            Assert.That(driver.FindElements(By.CssSelector("img, a[href^='javascript'], #evil, iframe, object, embed")), Is.Empty, "an article's markup became elements");
            Assert.That(driver.FindElements(By.CssSelector("script")), Has.Count.EqualTo(1), "only the report's own script");
            Assert.That(driver.FindElements(By.CssSelector(".articles mark.focus")), Is.Not.Empty, "the report's own script runs under its policy");
            Assert.That(ConsoleErrors(driver), Is.Empty, "console errors (a blocked inline script would log one)");
        });
    }
}
