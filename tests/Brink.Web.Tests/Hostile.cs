namespace Brink.Web.Tests;

/// <summary>An article whose text tries every way of becoming markup or script, around sentences the coder codes.</summary>
internal static class Hostile
{
    public const string Text =
        "Title: <script>window.__pwned = 1</script> Border clash\n" +
        "Published: 2027-03-20\n\n" +
        "Venezuela's army attacked a Guyanese border post on Friday, Guyana's defence minister said. <script>window.__pwned = 2</script>\n\n" +
        "<img src=x onerror=\"window.__pwned = 3\"> Guyana accused Venezuela of violating its sovereignty. " +
        "<a href=\"javascript:window.__pwned = 4\">Read more</a> <svg onload=\"window.__pwned = 5\"></svg> &lt;b&gt;not bold&lt;/b&gt;\n";

    public static readonly string[] Payloads =
        ["<script>window.__pwned = 2</script>", "<img src=x onerror=\"window.__pwned = 3\">", "<a href=\"javascript:window.__pwned = 4\">", "&lt;b&gt;"];
}
