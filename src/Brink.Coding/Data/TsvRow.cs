using System.Globalization;

namespace Brink.Coding.Data;

/// <summary>One record of a <see cref="TsvTable"/>, with typed accessors that report file:line:column on error.</summary>
internal sealed class TsvRow(TsvTable table, int line, string[] fields)
{
    /// <summary>Separator of multi-valued fields, as the data READMEs define it.</summary>
    public const string ListSeparator = " ; ";

    public TsvTable Table { get; } = table;

    /// <summary>1-based line number in the file.</summary>
    public int Line { get; } = line;

    /// <summary>The raw field; empty string when the field is empty.</summary>
    public string this[string column] => fields[Table.Column(column)];

    /// <summary>The field, or an error if it is empty.</summary>
    public string Required(string column)
    {
        var value = this[column];
        return value.Length > 0 ? value : throw Error(column, "value is required; fill in this field");
    }

    /// <summary>The field, or null when it is empty.</summary>
    public string? Optional(string column)
    {
        var value = this[column];
        return value.Length > 0 ? value : null;
    }

    /// <summary>The values of a multi-valued field (empty array for an empty field).</summary>
    public string[] List(string column)
    {
        var value = this[column];
        if (value.Length == 0) return [];
        var parts = value.Split(ListSeparator);
        foreach (var part in parts)
        {
            if (part.Length == 0 || char.IsWhiteSpace(part[0]) || char.IsWhiteSpace(part[^1]) || part.Contains(';'))
                throw Error(column, "malformed list; separate values with ' ; ' (space, semicolon, space) and leave no empty values");
        }
        return parts;
    }

    /// <summary>A YYYY-MM-DD date.</summary>
    public DateOnly Date(string column) =>
        OptionalDate(column) ?? throw Error(column, "a date is required here; write it as YYYY-MM-DD");

    /// <summary>A YYYY-MM-DD date, or null when the field is empty.</summary>
    public DateOnly? OptionalDate(string column)
    {
        var value = this[column];
        if (value.Length == 0) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(column, "not a valid date; write it as YYYY-MM-DD");
    }

    /// <summary>A decimal number with a '.' separator.</summary>
    public double Number(string column)
    {
        var value = this[column];
        return double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(column, "not a number; write a decimal such as -3.5");
    }

    /// <summary>A yes/no field.</summary>
    public bool YesNo(string column) => this[column] switch
    {
        "yes" => true,
        "no" => false,
        _ => throw Error(column, "expected 'yes' or 'no'"),
    };

    /// <summary>An exception that names this row's file, line, the column and its value.</summary>
    public DataFormatException Error(string column, string problem) =>
        new(Table.Source, Line, column, this[column], problem);
}
