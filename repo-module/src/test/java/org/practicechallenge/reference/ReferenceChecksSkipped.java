package org.practicechallenge.reference;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

/**
 * One line per test run naming the checks against Alfresco's reference data that were skipped, and why: a clone
 * without {@code ../shared/alfresco} beside it passes, and says so once instead of burying it in each test's report.
 * Registered for every module whose tests see repo-module's test classes (META-INF/services).
 */
public class ReferenceChecksSkipped implements TestExecutionListener
{
    static final String PROPERTY = "practicechallenge.alfresco.reference";
    /** Every reference-data check skips with a message containing this (ModuleFiles, AlfrescoReferenceData, ...). */
    static final String MARK = "Alfresco reference data";

    private final Map<String, Integer> skippedByClass = new TreeMap<>();
    private final Consumer<String> out;

    public ReferenceChecksSkipped()
    {
        this(System.out::println);
    }

    ReferenceChecksSkipped(Consumer<String> out)
    {
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result)
    {
        boolean referenceMissing = result.getStatus() == TestExecutionResult.Status.ABORTED
                && result.getThrowable().filter(TestAbortedException.class::isInstance)
                        .map(Throwable::getMessage).filter(m -> m != null && m.contains(MARK)).isPresent();
        if (referenceMissing && test.isTest())
        {
            skippedByClass.merge(className(test), 1, Integer::sum);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan)
    {
        if (!skippedByClass.isEmpty())
        {
            out.accept(line());
        }
        skippedByClass.clear();
    }

    String line()
    {
        StringBuilder checks = new StringBuilder();
        skippedByClass.forEach((name, count) -> checks.append(checks.length() == 0 ? "" : ", ").append(name)
                .append(" (").append(count).append(')'));
        return "[" + module() + "] reference checks skipped: " + checks + ": no Alfresco reference data at " + folder()
                + " (set -D" + PROPERTY + "=<folder>)";
    }

    private static String className(TestIdentifier test)
    {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getJavaClass).map(Class::getSimpleName)
                .orElse(test.getDisplayName());
    }

    /** The configured folder, or the default beside the project when the build passed none. */
    private static String folder()
    {
        String configured = System.getProperty(PROPERTY);
        boolean usable = configured != null && !configured.isBlank() && !configured.contains("${");
        Path folder = usable ? Path.of(configured) : Path.of("..", "..", "shared", "alfresco");
        return folder.toAbsolutePath().normalize().toString();
    }

    /** Surefire and failsafe set basedir to the module's folder. */
    private static String module()
    {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getFileName().toString();
    }
}
