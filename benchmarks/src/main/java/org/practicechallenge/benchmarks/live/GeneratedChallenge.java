package org.practicechallenge.benchmarks.live;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.alfresco.model.ContentModel;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;

/**
 * The properties of the n-th benchmark challenge and of its case folder: mixed stages (most resolved at Stage 1, as
 * the protocol hopes), across the shipped agencies, issues and case categories, raised over the two years before
 * {@link #LAST_DAY}. The same n always gives the same challenge, so any slice can be loaded on its own.
 */
final class GeneratedChallenge
{
    /** Challenges per child's case folder. */
    static final int PER_CASE = 25;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);
    private static final List<String> AGENCIES = List.of("socialCare", "police", "health", "education", "safeguardingUnit");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private GeneratedChallenge()
    {
    }

    static Map<QName, Serializable> caseFolder(int caseNumber)
    {
        SplittableRandom random = new SplittableRandom(caseNumber * 7919L);
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, "case-" + caseNumber);
        p.put(PROP_CHILD_IDENTIFIER, "BENCH-" + caseNumber);
        p.put(PROP_CHILD_NAME, "Benchmark child " + caseNumber);
        p.put(PROP_CASE_CATEGORY, CaseCategory.values()[random.nextInt(CaseCategory.values().length)].code());
        return p;
    }

    static Map<QName, Serializable> challenge(int n)
    {
        SplittableRandom random = new SplittableRandom(n * 104729L + 1);
        int roll = random.nextInt(100);
        Stage stage = roll < 60 ? Stage.STAGE_1 : roll < 82 ? Stage.STAGE_2 : roll < 94 ? Stage.STAGE_3
                : roll < 99 ? Stage.STAGE_4 : Stage.PRACTICE_REVIEW_GROUP;
        ChallengeStatus status = random.nextInt(10) < 3 ? ChallengeStatus.OPEN
                : random.nextInt(10) < 8 ? ChallengeStatus.RESOLVED : ChallengeStatus.WITHDRAWN;
        ChallengeKind kind = random.nextInt(4) == 0 ? ChallengeKind.CONFERENCE_CHALLENGE : ChallengeKind.PROFESSIONAL_DIFFERENCE;
        int raising = random.nextInt(AGENCIES.size());
        int responding = (raising + 1 + random.nextInt(AGENCIES.size() - 1)) % AGENCIES.size();
        LocalDate raisedDay = LAST_DAY.minusDays(random.nextInt(730));
        Instant raised = raisedDay.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(LONDON).toInstant();
        LocalDate stageStarted = raisedDay.plusDays((stage.number() - 1) * (5L + random.nextInt(10)));
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, "PC-BENCH-" + n);
        p.put(PROP_REFERENCE, "PC-BENCH-" + n);
        p.put(PROP_KIND, kind.code());
        p.put(PROP_STAGE, stage.code());
        p.put(PROP_START_STAGE, Stage.STAGE_1.code());
        p.put(PROP_STATUS, status.code());
        p.put(PROP_RAISING_AGENCY, AGENCIES.get(raising));
        p.put(PROP_RESPONDING_AGENCY, AGENCIES.get(responding));
        p.put(PROP_ISSUE_CATEGORY, IssueCategory.values()[random.nextInt(IssueCategory.values().length)].code());
        p.put(PROP_RAISED_DATE, Date.from(raised));
        p.put(PROP_STAGE_STARTED_DATE, Date.from(stageStarted.atTime(10, 0).atZone(LONDON).toInstant()));
        if (status == ChallengeStatus.OPEN)
        {
            p.put(PROP_DUE_DATE, day(stageStarted.plusDays(7 + random.nextInt(14))));
            p.put(PROP_OVERDUE, random.nextInt(5) == 0);
        }
        else
        {
            p.put(PROP_CLOSED_DATE, Date.from(stageStarted.plusDays(1 + random.nextInt(15)).atTime(15, 0).atZone(LONDON).toInstant()));
            p.put(PROP_OVERDUE, false);
        }
        if (kind == ChallengeKind.CONFERENCE_CHALLENGE)
        {
            p.put(PROP_RAISED_LATE, random.nextInt(5) == 0);
            if (random.nextInt(3) > 0)
            {
                p.put(PROP_FAMILY_INFORMED_DATE, day(raisedDay.plusDays(random.nextInt(10))));
            }
        }
        return p;
    }

    /** A d:date as the module writes it: midnight UTC of the day. */
    private static Date day(LocalDate day)
    {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
