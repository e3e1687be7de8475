using System.Globalization;
using Haltern.Assistant.Hours;
using Haltern.Assistant.Knowledge;
using Haltern.Assistant.Search;
using Haltern.Assistant.Understanding;

namespace Haltern.Assistant.Answers;

/// <summary>
/// What a question about time asks: the day or days, a part of the day, a time, and how to answer; with
/// <c>Weekly</c> the day is named as a rule ("donnerstags"), so a closure of the next such day is said and then the
/// next regular one's hours.
/// </summary>
internal sealed record HoursAsked(DateSpan? Day, DayPart? Part, bool Next, bool ClosedAsked, TimeOnly? Time, bool TimeIsEnd, bool Weekly = false);

/// <summary>
/// Writes the answers about a service's hours from <see cref="OpeningCalendar"/>: a day's times or why there are
/// none (a public holiday, a closure), a part of the day, a weekend, what is open now and what comes next. "Ja" only
/// where the calendar has a slot; a slot's note ("nur mit Termin") is said wherever the slot is.
/// </summary>
internal sealed class HoursAnswer
{
    private const int UpcomingDays = 3;

    /// <summary>The longest span of days answered day by day (a weekend, a week); longer ones get the week's hours.</summary>
    private const int SpanDaysAnswered = 7;

    private readonly bool _english;
    private readonly Phrases _p;
    private readonly HoursPhrases _h;
    private readonly OpeningCalendar _calendar;

    public HoursAnswer(bool english, OpeningCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _english = english;
        _p = english ? Phrases.English : Phrases.German;
        _h = english ? HoursPhrases.English : HoursPhrases.German;
        _calendar = calendar;
    }

    /// <summary>The hours of a service that has some, as the question asks for them.</summary>
    public void Write(ReplyBuilder builder, Service service, HoursAsked asked, DateTime now)
    {
        var hours = service.Hours;
        var today = DateOnly.FromDateTime(now);
        // Hours asked with no day while a closure takes today (a pool's winter break, a library's stocktaking): the
        // closure and the next days it opens, not a week's hours it does not keep now.
        var next = asked.Next || (asked.Day is null && asked.Part is null && _calendar.Day(hours, today).Closure is not null);
        if (asked.Day is { IsSingleDay: true } single)
        {
            var asDay = _calendar.Day(hours, single.Start);
            if (asked.Weekly && asDay.IsClosed && NextRegular(hours, single.Start) is { } regular)
            {
                // "Bis wann hat das Standesamt mittwochs offen?" asks of every Wednesday: the next one's closure is
                // said, and the hours of the next Wednesday that keeps them.
                builder.Say(ClosedDay(asDay)).Break();
                if (Day(builder, hours, regular, asked))
                {
                    return;
                }
            }

            if (Day(builder, hours, asDay, asked))
            {
                return;
            }

            next = true;
        }
        else if (asked.Day is { } span && span.End.DayNumber - span.Start.DayNumber <= SpanDaysAnswered && span.End > today)
        {
            // "diese Woche" asked on a Wednesday: the days gone by are no answer.
            if (Span(builder, hours, span.Start < today ? span with { Start = today } : span, asked))
            {
                return;
            }

            next = true;
        }
        else if (asked.Part is { } part)
        {
            PartOfWeek(builder, hours, part, asked.ClosedAsked);
        }

        if (next)
        {
            var from = asked.Day is { } d && d.Start > today ? d.Start.ToDateTime(TimeOnly.MinValue) : now;
            if (_calendar.Upcoming(hours, from, UpcomingDays) is { Count: > 0 } upcoming)
            {
                if (asked.Day is null)
                {
                    ClosedUntil(builder, hours, today, upcoming[0].Date);
                }

                NextDays(builder, upcoming, today);
                return;
            }
        }

        WeeklyList(builder, hours, today);
    }

