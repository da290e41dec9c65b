package org.practicechallenge.repo.webscript;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.ReportPeriod;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * Reads the query string of a request in the protocol's terms. Every bad value is a {@link ProtocolViolation}
 * naming the parameter, which {@link PracticeChallengeWebScript} answers with a 400. A parameter given empty
 * ({@code stage=}) counts as not given, which is how Share's filters send "any".
 */
final class RequestParameters
{
    private final WebScriptRequest request;

    RequestParameters(WebScriptRequest request)
    {
        this.request = request;
    }

    /** The trimmed value, or {@code null} when absent or blank. */
    String text(String name)
    {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Stage stage(String name)
    {
        String code = text(name);
        return code == null ? null : Stage.fromCode(name, code);
    }

    /** A configured agency's code. */
    String agency(String name, AgencyDirectory agencies)
    {
        String code = text(name);
        return code == null ? null : agencies.agency(name, code).code();
    }

    IssueCategory issueCategory(String name)
    {
        String code = text(name);
        return code == null ? null : IssueCategory.fromCode(name, code);
    }

    CaseCategory caseCategory(String name)
    {
        String code = text(name);
        return code == null ? null : CaseCategory.fromCode(name, code);
    }

    /** The criteria the directors' list and the report share, with raised dates in the partnership's zone. */
    ChallengeFilter challengeFilter(AgencyDirectory agencies, ZoneId zone)
    {
        return new ChallengeFilter(
                stage("stage"),
                agency("agency", agencies),
                agency("raisingAgency", agencies),
                agency("respondingAgency", agencies),
                flag("overdue"),
                issueCategory("issueCategory"),
                caseCategory("caseCategory"),
                ReportPeriod.between(date("from"), date("to"), zone));
    }

    Boolean flag(String name)
    {
        String value = text(name);
        if (value == null)
        {
            return null;
        }
        if (value.equals("true") || value.equals("false"))
        {
            return Boolean.valueOf(value);
        }
        throw new ProtocolViolation(name, "'" + value + "' is not true or false");
    }

    LocalDate date(String name)
    {
        String value = text(name);
        if (value == null)
        {
            return null;
        }
        try
        {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException notADate)
        {
            throw new ProtocolViolation(name, "'" + value + "' is not a date written yyyy-MM-dd, such as 2026-10-01");
        }
    }

    int integer(String name, int absent)
    {
        String value = text(name);
        if (value == null)
        {
            return absent;
        }
        try
        {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException notANumber)
        {
            throw new ProtocolViolation(name, "'" + value + "' is not a whole number");
        }
    }

    /** One of {@code accepted}, or the first when absent. */
    String oneOf(String name, String... accepted)
    {
        String value = text(name);
        if (value == null)
        {
            return accepted[0];
        }
        for (String candidate : accepted)
        {
            if (candidate.equals(value))
            {
                return candidate;
            }
        }
        throw new ProtocolViolation(name, "'" + value + "' is not one of: " + String.join(", ", accepted));
    }
}
