using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Tests.Understanding;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("telefon", "telefon", 0)]
    [InlineData("telfon", "telefon", 1)]
    [InlineData("telefonn", "telefon", 1)]
    [InlineData("telefpn", "telefon", 1)]
    [InlineData("burgerburo", "buergerbuero", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("sprechstund", "sprechstunde", 1)]
    public void Counts_the_fewest_single_letter_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
        Assert.Equal(expected <= 1, EditDistance.AtMostOne(a, b));
        Assert.Equal(expected <= 1, EditDistance.AtMostOne(b, a));
    }

    [Fact]
    public void Agrees_with_the_textbook_table_on_random_words()
    {
        var random = new Random(20261129);
        for (var i = 0; i < 2000; i++)
        {
            var a = Word(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : Word(random);
            var expected = Textbook(a, b);
            Assert.Equal(expected, EditDistance.Between(a, b));
            Assert.Equal(expected <= 1, EditDistance.AtMostOne(a, b));
        }
    }

    [Fact]
    public void Handles_words_longer_than_the_stack_rows()
    {
        var a = new string('a', 300);
        var b = new string('a', 150) + "b" + new string('a', 149);
        Assert.Equal(1, EditDistance.Between(a, b));
    }

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => (char)('a' + random.Next(3)))]);

    private static string Mutate(string word, Random random)
    {
        var at = random.Next(word.Length + 1);
        return random.Next(3) switch
        {
            0 => word.Insert(at, "x"),
            1 when at < word.Length => word.Remove(at, 1),
            _ when at < word.Length => word[..at] + "y" + word[(at + 1)..],
            _ => word + "z",
        };
    }

    private static int Textbook(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
