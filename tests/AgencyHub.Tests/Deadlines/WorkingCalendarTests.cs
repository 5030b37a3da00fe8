using AgencyHub.Sagas.Deadlines;
using AgencyHub.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgencyHub.Tests.Deadlines;

/// <summary>Working days of England and Wales, from the bank holiday file, and the deadline settings.</summary>
public class WorkingCalendarTests
{
    static readonly WorkingCalendar Calendar = new(
        BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "bank-holidays.json")), NullLogger<WorkingCalendar>.Instance);

    [Theory]
    // Friday: the weekend does not count.
    [InlineData("2026-11-27T10:00:00Z", 2, "2026-12-01T10:00:00Z")]
    // Good Friday and Easter Monday 2027, and the clocks going forward on the Sunday: 10:00 in London stays 10:00.
    [InlineData("2027-03-25T10:00:00Z", 2, "2027-03-31T10:00:00+01:00")]
    // The substitute days of Christmas 2027 (27th and 28th) and of New Year's Day 2028 (3 January).
    [InlineData("2027-12-24T10:00:00Z", 4, "2028-01-04T10:00:00Z")]
    public void Working_days_skip_weekends_and_bank_holidays_and_keep_the_london_clock_time(string from, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Calendar.AddWorkingDays(DateTimeOffset.Parse(from), days));

    [Fact]
    public void A_year_the_file_does_not_cover_counts_weekdays_as_working()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 1, 5)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2030, 12, 25)));
    }

    [Fact]
    public void A_holiday_outside_the_years_the_file_claims_is_refused_with_the_date()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"firstYear":2026,"lastYear":2026,"holidays":[{"date":"2027-01-01","name":"New Year's Day"}]}""");
        var error = Assert.Throws<InvalidOperationException>(() => BankHolidays.Load(path));
        Assert.Contains("2027-01-01", error.Message);
        Assert.Contains("does not exist", Assert.Throws<InvalidOperationException>(() => BankHolidays.Load(path + ".missing")).Message);
    }

    [Fact]
    public void A_schemes_settings_override_the_defaults_and_bad_ones_stop_start_up_naming_the_key()
    {
        var deadlines = new SchemeDeadlines(Configuration(("Deadlines:AcknowledgementWorkingDays", "3"), ("Deadlines:Schemes:CDRP-YORK:FirstNoticeDays", "42")));
        Assert.Equal((42, 3), (deadlines.For("CDRP-YORK").FirstNoticeDays, deadlines.For("CDRP-YORK").AcknowledgementWorkingDays));
        Assert.Equal(28, deadlines.For("CDRP-LEEDS").FirstNoticeDays);

        var error = Assert.Throws<InvalidOperationException>(() => new SchemeDeadlines(Configuration(("Deadlines:Schemes:CDRP-YORK:ReminderDays", "30"))));
        Assert.Contains("Deadlines:Schemes:CDRP-YORK: ReminderDays must be positive and less than FirstNoticeDays", error.Message);
    }

    static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
