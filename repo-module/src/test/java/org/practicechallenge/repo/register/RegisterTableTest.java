package org.practicechallenge.repo.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.repo.register.ChallengeRegister.Finding;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A register table left by the first release (no {@code raised_by}, no {@code challenged_practitioner}, four indexes)
 * is brought up to date when the module next starts, keeping its rows; on the build's database (H2, or PostgreSQL and
 * MariaDB in their profiles).
 */
class RegisterTableTest
{
    /** The table and indexes exactly as the first release created them. */
    private static final List<String> FIRST_RELEASE = List.of(
            "CREATE TABLE pc_challenge_register (node_ref VARCHAR(128) NOT NULL, reference VARCHAR(64), "
                    + "case_folder VARCHAR(128), child_identifier VARCHAR(64), child_name VARCHAR(255), "
                    + "kind VARCHAR(32) NOT NULL, stage_rank INTEGER NOT NULL, start_stage_rank INTEGER, "
                    + "status VARCHAR(16) NOT NULL, raising_agency VARCHAR(64), responding_agency VARCHAR(64), "
                    + "issue_category VARCHAR(64), case_category VARCHAR(64), raised_at NUMERIC(19) NOT NULL, "
                    + "closed_at NUMERIC(19), due_day INTEGER, overdue SMALLINT NOT NULL, raised_late SMALLINT NOT NULL, "
                    + "family_informed_day INTEGER, stage1_day INTEGER, stage2_day INTEGER, stage3_day INTEGER, "
                    + "stage4_day INTEGER, prg_day INTEGER, PRIMARY KEY (node_ref))",
            "CREATE INDEX pc_register_raised ON pc_challenge_register (raised_at)",
            "CREATE INDEX pc_register_open ON pc_challenge_register (status, stage_rank)",
            "CREATE INDEX pc_register_raising ON pc_challenge_register (raising_agency)",
            "CREATE INDEX pc_register_responding ON pc_challenge_register (responding_agency)");

    private DataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void aRegisterLeftByTheFirstReleaseHoldingOneChallenge()
    {
        dataSource = RegisterDatabase.configured().dataSource();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP TABLE " + RegisterTable.NAME);
        FIRST_RELEASE.forEach(jdbc::execute);
        jdbc.update("INSERT INTO pc_challenge_register (node_ref, reference, case_folder, child_identifier, child_name, "
                + "kind, stage_rank, status, raising_agency, responding_agency, raised_at, overdue, raised_late) "
                + "VALUES ('workspace://SpacesStore/old', 'PC-2026-0001', 'workspace://SpacesStore/case1', 'C123', "
                + "'Sam Smith', 'professionalDifference', 1, 'open', 'police', 'socialCare', 1790000000000, 0, 0)");
    }

    @Test
    void theNextStartAddsTheNewColumnsAndIndexesAndKeepsTheRows() throws SQLException
    {
        try (Connection connection = dataSource.getConnection())
        {
            assertThat(RegisterTable.hasColumn(connection, RegisterTable.NAME, "raised_by")).isFalse();
            assertThat(RegisterTable.hasIndex(connection, RegisterTable.NAME, "pc_register_raising")).isTrue();
        }

        RegisterTable.ensureExists(dataSource);

        try (Connection connection = dataSource.getConnection())
        {
            for (RegisterTable.Column column : RegisterTable.ADDED_COLUMNS)
            {
                assertThat(RegisterTable.hasColumn(connection, RegisterTable.NAME, column.name())).as(column.name()).isTrue();
            }
            for (RegisterTable.Index index : RegisterTable.INDEXES)
            {
                assertThat(RegisterTable.hasIndex(connection, RegisterTable.NAME, index.name())).as(index.name()).isTrue();
            }
        }
        ChallengeRegister register = new ChallengeRegister(dataSource);
        List<ChallengeSummary> onTheCase = register.found(
                new Finding(Finding.By.CASE_FOLDER, "workspace://SpacesStore/case1"), 0);
        assertThat(onTheCase).extracting(ChallengeSummary::reference).containsExactly("PC-2026-0001");
        assertThat(onTheCase.get(0).raisedBy()).isNull();
    }

    @Test
    void aRowWrittenAfterTheUpgradeIsFoundByWhoRaisedItAndWhoItChallenges() throws SQLException
    {
        RegisterTable.ensureExists(dataSource);
        ChallengeRegister register = new ChallengeRegister(dataSource);

        register.record(new ChallengeSummary("workspace://SpacesStore/old", "PC-2026-0001",
                "workspace://SpacesStore/case1", "C123", "Sam Smith", ChallengeKind.PROFESSIONAL_DIFFERENCE,
                Stage.STAGE_1, Stage.STAGE_1, ChallengeStatus.OPEN, "police", "socialCare", IssueCategory.ASSESSMENT,
                Instant.parse("2026-09-21T13:46:40Z"), null, LocalDate.of(2026, 9, 28), false)
                .withPeople("pat.police", "sally.socialworker"));

        assertThat(register.found(new Finding(Finding.By.PERSON, "pat.police"), 0)).hasSize(1);
        assertThat(register.found(new Finding(Finding.By.PERSON, "sally.socialworker"), 0)).hasSize(1);
        assertThat(register.found(new Finding(Finding.By.PERSON, "someone.else"), 0)).isEmpty();
    }

    @Test
    void startingAgainChangesNothing() throws SQLException
    {
        RegisterTable.ensureExists(dataSource);
        RegisterTable.ensureExists(dataSource);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + RegisterTable.NAME, Integer.class)).isEqualTo(1);
    }
}
