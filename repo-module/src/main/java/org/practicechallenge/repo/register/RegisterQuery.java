package org.practicechallenge.repo.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;

/**
 * The {@code WHERE} clause and its parameters for a {@link ChallengeFilter} within an {@link AgencyScope}: the same
 * meaning as {@link ChallengeFilter#matches} and {@link AgencyScope#covers}, asked of the database so that only
 * matching rows are read. Values are always bound as parameters, never spliced into the text.
 */
final class RegisterQuery
{
    private final StringBuilder where = new StringBuilder(" WHERE 1=1");
    private final List<Object> parameters = new ArrayList<>();

    private RegisterQuery()
    {
    }

    static RegisterQuery of(ChallengeFilter filter, AgencyScope scope, boolean escalationsOnly)
    {
        RegisterQuery query = new RegisterQuery();
        if (escalationsOnly)
        {
            query.equal("status", ChallengeStatus.OPEN.code());
            query.where.append(" AND stage_rank >= ?");
            query.parameters.add(Stage.STAGE_2.number());
        }
        if (scope.isEmpty())
        {
            query.where.append(" AND 1=0");
        }
        else if (!scope.isAllAgencies())
        {
            query.eitherSide(new ArrayList<>(scope.agencies()));
        }
        if (filter.stage() != null)
        {
            query.equal("stage_rank", filter.stage().number());
        }
        if (filter.agency() != null)
        {
            query.eitherSide(List.of(filter.agency()));
        }
        query.equal("raising_agency", filter.raisingAgency());
        query.equal("responding_agency", filter.respondingAgency());
        if (filter.overdue() != null)
        {
            query.equal("overdue", filter.overdue() ? 1 : 0);
        }
        query.equal("issue_category", filter.issueCategory() == null ? null : filter.issueCategory().code());
        query.equal("case_category", filter.caseCategory() == null ? null : filter.caseCategory().code());
        query.period("raised_at", filter);
        return query;
    }

    /**
     * The CiN checks recorded in the filter's period by an agency in scope (and the filter's agency, if given); a
     * check has no stage, category or other side, so the filter's other criteria do not apply.
     */
    static RegisterQuery ofCinChecks(ChallengeFilter filter, AgencyScope scope)
    {
        RegisterQuery query = new RegisterQuery();
        if (scope.isEmpty())
        {
            query.where.append(" AND 1=0");
        }
        else if (!scope.isAllAgencies())
        {
            query.in("agency", new ArrayList<>(scope.agencies()));
        }
        query.equal("agency", filter.agency());
        query.period("recorded_at", filter);
        return query;
    }

    /** Every challenge on one case folder. */
    static RegisterQuery onCaseFolder(String caseFolder)
    {
        RegisterQuery query = new RegisterQuery();
        query.equal("case_folder", caseFolder);
        return query;
    }

    /** Every challenge on a case folder whose child identifier is this one. */
    static RegisterQuery ofChild(String childIdentifier)
    {
        RegisterQuery query = new RegisterQuery();
        query.equal("child_identifier", childIdentifier);
        return query;
    }

    /** Every challenge the person raised or in which they are the practitioner challenged. */
    static RegisterQuery ofPerson(String userName)
    {
        RegisterQuery query = new RegisterQuery();
        query.where.append(" AND (raised_by = ? OR challenged_practitioner = ?)");
        query.parameters.add(userName);
        query.parameters.add(userName);
        return query;
    }

    String where()
    {
        return where.toString();
    }

    Object[] parameters()
    {
        return parameters.toArray();
    }

    private void equal(String column, Object value)
    {
        if (value != null)
        {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private void eitherSide(List<String> agencies)
    {
        String marks = marks(agencies);
        where.append(" AND (raising_agency IN (").append(marks).append(") OR responding_agency IN (").append(marks)
                .append("))");
        parameters.addAll(agencies);
        parameters.addAll(agencies);
    }

    private void in(String column, List<String> values)
    {
        where.append(" AND ").append(column).append(" IN (").append(marks(values)).append(")");
        parameters.addAll(values);
    }

    /** Raised (or recorded) on or after the period's first moment and before the moment after it. */
    private void period(String column, ChallengeFilter filter)
    {
        if (filter.raised().start() != null)
        {
            where.append(" AND ").append(column).append(" >= ?");
            parameters.add(filter.raised().start().toEpochMilli());
        }
        if (filter.raised().endExclusive() != null)
        {
            where.append(" AND ").append(column).append(" < ?");
            parameters.add(filter.raised().endExclusive().toEpochMilli());
        }
    }

    private static String marks(List<String> values)
    {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
