using Microsoft.Playwright;

namespace Brink.Web.Tests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Playwright, headless, with a fresh profile and no background
/// networking. A missing browser fails the tests (test.sh leaves the Browser trait out, saying so, when it is absent).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Path = "/usr/bin/chromium";
    private readonly string _profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "brink-chromium-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;

    public IBrowserContext Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/screenshots beside the test assembly.</summary>
    public static string Shots { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path)) throw new FileNotFoundException($"Chromium is not installed at {Path}: apt-get install -y chromium chromium-driver");
        Directory.CreateDirectory(Shots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { /* the profile is in the temp folder */ }
    }
}
