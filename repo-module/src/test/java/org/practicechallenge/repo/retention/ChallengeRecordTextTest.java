package org.practicechallenge.repo.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.repo.Challenges;

/** The record of a closed challenge, as Governance Services declares it: the challenge, then its entries in order. */
class ChallengeRecordTextTest
{
    @Test
    void theRecordReadsAsTheChallengeAndItsEntriesInTheOrderTheyWereMade()
    {
        Challenge closed = Challenges.decided(Challenges.professionalDifference("workspace://SpacesStore/case-1"), "resolved",
                Instant.parse("2026-08-25T09:00:00Z"));
        CaseRecordEntry decision = Challenges.decisionEntry(closed, "resolved", Instant.parse("2026-08-25T09:00:00Z"));
        CaseRecordEntry raised = Challenges.raisedEntry(closed);

        String text = ChallengeRecordText.render(closed, "PC-2026-1A2B3C01", List.of(decision, raised), ZoneId.of("Europe/London"));

        assertThat(text).startsWith("Practice challenge: PC-2026-1A2B3C01\n")
                .contains("Status: resolved\n", "Outcome: resolved\n", "Closed: 2026-08-25 10:00\n");
        assertThat(text.indexOf("Entry: raised")).isLessThan(text.indexOf("Entry: decision"));
    }
}
