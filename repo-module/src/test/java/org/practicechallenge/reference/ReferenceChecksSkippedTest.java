package org.practicechallenge.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

/** A clone without Alfresco's reference data says once, in one line, which checks it skipped and why. */
class ReferenceChecksSkippedTest
{
    private final List<String> printed = new ArrayList<>();
    private final ReferenceChecksSkipped listener = new ReferenceChecksSkipped(printed::add);

    @Test
    void skippedReferenceChecksAreNamedInOneLineWithTheFolderAndTheSetting()
    {
        listener.executionFinished(test("schemaCheck"), aborted("Alfresco reference data not found in /x"));
        listener.executionFinished(test("dictionaryCheck"), aborted("Alfresco reference data not found in /x"));
        listener.testPlanExecutionFinished(null);

        assertThat(printed).hasSize(1);
        assertThat(printed.get(0)).contains("reference checks skipped: ReferenceChecksSkippedTest (2)")
                .contains("no Alfresco reference data at ").contains("-Dpracticechallenge.alfresco.reference=");
    }

    @Test
    void aRunThatSkippedNoReferenceCheckSaysNothing()
    {
        listener.executionFinished(test("chromiumCheck"), aborted("Chromium not found"));
        listener.executionFinished(test("schemaCheck"), TestExecutionResult.successful());
        listener.testPlanExecutionFinished((TestPlan) null);

        assertThat(printed).isEmpty();
    }

    private static TestExecutionResult aborted(String why)
    {
        return TestExecutionResult.aborted(new TestAbortedException(why));
    }

    private static TestIdentifier test(String method)
    {
        UniqueId id = UniqueId.root("method", method);
        TestDescriptor descriptor = new AbstractTestDescriptor(id, method,
                MethodSource.from(ReferenceChecksSkippedTest.class.getName(), method))
        {
            @Override
            public Type getType()
            {
                return Type.TEST;
            }
        };
        return TestIdentifier.from(descriptor);
    }
}
