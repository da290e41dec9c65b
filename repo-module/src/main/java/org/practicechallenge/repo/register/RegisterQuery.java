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
        if (filter.raised().start() != null)
        {
            query.where.append(" AND raised_at >= ?");
            query.parameters.add(filter.raised().start().toEpochMilli());
        }
        if (filter.raised().endExclusive() != null)
        {
            query.where.append(" AND raised_at < ?");
            query.parameters.add(filter.raised().endExclusive().toEpochMilli());
        }
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
        String marks = String.join(", ", Collections.nCopies(agencies.size(), "?"));
        where.append(" AND (raising_agency IN (").append(marks).append(") OR responding_agency IN (").append(marks)
                .append("))");
        parameters.addAll(agencies);
        parameters.addAll(agencies);
    }
}
