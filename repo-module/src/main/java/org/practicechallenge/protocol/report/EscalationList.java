package org.practicechallenge.protocol.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The directors' list: open challenges that have gone beyond Stage 1, most senior stage first, then the earliest
 * due date (challenges without one last), then the oldest, then by node reference so that pages never overlap.
 *
 * <p>One pass over the challenges: cheap criteria first, then the reader's permission ({@code readable}, which may
 * ask the repository), counting every match for {@code totalItems} while keeping only the best
 * {@code skipCount + maxItems} in a bounded heap, so time is linear in the number of challenges (times the log of
 * the page window) and memory is bounded by the window, not by the data.
 */
public final class EscalationList
{
    /** Stage descending, due date ascending with none last, raised ascending, then reference. */
    public static final Comparator<ChallengeSummary> DIRECTORS_ORDER = Comparator
            .comparing(ChallengeSummary::stage, Comparator.reverseOrder())
            .thenComparing(ChallengeSummary::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChallengeSummary::raisedAt)
            .thenComparing(ChallengeSummary::ref);

    private final List<Item> items;
    private final Paging paging;
    private final int totalItems;

    private EscalationList(List<Item> items, Paging paging, int totalItems)
    {
        this.items = items;
        this.paging = paging;
        this.totalItems = totalItems;
    }

    /**
     * The page of escalations that match {@code filter}, involve an agency in {@code scope} and that the reader may
     * read, with days open counted to {@code today} in {@code zone}.
     */
    public static EscalationList of(Iterable<ChallengeSummary> challenges, ChallengeFilter filter, AgencyScope scope,
            Predicate<ChallengeSummary> readable, Paging paging, LocalDate today, ZoneId zone)
    {
        int window = paging.window();
        PriorityQueue<ChallengeSummary> best = new PriorityQueue<>(Math.min(window, 1024), DIRECTORS_ORDER.reversed());
        int total = 0;
        for (ChallengeSummary challenge : challenges)
        {
            if (!filter.matchesEscalation(challenge) || !scope.covers(challenge) || !readable.test(challenge))
            {
                continue;
            }
            total++;
            if (best.size() < window)
            {
                best.add(challenge);
            }
            else if (DIRECTORS_ORDER.compare(challenge, best.peek()) < 0)
            {
                best.poll();
                best.add(challenge);
            }
        }
        ChallengeSummary[] ordered = new ChallengeSummary[best.size()];
        for (int i = ordered.length - 1; i >= 0; i--)
        {
            ordered[i] = best.poll();
        }
        List<Item> page = new ArrayList<>(Math.max(0, Math.min(paging.maxItems(), ordered.length - paging.skipCount())));
        for (int i = paging.skipCount(); i < ordered.length; i++)
        {
            ChallengeSummary challenge = ordered[i];
            LocalDate raised = LocalDate.ofInstant(challenge.raisedAt(), zone);
            page.add(new Item(challenge, Math.max(0, ChronoUnit.DAYS.between(raised, today))));
        }
        return new EscalationList(List.copyOf(page), paging, total);
    }

    public List<Item> items()
    {
        return items;
    }

    public int skipCount()
    {
        return paging.skipCount();
    }

    public int maxItems()
    {
        return paging.maxItems();
    }

    public int totalItems()
    {
        return totalItems;
    }

    public boolean hasMoreItems()
    {
        return (long) paging.skipCount() + items.size() < totalItems;
    }

    /** One escalation and the calendar days since it was raised. */
    public record Item(ChallengeSummary challenge, long daysOpen)
    {
    }
}
