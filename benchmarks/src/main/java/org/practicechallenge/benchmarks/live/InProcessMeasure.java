package org.practicechallenge.benchmarks.live;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.Paging;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.report.PartnershipFigures;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * Benchmark only: {@code GET /practicechallenge/benchmark/measure?repeat=} times, inside the repository, the two
 * reads the directors' dashlet makes through the module's own services: the first page of the escalations list
 * (its count and its 50 rows) and the full partnership report, over every challenge. Prints the median and the
 * slowest time and the bytes the calling thread allocated per call, the measure of "memory flat in n".
 */
public class InProcessMeasure extends AbstractWebScript
{
    private final ChallengeRegister register;
    private final PartnershipSettings settings;
    private final WorkingDayCalendar calendar;

    public InProcessMeasure(ChallengeRegister register, PartnershipSettings settings, WorkingDayCalendar calendar)
    {
        this.register = register;
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        int repeat = Integer.parseInt(req.getParameter("repeat"));
        ChallengeFilter all = ChallengeFilter.none();
        AgencyScope everyone = AgencyScope.allAgencies();
        int[] total = new int[1];
        String firstPage = measure(repeat, () ->
        {
            total[0] = register.count(all, everyone, true);
            return register.escalations(all, everyone, Paging.first(50)).size();
        });
        int[] challenges = new int[1];
        String report = measure(repeat, () ->
        {
            PartnershipFigures figures = PartnershipFigures.of(register, all, everyone, settings, calendar,
                    LocalDate.now(settings.zone()));
            challenges[0] = figures.report().total();
            return challenges[0];
        });
        res.setContentType("application/json;charset=UTF-8");
        res.setContentEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"challenges\":" + challenges[0] + ",\"escalations\":" + total[0]
                + ",\"firstPage\":" + firstPage + ",\"report\":" + report + "}");
    }

    /** Median and slowest milliseconds and the mean bytes allocated by this thread, after one warm-up call. */
    private static String measure(int repeat, Supplier<Integer> call)
    {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        call.get();
        double[] millis = new double[repeat];
        long allocated = 0;
        for (int i = 0; i < repeat; i++)
        {
            long bytesBefore = threads.getThreadAllocatedBytes(thread);
            long started = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
            allocated += threads.getThreadAllocatedBytes(thread) - bytesBefore;
        }
        Arrays.sort(millis);
        return String.format(java.util.Locale.ROOT, "{\"medianMs\":%.1f,\"maxMs\":%.1f,\"allocatedMbPerCall\":%.2f}",
                millis[repeat / 2], millis[repeat - 1], allocated / (double) repeat / (1024 * 1024));
    }
}