    /// <summary>The next day of the same weekday after <paramref name="date"/> that no closure or holiday takes, within two months.</summary>
    private OpeningDay? NextRegular(WeeklyHours hours, DateOnly date)
    {
        for (var week = 1; week <= 8; week++)
        {
            var day = _calendar.Day(hours, date.AddDays(7 * week));
            if (!day.IsClosed)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>"Hat das Bürgerbüro jetzt geöffnet?": open or closed now, until when, or when next.</summary>
    public void OpenNow(ReplyBuilder builder, Service service, DateTime now, bool closedAsked)
    {
        var running = _calendar.Running(service.Hours, now);
        if (running is not null)
        {
            builder.Say(_p.Format(_p.OpenUntil, Yes(!closedAsked), Time(running.To) + NoteOf(running))).Break();
            return;
        }

        var today = _calendar.Day(service.Hours, DateOnly.FromDateTime(now));
        builder.Say(today.IsClosed
            ? _p.Format(_h.ClosedToday, Yes(closedAsked), Why(today))
            : _p.Format(_p.ClosedNow, Yes(closedAsked))).Break();
        var upcoming = _calendar.Upcoming(service.Hours, now, 2);
        if (upcoming.Count > 0)
        {
            NextDays(builder, upcoming, DateOnly.FromDateTime(now));
        }
    }

    /// <summary>
    /// Until when over a season, not today: the day before the office's next closure of <see cref="SeasonBreakDays"/>
    /// days or more, and that closure; where such a closure keeps it shut now, the closure and the last day open after
    /// it; where its file lists none, the sentence of its text that says until when ("in der Saison vom 16. Mai bis
    /// zum 13. September"). False, and nothing written, where none of these is there.
    /// </summary>
    public bool SeasonEnd(ReplyBuilder builder, Service service, DateOnly today)
    {
        var breaks = service.Hours.Closures.Where(c => c.To >= today && c.To.DayNumber - c.From.DayNumber + 1 >= SeasonBreakDays).OrderBy(c => c.From).ToArray();
        var now = breaks.FirstOrDefault(c => c.From <= today);
        var next = breaks.FirstOrDefault(c => c.From > today);
        var text = next is null
            ? (breaks.Length == 0 ? KnowledgeIndex.Sentences(service).FirstOrDefault(SentenceMarkers.SaysUntilWhen) : null)
            : now is null
                ? _p.Format(_h.OpenUntilBreak, next.From.AddDays(-1).ToDateTime(TimeOnly.MinValue), ClosureText(next))
                : _p.Format(_h.OpenAfterBreak, ClosureText(now), next.From.AddDays(-1).ToDateTime(TimeOnly.MinValue));
        if (text is null)
        {
            return false;
        }

        builder.Say(text).Break();
        return true;
    }

    /// <summary>The shortest closure that ends a season ("Saisonpause", "Winterpause"): two weeks, longer than any holiday break of an office.</summary>
    private const int SeasonBreakDays = 14;

    /// <summary>The week's hours, days with the same times run together ("Montag bis Freitag: 08:30–12:00 Uhr"), and the closures to come.</summary>
    public void WeeklyList(ReplyBuilder builder, WeeklyHours hours, DateOnly today)
    {
        builder.Say($"{_p.Hours}:");
        var days = Enumerable.Range(0, 7).Select(i => (DayOfWeek)((i + 1) % 7))
            .Select(day => (Day: day, Times: DayText(hours.On(day), hours.NotesOn(day))))
            .Where(d => d.Times.Length > 0)
            .ToList();
        var i = 0;
        while (i < days.Count)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1].Times == days[i].Times && (int)days[j + 1].Day == ((int)days[j].Day + 1) % 7)
            {
                j++;
            }

            var first = _p.Culture.DateTimeFormat.GetDayName(days[i].Day);
            var label = j == i ? first
                : j == i + 1 ? $"{first}, {_p.Culture.DateTimeFormat.GetDayName(days[j].Day)}"
                : $"{first} {_p.Through} {_p.Culture.DateTimeFormat.GetDayName(days[j].Day)}";
            builder.Write($"\n- {label}: {days[i].Times}").Speak($" {label}: {days[i].Times}.");
            i = j + 1;
        }

        var closures = hours.Closures.Where(c => c.To >= today).OrderBy(c => c.From).Take(2).ToArray();
        if (closures.Length > 0)
        {
            var text = string.Join("; ", closures.Select(ClosureText));
            builder.Write($"\n\n{_h.ClosedList} {text}.").Speak($" {_h.ClosedList} {text}.");
        }

