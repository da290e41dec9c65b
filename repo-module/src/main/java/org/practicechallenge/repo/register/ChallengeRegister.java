package org.practicechallenge.repo.register;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.CinOutcome;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.CinCheckCounts;
import org.practicechallenge.protocol.report.Paging;
import org.practicechallenge.protocol.report.RecurringTheme;
import org.practicechallenge.protocol.report.StageStarts;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * One row per practice challenge, kept in Alfresco's database in the same transaction as the challenge's node
 * ({@link RegisterUpkeep}), so that the directors' list and the partnership report read every matching challenge at
 * any size, with or without Solr, as fresh as the last committed task.
 *
 * <p>Why a table: Alfresco's search on its database query path stops after {@code system.acl.maxPermissionChecks}
 * rows (1 000 by default), even for the system user, and does not honour a sort for paging; Solr lags the last
 * commit. Reading every node's properties on each view is linear in the whole repository. Here filters, order,
 * counts and pages are SQL over narrow rows; Spring's {@code JdbcTemplate} takes the connection of the current
 * Alfresco transaction (its {@code transactionManager} is a {@code DataSourceTransactionManager} on the same
 * {@code dataSource}), so a row commits or rolls back with its node.
 *
 * <p>Rows carry the child's identifier and name from the case folder, as the case folder's search does; whoever shows
 * a row to a person leaves them out unless that person may open the case folder.
 */
