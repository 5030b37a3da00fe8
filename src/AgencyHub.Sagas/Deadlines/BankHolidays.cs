using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace AgencyHub.Sagas.Deadlines;

/// <summary>The bank holidays of England and Wales for the years the data file covers (see <see cref="WorkingCalendar"/>).</summary>
/// <param name="Days">The holidays.</param>
/// <param name="FirstYear">The first year the file covers.</param>
/// <param name="LastYear">The last year the file covers.</param>
public sealed record BankHolidays(IReadOnlySet<DateOnly> Days, int FirstYear, int LastYear)
{
    /// <summary>The file <c>Deadlines:BankHolidaysPath</c> names; relative paths are resolved against the application's directory.</summary>
    public static string FilePath(IConfiguration configuration)
    {
        var path = configuration[$"{SchemeDeadlines.Section}:BankHolidaysPath"] ?? "bank-holidays.json";
        return Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
    }

    /// <summary>Reads the file at <paramref name="path"/>; a missing or invalid file stops start-up with the reason.</summary>
    public static BankHolidays Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"The bank holiday file {path} does not exist (Deadlines:BankHolidaysPath)");
        var file = JsonSerializer.Deserialize<HolidayFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"The bank holiday file {path} is empty");
        if (file.FirstYear <= 0 || file.LastYear < file.FirstYear)
            throw new InvalidOperationException($"The bank holiday file {path} must give firstYear and lastYear, the years it covers");
        if (file.Holidays.FirstOrDefault(h => h.Date.Year < file.FirstYear || h.Date.Year > file.LastYear) is { } outside)
            throw new InvalidOperationException($"The bank holiday file {path} lists {outside.Date:yyyy-MM-dd}, outside the years it says it covers");
        return new BankHolidays(file.Holidays.Select(h => h.Date).ToHashSet(), file.FirstYear, file.LastYear);
    }

    sealed record HolidayFile(int FirstYear, int LastYear, List<Holiday> Holidays);

    sealed record Holiday(DateOnly Date, string Name);
}