        builder.Break();
    }

    /// <summary>One day asked for; false when it has nothing and the next days should follow.</summary>
    private bool Day(ReplyBuilder builder, WeeklyHours hours, OpeningDay day, HoursAsked asked)
    {
        var on = _p.Format(_p.OnDay, day.Date.ToDateTime(TimeOnly.MinValue));
        if (day.IsClosed)
        {
            builder.Say(_p.Format(_h.ClosedOnDay, Yes(asked.ClosedAsked), on, Why(day))).Break();
            return false;
        }

        if (day.Slots.Count == 0 && day.Notes.Count > 0)
        {
            // A note instead of times ("nach Vereinbarung") is neither yes nor no: it is said as written.
            builder.Say(_p.Format(_h.NoteOnDay, Capitalize(on), DayText([], day.Notes))).Break();
            return true;
        }

        if (day.Slots.Count == 0)
        {
            builder.Say(_p.Format(_p.ClosedAllDay, Yes(asked.ClosedAsked), on)).Break();
            return false;
        }

        var times = DayText(day.Slots, day.Notes);
        if (asked.Time is { } at)
        {
            // "Kann ich am Montag um 18 Uhr kommen?": the day has hours, but does the time fit them? "Hat es am
            // Donnerstag bis 18 Uhr offen?" asks whether the hours last until then: 08:00–18:00 does.
            var atTime = _p.Format(asked.TimeIsEnd ? _p.UntilTime : _p.AtTime, Time(at));
            var fits = day.Slots.Where(s => asked.TimeIsEnd ? s.From < at && at <= s.To : s.From <= at && at < s.To).ToArray();
            builder.Say(fits.Length > 0
                ? $"{Yes(!asked.ClosedAsked)}, {on} {atTime}: {DayText(fits, [])}."
                : _p.Format(_p.NotAtTime, Yes(asked.ClosedAsked), on, atTime, times)).Break();
            return true;
        }

        if (asked.Part is { } part)
        {
            var inPart = day.Slots.Where(s => DayParts.Overlaps(part, s.From, s.To)).ToArray();
            builder.Say(inPart.Length > 0
                ? _p.Format(_h.InPart, Yes(!asked.ClosedAsked), on, _h.Parts[part], DayText(inPart, []))
                : _p.Format(_p.ClosedInPart, Yes(asked.ClosedAsked), on, _h.Parts[part], times)).Break();
            return true;
        }

        builder.Say($"{Yes(!asked.ClosedAsked)}, {on}: {times}.").Break();
        return true;
    }

    /// <summary>A few days asked for ("am Wochenende"): each with its times; false when none has any.</summary>
    private bool Span(ReplyBuilder builder, WeeklyHours hours, DateSpan span, HoursAsked asked)
    {
        var days = new List<OpeningDay>();
        for (var date = span.Start; date < span.End; date = date.AddDays(1))
        {
            var day = _calendar.Day(hours, date);
            if (asked.Part is { } part)
            {
                day = day with { Slots = day.Slots.Where(s => DayParts.Overlaps(part, s.From, s.To)).ToArray() };
            }

            days.Add(day);
        }

        var last = span.End.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        var named = _p.Format(span.End.DayNumber - span.Start.DayNumber == 2 ? _h.SpanTwoDays : _h.SpanDays, span.Start.ToDateTime(TimeOnly.MinValue), last)
            + (asked.Part is { } p ? " " + _h.Parts[p] : string.Empty);
        var open = days.Where(d => d.HasHours).ToArray();
        if (open.Length == 0)
        {
            builder.Say(_p.Format(_h.SpanNone, Yes(asked.ClosedAsked), named));
            foreach (var closed in days.Where(d => d.IsClosed))
            {
                builder.Say(" " + ClosedDay(closed));
            }

            builder.Break();
            return false;
        }

        // Only slots make it a yes: a span whose days have notes alone is answered with the notes.
        var yes = open.Any(d => d.Slots.Count > 0);
        builder.Say(yes ? _p.Format(_h.InSpan, Yes(!asked.ClosedAsked), named) : Capitalize(named) + ":");
        // A day closed by a holiday or a closure that would have had hours (in the part asked) is named with its
        // reason, not left out: the citizen sees why.
        bool Regular(DateOnly date) => hours.On(date.DayOfWeek).Any(s => asked.Part is not { } part || DayParts.Overlaps(part, s.From, s.To));
        foreach (var day in days.Where(d => d.HasHours || (d.IsClosed && Regular(d.Date))))
        {
            var label = _p.Format(_english ? "{0:dddd, MMMM d}" : "{0:dddd, d. MMMM}", day.Date.ToDateTime(TimeOnly.MinValue));
            var text = day.HasHours ? DayText(day.Slots, day.Notes) : _p.Format(_h.ClosedInList, Why(day));
            builder.Write($"\n- {label}: {text}").Speak($" {label}: {text}.");
        }

        builder.Break();
        return true;
    }

    /// <summary>A part of the day without a day ("Hat das Amt nachmittags offen?"): the days of the week that have hours then.</summary>
    private void PartOfWeek(ReplyBuilder builder, WeeklyHours hours, DayPart part, bool closedAsked)
    {
        var days = Enumerable.Range(0, 7).Select(i => (DayOfWeek)((i + 1) % 7))
            .Select(day => (Day: day, Slots: hours.On(day).Where(s => DayParts.Overlaps(part, s.From, s.To)).ToArray()))
            .Where(d => d.Slots.Length > 0)
            .Select(d => $"{_p.Culture.DateTimeFormat.GetDayName(d.Day)} {DayText(d.Slots, [])}")
            .ToArray();
        builder.Say(days.Length > 0
            ? _p.Format(_h.PartWeek, Yes(!closedAsked), _h.Parts[part], string.Join("; ", days))
            : _p.Format(_h.PartWeekNone, Yes(closedAsked), _h.Parts[part])).Break();
    }

    /// <summary>
    /// Where a closure keeps the service shut from <paramref name="from"/> until the next open day: "Geschlossen: 2.
    /// März 2026 bis 30. Juni 2027 (Sanierung)." first, so that the next times read as the day it opens again.
    /// </summary>
    private void ClosedUntil(ReplyBuilder builder, WeeklyHours hours, DateOnly from, DateOnly open)
    {
        if (hours.Closures.Where(c => c.From < open && c.To >= from && c.To < open).MaxBy(c => c.To) is not { } closure)
        {
            return;
        }

        builder.Say($"{_h.ClosedList} {ClosureText(closure)}.").Break();
    }

    /// <summary>A closed day said without yes or no: "Am Mittwoch, 2. Dezember (Personalversammlung) geschlossen."</summary>
    private string ClosedDay(OpeningDay day) =>
        Capitalize(_p.Format(_h.ClosedOnDay, string.Empty, _p.Format(_p.OnDay, day.Date.ToDateTime(TimeOnly.MinValue)), Why(day)).TrimStart(',', ' '));

    /// <summary>A closure's days and reason: "24. Dezember 2026 bis 1. Januar 2027 (Betriebsferien)".</summary>
    private string ClosureText(Closure closure) =>
        (closure.From == closure.To ? _p.Date(closure.From) : $"{_p.Date(closure.From)} {_p.Through} {_p.Date(closure.To)}")
        + (closure.Reason is { } reason ? $" ({reason})" : string.Empty);

    private void NextDays(ReplyBuilder builder, IReadOnlyList<OpeningDay> upcoming, DateOnly today)
    {
        // A day of another year than today's says its year ("Donnerstag, 1. Juli 2027").
        var dayFormat = upcoming.Any(d => d.Date.Year != today.Year)
            ? (_english ? "{0:dddd, MMMM d, yyyy}" : "{0:dddd, d. MMMM yyyy}")
            : (_english ? "{0:dddd, MMMM d}" : "{0:dddd, d. MMMM}");
        var count = upcoming.Sum(d => d.Slots.Count + d.Notes.Count);
        builder.Say((count == 1 ? _p.NextSlot : _p.NextSlots) + " ");
        builder.Say(string.Join("; ", upcoming.Select(day => $"{_p.Format(dayFormat, day.Date.ToDateTime(TimeOnly.MinValue))}, {DayText(day.Slots, day.Notes)}")) + ".");
        builder.Break();
    }

    /// <summary>Why a day is closed: the holiday's name, or the closure's reason and, if it lasts longer, until when.</summary>
    private string Why(OpeningDay day)
    {
        if (day.Holiday is { } holiday)
        {
            return _english ? holiday.EnglishName : holiday.Name;
        }

        var closure = day.Closure!;
        var reason = closure.Reason ?? _h.ClosedDay;
        return closure.To > day.Date ? $"{reason}, {_p.Format(_h.UntilDate, closure.To.ToDateTime(TimeOnly.MinValue))}" : reason;
    }

    /// <summary>A day's slots, each with its note, then its notes: "08:00–12:00 Uhr, 14:00–18:00 Uhr (nur mit Termin), nach Vereinbarung".</summary>
    private string DayText(IReadOnlyList<HoursEntry> slots, IReadOnlyList<DayNote> notes) =>
        string.Join(", ", slots.Select(s => Range(s.From, s.To) + NoteOf(s)).Concat(notes.Select(n => n.Note)));

    private static string NoteOf(HoursEntry slot) => slot.Note is { } note ? $" ({note})" : string.Empty;

    /// <summary>"Ja" or "Nein": whether it is open, or, asked whether it is closed (<paramref name="yes"/> then means closed), that.</summary>
    private string Yes(bool yes) => yes ? _p.Open : _p.Closed;

    // English answers write the 24-hour clock too: it is how the town's signs and notices give the hours, and
    // the same times in both languages let a citizen compare them with what the office itself publishes.
    private string Range(TimeOnly from, TimeOnly to) => _english
        ? $"{Clock(from)}–{Clock(to)}"
        : $"{Clock(from)}–{Clock(to)} {_p.OClock}";

    private string Time(TimeOnly time) => _english ? Clock(time) : $"{Clock(time)} {_p.OClock}";

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