public class ChallengeRegister
{
    static final int FETCH_SIZE = 500;
    private static final String COLUMNS = "node_ref, reference, case_folder, child_identifier, child_name, kind, stage_rank, start_stage_rank, status, "
            + "raising_agency, responding_agency, issue_category, case_category, raised_at, closed_at, due_day, "
            + "overdue, raised_late, family_informed_day, stage1_day, stage2_day, stage3_day, stage4_day, prg_day, raised_by, "
            + "challenged_practitioner";
    private static final String DIRECTORS_ORDER = " ORDER BY stage_rank DESC, "
            + "CASE WHEN due_day IS NULL THEN 1 ELSE 0 END, due_day, raised_at, node_ref";
    private static final String UPDATE = "UPDATE " + RegisterTable.NAME + " SET reference = ?, case_folder = ?, "
            + "child_identifier = ?, child_name = ?, "
            + "kind = ?, stage_rank = ?, start_stage_rank = ?, status = ?, raising_agency = ?, responding_agency = ?, "
            + "issue_category = ?, case_category = ?, raised_at = ?, closed_at = ?, due_day = ?, overdue = ?, "
            + "raised_late = ?, family_informed_day = ?, stage1_day = COALESCE(stage1_day, ?), "
            + "stage2_day = COALESCE(stage2_day, ?), stage3_day = COALESCE(stage3_day, ?), "
            + "stage4_day = COALESCE(stage4_day, ?), prg_day = COALESCE(prg_day, ?), raised_by = ?, "
            + "challenged_practitioner = ? WHERE node_ref = ?";
    private static final String INSERT = "INSERT INTO " + RegisterTable.NAME + " (reference, case_folder, child_identifier, child_name, kind, "
            + "stage_rank, start_stage_rank, status, raising_agency, responding_agency, issue_category, case_category, "
            + "raised_at, closed_at, due_day, overdue, raised_late, family_informed_day, stage1_day, stage2_day, "
            + "stage3_day, stage4_day, prg_day, raised_by, challenged_practitioner, node_ref) VALUES (?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The SQL types of {@link #values}, so that a {@code null} binds the same way on every database. */
    private static final int[] TYPES = {
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
            Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
            Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public ChallengeRegister(DataSource dataSource)
    {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Streams the rows of a query, at most {@code maxRows} ({@code 0}: all), {@value #FETCH_SIZE} at a time. Both are
     * set on every statement, the limit first: Alfresco's pool keeps prepared statements
     * ({@code db.pool.statements.enable=true}), and a limit left on a pooled statement by one page would otherwise cut
     * short the next full read of the same SQL (seen in a real ACS: the CSV stopped at 50 rows).
     */
    private void stream(String sql, Object[] parameters, int maxRows, RowCallbackHandler row)
    {
        jdbc.query(connection ->
        {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setMaxRows(maxRows);
            statement.setFetchSize(maxRows == 0 ? FETCH_SIZE : Math.min(FETCH_SIZE, maxRows));
            new ArgumentPreparedStatementSetter(parameters).setValues(statement);
            return statement;
        }, row);
    }

    /** Creates the register's table on first start. */
    public void init() throws SQLException
    {
        RegisterTable.ensureExists(dataSource);
    }

    /** Writes the challenge's row; the day each stage began is kept from the first time it was seen. */
    public void record(ChallengeSummary challenge)
    {
        Object[] values = values(challenge);
        if (jdbc.update(UPDATE, values, TYPES) == 0)
        {
            jdbc.update(INSERT, values, TYPES);
        }
    }

    public void remove(String ref)
    {
        jdbc.update("DELETE FROM " + RegisterTable.NAME + " WHERE node_ref = ?", ref);
    }

    /** How many challenges match; exact, whatever their number. */
    public int count(ChallengeFilter filter, AgencyScope scope, boolean escalationsOnly)
    {
        RegisterQuery query = RegisterQuery.of(filter, scope, escalationsOnly);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM " + RegisterTable.NAME + query.where(),
                Integer.class, query.parameters());
        return count == null ? 0 : count;
    }

    /** One page of open escalations in the directors' order (most senior stage, then earliest due, then oldest). */
    public List<ChallengeSummary> escalations(ChallengeFilter filter, AgencyScope scope, Paging paging)
    {
        RegisterQuery query = RegisterQuery.of(filter, scope, true);
        List<ChallengeSummary> page = new ArrayList<>(paging.maxItems());
        int[] seen = {0};
        stream("SELECT " + COLUMNS + " FROM " + RegisterTable.NAME + query.where() + DIRECTORS_ORDER, query.parameters(),
                paging.skipCount() + paging.maxItems(), rs ->
                {
                    if (seen[0]++ >= paging.skipCount())
                    {
                        page.add(summary(rs));
                    }
                });
        return page;
    }

    /** Hands every matching open escalation to {@code consumer} in the directors' order, streamed. */
    public void forEachEscalation(ChallengeFilter filter, AgencyScope scope, Consumer<ChallengeSummary> consumer)
    {
        RegisterQuery query = RegisterQuery.of(filter, scope, true);
        stream("SELECT " + COLUMNS + " FROM " + RegisterTable.NAME + query.where() + DIRECTORS_ORDER, query.parameters(),
                0, rs -> consumer.accept(summary(rs)));
    }

    /** Hands every matching challenge to {@code consumer}, streamed, so memory does not grow with their number. */
    public void forEach(ChallengeFilter filter, AgencyScope scope, boolean escalationsOnly,
            Consumer<ChallengeSummary> consumer)
    {
        RegisterQuery query = RegisterQuery.of(filter, scope, escalationsOnly);
        stream("SELECT " + COLUMNS + " FROM " + RegisterTable.NAME + query.where() + " ORDER BY raised_at, node_ref",
                query.parameters(), 0, rs -> consumer.accept(summary(rs)));
    }

    /**
     * Practice issues by the agency they were raised against, with how many cases each is on: most cases first,
     * then most challenges, then by code.
     */
    public List<RecurringTheme> themes(ChallengeFilter filter, AgencyScope scope)
    {
        RegisterQuery query = RegisterQuery.of(filter, scope, false);
        List<RecurringTheme> themes = jdbc.query("SELECT issue_category, responding_agency, COUNT(*) AS challenges, "
                + "COUNT(DISTINCT case_folder) AS cases FROM " + RegisterTable.NAME + query.where()
                + " GROUP BY issue_category, responding_agency",
                (rs, row) ->
                {
                    String issue = rs.getString("issue_category");
                    return new RecurringTheme(issue == null ? null : IssueCategory.fromCode("issueCategory", issue),
                            rs.getString("responding_agency"), rs.getInt("challenges"), rs.getInt("cases"));
                }, query.parameters());
        List<RecurringTheme> sorted = new ArrayList<>(themes);
        sorted.sort(Comparator.comparingInt(RecurringTheme::cases).reversed()
                .thenComparing(Comparator.comparingInt(RecurringTheme::challenges).reversed())
                .thenComparing(theme -> theme.issueCategory() == null ? "" : theme.issueCategory().code())
                .thenComparing(theme -> theme.respondingAgency() == null ? "" : theme.respondingAgency()));
        return List.copyOf(sorted);
    }

    /**
     * Challenges as a finding page lists them ({@link RegisterQuery#onCaseFolder}, {@link RegisterQuery#ofChild},
     * {@link RegisterQuery#ofPerson}): open ones first when asked, then newest first; at most {@code maxRows}.
     */
    public List<ChallengeSummary> found(Finding finding, int maxRows)
    {
        RegisterQuery query = switch (finding.by())
        {
            case CASE_FOLDER -> RegisterQuery.onCaseFolder(finding.value());
            case CHILD_IDENTIFIER -> RegisterQuery.ofChild(finding.value());
            case PERSON -> RegisterQuery.ofPerson(finding.value());
        };
        String order = (finding.by() == Finding.By.PERSON
                ? " ORDER BY CASE WHEN status = ? THEN 0 ELSE 1 END, raised_at DESC, node_ref"
                : " ORDER BY raised_at DESC, node_ref");
        List<Object> parameters = new ArrayList<>(List.of(query.parameters()));
        if (finding.by() == Finding.By.PERSON)
        {
            parameters.add(ChallengeStatus.OPEN.code());
        }
        List<ChallengeSummary> rows = new ArrayList<>();
        stream("SELECT " + COLUMNS + " FROM " + RegisterTable.NAME + query.where() + order, parameters.toArray(),
                maxRows, rs -> rows.add(summary(rs)));
        return rows;
    }

    /** What a finding page asks for: a case folder's challenges, a child's, or a person's. */
    public record Finding(By by, String value)
    {
        public enum By
        {
            CASE_FOLDER, CHILD_IDENTIFIER, PERSON
        }

        public Finding
        {
            if (by == null || value == null || value.isBlank())
            {
                throw new IllegalArgumentException("a finding needs what it is by and a value");
            }
        }
    }

    /** Records a six-week CiN check's outcome, as its entry on the case folder says. */
    public void recordCinCheck(String ref, String caseFolder, Instant recordedAt, CinOutcome outcome, String agency)
    {
        Object[] values = {caseFolder, recordedAt.toEpochMilli(), outcome.code(), agency, ref};
        int[] types = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
        if (jdbc.update("UPDATE " + RegisterTable.CIN_CHECKS + " SET case_folder = ?, recorded_at = ?, outcome = ?, "
                + "agency = ? WHERE node_ref = ?", values, types) == 0)
        {
            jdbc.update("INSERT INTO " + RegisterTable.CIN_CHECKS + " (case_folder, recorded_at, outcome, agency, "
                    + "node_ref) VALUES (?, ?, ?, ?, ?)", values, types);
        }
    }

    public void removeCinCheck(String ref)
    {
        jdbc.update("DELETE FROM " + RegisterTable.CIN_CHECKS + " WHERE node_ref = ?", ref);
    }

    /** The CiN checks by outcome, as {@link RegisterQuery#ofCinChecks} selects them. */
    public CinCheckCounts cinChecks(ChallengeFilter filter, AgencyScope scope)
    {
        RegisterQuery query = RegisterQuery.ofCinChecks(filter, scope);
        int[] counts = new int[CinOutcome.values().length];
        jdbc.query("SELECT outcome, COUNT(*) AS checks FROM " + RegisterTable.CIN_CHECKS + query.where() + " GROUP BY outcome",
                (RowCallbackHandler) rs -> counts[CinOutcome.fromCode("outcome", rs.getString("outcome")).ordinal()]
                        = rs.getInt("checks"), query.parameters());
        return new CinCheckCounts(counts[CinOutcome.EVIDENCED.ordinal()], counts[CinOutcome.NOT_EVIDENCED.ordinal()]);
    }

    private static Object[] values(ChallengeSummary c)
    {
        StageStarts starts = c.stageStarts();
        return new Object[] {
                c.reference(), c.caseFolder(), c.childIdentifier(), c.childName(), c.kind().code(), c.stage().number(),
                c.startStage() == null ? null : c.startStage().number(), c.status().code(),
                c.raisingAgency(), c.respondingAgency(),
                c.issueCategory() == null ? null : c.issueCategory().code(),
                c.caseCategory() == null ? null : c.caseCategory().code(),
                c.raisedAt().toEpochMilli(), c.closedAt() == null ? null : c.closedAt().toEpochMilli(),
                epochDay(c.dueDate()), c.overdue() ? 1 : 0, c.raisedLate() ? 1 : 0, epochDay(c.familyInformed()),
                epochDay(starts.started(Stage.STAGE_1)), epochDay(starts.started(Stage.STAGE_2)),
                epochDay(starts.started(Stage.STAGE_3)), epochDay(starts.started(Stage.STAGE_4)),
                epochDay(starts.started(Stage.PRACTICE_REVIEW_GROUP)),
                c.raisedBy(), c.challengedPractitioner(),
                c.ref()};
    }

    private static ChallengeSummary summary(ResultSet rs) throws SQLException
    {
        StageStarts starts = StageStarts.ofDays(day(rs, "stage1_day"), day(rs, "stage2_day"), day(rs, "stage3_day"),
                day(rs, "stage4_day"), day(rs, "prg_day"));
        Number startRank = (Number) rs.getObject("start_stage_rank");
        String issue = rs.getString("issue_category");
        String caseCategory = rs.getString("case_category");
        Number closed = (Number) rs.getObject("closed_at");
        return new ChallengeSummary(
                rs.getString("node_ref"), rs.getString("reference"), rs.getString("case_folder"),
                rs.getString("child_identifier"), rs.getString("child_name"),
                ChallengeKind.fromCode("kind", rs.getString("kind")),
                stage(rs.getInt("stage_rank")),
                startRank == null ? null : stage(startRank.intValue()),
                ChallengeStatus.fromCode("status", rs.getString("status")),
                rs.getString("raising_agency"), rs.getString("responding_agency"),
                issue == null ? null : IssueCategory.fromCode("issueCategory", issue),
                Instant.ofEpochMilli(rs.getLong("raised_at")),
                closed == null ? null : Instant.ofEpochMilli(closed.longValue()),
                day(rs, "due_day"), rs.getInt("overdue") == 1,
                caseCategory == null ? null : CaseCategory.fromCode("caseCategory", caseCategory),
                rs.getInt("raised_late") == 1, day(rs, "family_informed_day"), starts,
                rs.getString("raised_by"), rs.getString("challenged_practitioner"));
    }

    private static Stage stage(int rank)
    {
        for (Stage stage : Stage.values())
        {
            if (stage.number() == rank)
            {
                return stage;
            }
        }
        throw new IllegalStateException("No stage numbered " + rank + " in " + RegisterTable.NAME);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException
    {
        Number day = (Number) rs.getObject(column);
        return day == null ? null : LocalDate.ofEpochDay(day.longValue());
    }

    private static Integer epochDay(LocalDate day)
    {
        return day == null ? null : Math.toIntExact(day.toEpochDay());
    }
}
