package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.repo.report.ReportLabels;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * The CSV files the directors' dashlet downloads, written with Apache Commons CSV (which ACS ships) as RFC 4180:
 * comma separated, CRLF line ends, quoted where needed. Every word is a label, every date a day as Share shows it.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula; text comes
 * from people and configuration, so such a cell gets a leading single quote (OWASP's advice on CSV injection).
 * Numbers are written as numbers.
 */
final class CsvFiles
{
    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private CsvFiles()
    {
    }

    /** Starts a download of {@code fileName}. */
    static Writer open(WebScriptResponse res, String fileName) throws IOException
    {
        res.setStatus(Status.STATUS_OK);
        res.setContentType(MEDIA_TYPE);
        res.setContentEncoding(StandardCharsets.UTF_8.name());
        res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        res.setHeader("Cache-Control", "no-cache");
        return new Writer(new CSVPrinter(res.getWriter(), CSVFormat.RFC4180));
    }

    /** A text cell as a spreadsheet will show it, never as a formula. */
    static String cell(String value)
    {
        if (value == null || value.isEmpty())
        {
            return "";
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }

    static String day(LocalDate day)
    {
        return day == null ? "" : DAY.format(day);
    }

    /** Rows of one file; IO failures surface as the web script's own error. */
    static final class Writer
    {
        private final CSVPrinter printer;

        private Writer(CSVPrinter printer)
        {
            this.printer = printer;
        }

        void escalationsHeader(ReportLabels labels) throws IOException
        {
            List<String> header = new ArrayList<>();
            for (String column : new String[] {"reference", "childIdentifier", "childName", "kind", "stage",
                    "raisingAgency", "respondingAgency", "issueCategory", "caseCategory", "raised", "daysOpen", "due",
                    "overdue"})
            {
                header.add(cell(labels.text("column." + column)));
            }
            printer.printRecord(header);
        }

        /** One escalation; the child only when the reader may open the case folder. */
        void escalation(EscalationsGet.Shown shown, ReportLabels labels, ZoneId zone)
        {
            ChallengeSummary c = shown.challenge();
            String notOpen = labels.text("notOpen");
            row(cell(c.reference()),
                    shown.caseFolderReadable() ? cell(c.childIdentifier()) : notOpen,
                    shown.caseFolderReadable() ? cell(c.childName()) : notOpen,
                    cell(labels.kind(c.kind())), cell(labels.stage(c.stage())),
                    cell(labels.agency(c.raisingAgency())), cell(labels.agency(c.respondingAgency())),
                    cell(labels.issueCategory(c.issueCategory())), cell(labels.caseCategory(c.caseCategory())),
                    day(LocalDate.ofInstant(c.raisedAt(), zone)), Long.toString(shown.daysOpen()),
                    day(c.dueDate()), labels.yesNo(c.overdue()));
        }

        void row(Object... cells)
        {
            try
            {
                printer.printRecord(cells);
            }
            catch (IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException
        {
            printer.flush();
        }
    }
}
