package org.practicechallenge.workflow;

import org.practicechallenge.protocol.ProtocolViolation;

/**
 * A start or task completion that breaks a protocol rule. Thrown inside the engine's transaction, so the process,
 * task and case record stay exactly as they were. The message names the variable and the rule.
 *
 * <p>An {@link IllegalArgumentException}: Alfresco's public REST API answers 400 for one
 * ({@code simpleMappingExceptionResolver} in remote-api's public-rest-context.xml) but 500 for Activiti's own
 * {@code ActivitiIllegalArgumentException}. A start refused by a service task reaches the API as it is thrown; a task
 * completion refused by a task listener arrives wrapped by Activiti in an {@code ActivitiException}, which the API
 * answers with 500 whatever a module does.</p>
 */
public class ChallengeRejected extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    private final String variable;

    ChallengeRejected(ProtocolViolation violation)
    {
        super(variableOf(violation.field()) + ": " + violation.rule(), violation);
        this.variable = variableOf(violation.field());
    }

    public String variable()
    {
        return variable;
    }

    private static String variableOf(String field)
    {
        // Configuration keys, the task itself and its author are not form variables.
        boolean notAVariable = field.contains(".") || field.equals("task") || field.equals("author");
        return notAVariable || field.startsWith("pcwf_") ? field : "pcwf_" + field;
    }

    /** Runs one protocol step, turning a violation into a rejection the caller can read. */
    static void whenViolated(Runnable step)
    {
        try
        {
            step.run();
        }
        catch (ProtocolViolation violation)
        {
            throw new ChallengeRejected(violation);
        }
    }
}
