package org.practicechallenge.it;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the live tests only when ACS answers at {@code -Dacs.url}. Otherwise every test class is skipped and the run
 * prints one line saying why; with {@code -Dacs.required=true} the missing ACS fails the run instead.
 */
public class AcsAvailable implements ExecutionCondition
{
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context)
    {
        String why = Acs.unavailableBecause();
        if (why == null)
        {
            return ConditionEvaluationResult.enabled("ACS answers at " + Acs.URL);
        }
        String message = "No ACS at " + Acs.URL + ": " + why + ". Live integration tests skipped; start the stack with"
                + " ./run.sh build_start (or point -Dacs.url at a running ACS with the module installed).";
        if (Acs.REQUIRED)
        {
            throw new IllegalStateException(message.replace("skipped", "required (-Dacs.required=true)"));
        }
        if (TOLD.compareAndSet(false, true))
        {
            System.out.println("[integration-tests] " + message);
        }
        return ConditionEvaluationResult.disabled(message);
    }
}
