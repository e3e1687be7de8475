using System.Diagnostics;
using System.Reflection;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;

// What the language data costs: the time and managed memory to load each part once, in a fresh process, and the
// time of a question's analysis (its words, compound parts, verb forms and synonyms looked up in the index).
//   dotnet run -c Release --project bench/Haltern.LanguageDataBench [-- KNOWLEDGE_FOLDER]
var folder = args.Length > 0 ? args[0]
    : typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KnowledgeFolder").Value!;
Console.WriteLine($"Language data — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

// Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
static (TimeSpan Time, TimeSpan Cpu, long Bytes) Measure(Action load)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    load();
    var time = watch.Elapsed;
    return (time, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalMemory(forceFullCollection: true) - before);
}

void Print(string what, (TimeSpan Time, TimeSpan Cpu, long Bytes) m) =>
    Console.WriteLine($"| {what} | {m.Time.TotalMilliseconds:F0} ms | {m.Cpu.TotalMilliseconds:F0} ms | {m.Bytes / 1024.0 / 1024.0:F1} MiB |");

Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("| part | load (first use), wall | CPU | managed memory kept |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
Print("stop words (index + question)", Measure(() => _ = StopWords.Index.Count + StopWords.Question.Count));
Print("compound dictionary (thesaurus nouns)", Measure(() => _ = CompoundParts.Dictionary.Count));
Print("thesaurus (word → sets)", Measure(() => _ = Thesaurus.Loaded().Sets));
var knowledge = new KnowledgeLoader().Load(folder);
KnowledgeIndex? index = null;
Print($"index build ({knowledge.Articles.Count} articles, {knowledge.Services.Count} services)", Measure(() => index = KnowledgeIndex.Build(knowledge)));

var search = new KnowledgeSearch();
string[] questions = ["Wo gibt es Parkplätze?", "Wann ist die Müllabfuhr?", "Wie wird die Digitalisierung der Schulen finanziert?", "Wann hat das Bürgerbüro geöffnet?", "Wo kann ich mein Rad abstellen?"];
for (var i = 0; i < 2000; i++)
{
    _ = search.Terms(index!, questions[i % questions.Length], []);
}

const int Rounds = 20_000;
void PerQuestion(string label)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var synonyms = 0;
    for (var i = 0; i < Rounds; i++)
    {
        synonyms += search.Terms(index!, questions[i % questions.Length], []).Sum(t => t.Synonyms.Count);
    }

    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine($"question analysis {label}: {watch.Elapsed.TotalMicroseconds / Rounds:F1} µs wall, {used.TotalMicroseconds / Rounds:F1} µs CPU per question ({synonyms / (double)Rounds:F1} synonyms per question)");
}

PerQuestion("(synonyms looked up, kept per index state)");
Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
index!.Dispose();
return 0;
