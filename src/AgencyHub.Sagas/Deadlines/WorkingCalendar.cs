using AgencyHub.Messaging.Time;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Deadlines;

/// <summary>
/// Working days in England and Wales: Monday to Friday except bank holidays, which come from a data file
/// (<c>bank-holidays.json</c>, from gov.uk) so a new year's holidays need an edit and a restart, not a rebuild. Every
/// "working days" deadline counts with this (e.g. a pre-release notice's acknowledgement, due within 2 working days).
/// </summary>
public sealed class WorkingCalendar
{
    readonly BankHolidays _holidays;
    readonly ILogger<WorkingCalendar> _logger;
    int _warnedYear;

    /// <summary>A calendar of <paramref name="holidays"/>.</summary>
    public WorkingCalendar(BankHolidays holidays, ILogger<WorkingCalendar> logger) => (_holidays, _logger) = (holidays, logger);

    /// <summary>True for a weekday that is not a bank holiday.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        WarnIfNotCovered(day.Year);
        return !_holidays.Days.Contains(day);
    }

    /// <summary>
    /// The same London clock time <paramref name="days"/> working days after <paramref name="from"/>: a notice sent
    /// on Friday at 10:00 with two working days to answer is due on Tuesday at 10:00, or Wednesday after a bank
    /// holiday Monday.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var day = UkTime.DayOf(from);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return UkTime.At(day, UkTime.TimeOf(from));
    }

    // Past the file's last year every weekday counts as working: deadlines come out too early, never too late, and
    // the log says why, once a year.
    void WarnIfNotCovered(int year)
    {
        if (year >= _holidays.FirstYear && year <= _holidays.LastYear || _warnedYear == year) return;
        _warnedYear = year;
        _logger.LogWarning("The bank holiday file covers {FirstYear}-{LastYear}, not {Year}: add that year's bank holidays from gov.uk",
            _holidays.FirstYear, _holidays.LastYear, year);
    }
}
