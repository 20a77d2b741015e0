using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Brink.Cli.Commands.Generate;

/// <summary>
/// Writes news-like articles about invented events between real countries, for load tests: wire-style
/// sentences over every PLOVER quad, with datelines, weekdays, attribution and quotes. Same seed, same corpus.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private static readonly (string Name, string Adjective, string Capital)[] Countries =
    [
        ("Venezuela", "Venezuelan", "Caracas"), ("Guyana", "Guyanese", "Georgetown"), ("Brazil", "Brazilian", "Brasilia"), ("Colombia", "Colombian", "Bogota"),
        ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"), ("Egypt", "Egyptian", "Cairo"), ("Jordan", "Jordanian", "Amman"),
        ("Turkey", "Turkish", "Ankara"), ("Greece", "Greek", "Athens"), ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
        ("China", "Chinese", "Beijing"), ("Japan", "Japanese", "Tokyo"), ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
        ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Sudan", "Sudanese", "Khartoum"), ("Kenya", "Kenyan", "Nairobi"), ("Nigeria", "Nigerian", "Abuja"),
        ("Armenia", "Armenian", "Yerevan"), ("Azerbaijan", "Azerbaijani", "Baku"), ("Serbia", "Serbian", "Belgrade"), ("Poland", "Polish", "Warsaw"),
    ];
    private static readonly string[] Outlets = ["Meridian Wire", "Harbor Brief", "The Northgate Post", "Caribbean Ledger", "Atlas Daily", "Continental Report", "Bay Herald", "Summit News"];
    private static readonly string[] Offices = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Interior Minister"];
    private static readonly string[] First = ["Anita", "Rafael", "Lars", "Helena", "Omar", "Mei", "Tomas", "Amara", "Jonas", "Leila", "Viktor", "Sofia", "Kwame", "Irina"];
    private static readonly string[] Last = ["Persaud", "Ortuno", "Edvardsen", "Vasconcelos", "Haddad", "Tanaka", "Novak", "Okafor", "Lindqvist", "Rahimi", "Petrov", "Mendes"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Sentence patterns: {A}/{B} country names, {a}/{b} adjectives, {P} a person with office, {p} surname, {D} a weekday, {N} a number.</summary>
    private static readonly string[] Patterns =
    [
        "{a} forces shelled {b} positions near the border on {D}, killing {N} soldiers, officials said.",
        "{A} accused {B} of violating the ceasefire on {D}.",
        "{P} said on {D} that {A} would respond with force if {B} crossed the border.",
        "{A} deployed {N} hundred troops to the border region on {D}, according to two officials who spoke on condition of anonymity.",
        "{a} drones struck a {b} military base on {D}, the defence ministry said.",
        "{A} imposed sanctions on {b} officials on {D}.",
        "{A} expelled {b} diplomats on {D}, the foreign ministry said in a statement.",
        "{P} met {b} officials in {C} on {D} to discuss the crisis.",
        "{A} and {B} held talks in {C} on {D}, a government spokesperson said.",
        "{A} urged {B} to release the detained soldiers.",
        "{A} rejected {b} demands to withdraw its troops, {p} told reporters on {D}.",
        "{P} condemned the attack and called it a violation of international law.",
        "{A} agreed on {D} to resume talks with {B}.",
        "{A} sent humanitarian aid to {B} on {D}.",
        "{A} released {N} {b} prisoners on {D}, according to state media.",
        "{A} withdrew its troops from the disputed area on {D}.",
        "{P} praised {B} for its restraint.",
        "{A} threatened to cut diplomatic ties with {B} on {D}.",
        "{a} police arrested {N} {b} nationals on {D}, the interior ministry said.",
        "Thousands of people protested outside the {b} embassy in {C} on {D}.",
        "{A} did not rule out further strikes against {B}, {p} said.",
        "{A} will host talks with {B} next week, the foreign ministry said.",
        "{P} spoke by telephone with {b} leaders on {D}.",
        "Analysts said the crisis had deepened over the past week as both sides hardened their positions.",
        "Residents of border towns said they had heard explosions through the night.",
        "Markets in {C} fell sharply as investors weighed the risk of a wider conflict.",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Writes <paramref name="count"/> articles as JSON lines, <paramref name="perFile"/> per file; returns the files.</summary>
    public IReadOnlyList<string> Write(string folder, int count, int perFile, DateOnly from, int days, bool randomDates = false)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        for (int start = 0; start < count; start += perFile)
        {
            string path = Path.Combine(folder, $"articles-{start / perFile + 1:D5}.jsonl");
            using var output = new StreamWriter(path, false, new UTF8Encoding(false));
            for (int i = start; i < Math.Min(count, start + perFile); i++)
                WriteArticle(output, i, from.AddDays(randomDates ? _random.Next(days) : (int)((long)i * days / count)));
            files.Add(path);
        }
        return files;
    }

    private void WriteArticle(StreamWriter output, int index, DateOnly published)
    {
        var a = Countries[_random.Next(Countries.Length)];
        var b = Countries[_random.Next(Countries.Length)];
        while (b == a) b = Countries[_random.Next(Countries.Length)];
        string person = $"{First[_random.Next(First.Length)]} {Last[_random.Next(Last.Length)]}";
        string office = Offices[_random.Next(Offices.Length)];
        string outlet = Outlets[_random.Next(Outlets.Length)];
        var text = new StringBuilder();
        text.Append(a.Capital.ToUpperInvariant()).Append(" (").Append(outlet).Append(") - ");
        int sentences = 14 + _random.Next(8);
        for (int s = 0; s < sentences; s++)
        {
            var (x, y) = _random.Next(3) == 0 ? (b, a) : (a, b);
            string day = Weekdays[(published.DayNumber - 1 - _random.Next(6) + 7 * 1000) % 7];
            string sentence = Patterns[_random.Next(Patterns.Length)]
                .Replace("{P}", s == 0 || _random.Next(3) == 0 ? $"{x.Adjective} {office} {person}" : person.Split(' ')[1])
                .Replace("{p}", person.Split(' ')[1]).Replace("{A}", x.Name).Replace("{B}", y.Name).Replace("{a}", x.Adjective).Replace("{b}", y.Adjective)
                .Replace("{C}", x.Capital).Replace("{D}", day).Replace("{N}", (2 + _random.Next(40)).ToString(CultureInfo.InvariantCulture));
            text.Append(sentence).Append(s % 3 == 2 ? "\n\n" : " ");
        }
        var record = new Dictionary<string, string>
        {
            ["id"] = $"synthetic-{seed}-{index}",
            ["title"] = $"{a.Name} and {b.Name} trade blows as border crisis deepens",
            ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["outlet"] = outlet,
            ["url"] = $"https://{outlet.Replace(" ", "").ToLowerInvariant()}.example/{published:yyyy/MM/dd}/{index}",
            ["text"] = text.ToString().Trim(),
        };
        output.Write(JsonSerializer.Serialize(record));
        output.Write('\n');
    }
}
