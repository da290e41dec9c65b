package org.practicechallenge.repo.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.StageStarts;

/** Challenges at mixed stages, across agencies, categories and two years, from a seed so a failure repeats. */
final class RandomChallenges
{
    static final List<String> AGENCIES = List.of("socialCare", "police", "health", "education", "safeguardingUnit");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

    private RandomChallenges()
    {
    }

    static List<ChallengeSummary> of(long seed, int count, int caseFolders)
    {
        Random random = new Random(seed);
        List<ChallengeSummary> challenges = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            challenges.add(one(random, i, caseFolders));
        }
        return challenges;
    }

    private static ChallengeSummary one(Random random, int i, int caseFolders)
    {
        Stage stage = pick(random, Stage.values());
        ChallengeStatus status = random.nextInt(3) == 0 ? ChallengeStatus.OPEN : pick(random, ChallengeStatus.values());
        String raising = pick(random, AGENCIES);
        String responding = AGENCIES.get((AGENCIES.indexOf(raising) + 1 + random.nextInt(AGENCIES.size() - 1)) % AGENCIES.size());
        Instant raised = FIRST.plusMillis((long) (random.nextDouble() * 730L * 86_400_000L));
        LocalDate raisedDay = LocalDate.ofInstant(raised, LONDON);
        StageStarts starts = StageStarts.none();
        LocalDate day = raisedDay;
        Stage start = random.nextInt(5) == 0 ? Stage.STAGE_2 : Stage.STAGE_1;
        for (Stage s : Stage.values())
        {
            if (s.number() >= start.number() && s.number() <= stage.number())
            {
                starts = starts.with(s, day);
                day = day.plusDays(1 + random.nextInt(20));
            }
        }
        boolean open = status == ChallengeStatus.OPEN;
        int folder = random.nextInt(caseFolders);
        boolean conference = random.nextBoolean();
        return new ChallengeSummary(
                "workspace://SpacesStore/challenge-" + i, "PC-" + i, "workspace://SpacesStore/case-" + folder,
                "C" + folder, "Child " + folder,
                conference ? ChallengeKind.CONFERENCE_CHALLENGE : ChallengeKind.PROFESSIONAL_DIFFERENCE,
                stage, start.number() > stage.number() ? stage : start, status, raising, responding,
                random.nextInt(10) == 0 ? null : pick(random, IssueCategory.values()),
                raised,
                open ? null : day.atStartOfDay(LONDON).toInstant().plusSeconds(3600),
                open && random.nextInt(4) > 0 ? raisedDay.plusDays(random.nextInt(60)) : null,
                open && random.nextBoolean(),
                random.nextInt(8) == 0 ? null : pick(random, CaseCategory.values()),
                conference && random.nextInt(4) == 0,
                conference && random.nextBoolean() ? raisedDay.plusDays(random.nextInt(30)) : null,
                starts)
                .withPeople("worker" + i % 7, i % 3 == 0 ? null : "practitioner" + i % 5);
    }

    private static <T> T pick(Random random, T[] values)
    {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values)
    {
        return values.get(random.nextInt(values.size()));
    }
}
