package org.practicechallenge.protocol.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The partnership report as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled). One row per figure, {@code measure,code,value}, so agencies added by
 * configuration never change the columns.
 *
 * <p>The file is opened in spreadsheets, which run a cell that starts with {@code = + - @} (or a tab or carriage
 * return) as a formula. Codes come from repository data, so any such cell is prefixed with a single quote
 * (OWASP's advice for CSV injection) before it is quoted. Our own numbers are never negative, so no figure is
 * changed by this.
 */
public final class ReportCsv
{
    public static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "measure,code,value";
    private static final String CRLF = "\r\n";

    private ReportCsv()
    {
    }

    public static String render(PartnershipReport report)
    {
        StringBuilder csv = new StringBuilder(1024);
        write(report, csv);
        return csv.toString();
    }

    public static void write(PartnershipReport report, Appendable out)
    {
        try
        {
            out.append(HEADER).append(CRLF);
            row(out, "total", "", Integer.toString(report.total()));
            counts(out, "byStageReached", report.byStageReached());
            counts(out, "byRaisingAgency", report.byRaisingAgency());
            counts(out, "byRespondingAgency", report.byRespondingAgency());
            counts(out, "byCategory", report.byCategory());
            counts(out, "byKind", report.byKind());
            counts(out, "byResolution", report.byResolution());
            PartnershipReport.ResolutionTime time = report.workingDaysToResolve();
            row(out, "workingDaysToResolve", "count", Integer.toString(time.count()));
            row(out, "workingDaysToResolve", "mean", number(time.mean()));
            row(out, "workingDaysToResolve", "median", number(time.median()));
            row(out, "workingDaysToResolve", "max", time.max() == null ? "" : time.max().toString());
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** One field, neutralised against formula injection and quoted as RFC 4180 requires. */
    public static String cell(String value)
    {
        if (value == null || value.isEmpty())
        {
            return "";
        }
        String safe = startsFormula(value.charAt(0)) ? "'" + value : value;
        if (!needsQuotes(safe))
        {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** A decimal without exponent or trailing zeros ({@code 7.5}, {@code 10}); empty when there is none. */
    static String number(Double value)
    {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void counts(Appendable out, String measure, Map<String, Integer> counts) throws IOException
    {
        for (Map.Entry<String, Integer> count : counts.entrySet())
        {
            row(out, measure, count.getKey(), count.getValue().toString());
        }
    }

    private static void row(Appendable out, String measure, String code, String value) throws IOException
    {
        out.append(cell(measure)).append(',').append(cell(code)).append(',').append(cell(value)).append(CRLF);
    }

    private static boolean startsFormula(char first)
    {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean needsQuotes(String value)
    {
        for (int i = 0; i < value.length(); i++)
        {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n')
            {
                return true;
            }
        }
        return false;
    }
}
