package org.practicechallenge.workflow;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.practicechallenge.protocol.ProtocolViolation;

/**
 * A start or task completion that breaks a protocol rule. Thrown inside the engine's transaction, so the process,
 * task and case record stay exactly as they were. The message is what the person reads: the field's label as their
 * form shows it, then the rule ("Conference date: must not be in the future"); {@link #variable()} keeps the process
 * variable for callers that need it.
 *
 * <p>An {@link IllegalArgumentException}: Alfresco's public REST API answers 400 for one
 * ({@code simpleMappingExceptionResolver} in remote-api's public-rest-context.xml) but 500 for Activiti's own
 * {@code ActivitiIllegalArgumentException}. A start refused by a service task reaches the API as it is thrown; a task
 * completion refused by a task listener arrives wrapped twice by Activiti 5.23 in an {@code ActivitiException}
 * ("Exception while invoking TaskListener: " from {@code DelegateExpressionTaskListener.notify}, then again from
 * {@code TaskEntity.fireEvent}; both catch every {@code Exception}), which the API answers with 500 whatever a module
 * does. This exception, the innermost cause, always carries the plain message.</p>
 */
public class ChallengeRejected extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    /** The workflow model's labels, the ones Share's forms show. */
    static final String LABELS = "alfresco/module/practice-challenge-repo/messages/practice-challenge-workflow";
    private static final String PROPERTY_TITLE = "pcwf_practiceChallengeWorkflowModel.property.%s.title";
    private static final String OTHER_TITLE = "practicechallenge.refusal.%s.title";

    private final String variable;
    private final ProtocolViolation violation;

    ChallengeRejected(ProtocolViolation violation)
    {
        // No cause: the refusal is the innermost exception, so whoever unwraps Activiti's wrappers reads it plainly.
        super(message(violation));
        setStackTrace(violation.getStackTrace());
        this.variable = variableOf(violation.field());
        this.violation = violation;
    }

    /** The process variable (or configuration key) at fault, for programs; never shown to people. */
    public String variable()
    {
        return variable;
    }

    /** The protocol's own refusal: its field and rule, as the protocol named them. */
    public ProtocolViolation violation()
    {
        return violation;
    }

    private static String message(ProtocolViolation violation)
    {
        // A rule about the challenge or the task as a whole names it itself ("'Stage 1 decision' was completed ...").
        if (ProtocolViolation.CHALLENGE.equals(violation.field()) || "task".equals(violation.field()))
        {
            return violation.rule();
        }
        return label(violation.field()) + ": " + violation.rule();
    }

    /** The label of a model property, of one of the few other things a refusal names, or a configuration key as is. */
    static String label(String field)
    {
        ResourceBundle labels = ResourceBundle.getBundle(LABELS, Locale.ROOT);
        String variable = variableOf(field);
        for (String key : new String[] {String.format(PROPERTY_TITLE, variable), String.format(OTHER_TITLE, field)})
        {
            try
            {
                return labels.getString(key);
            }
            catch (MissingResourceException notThisKind)
            {
                // try the next kind of label
            }
        }
        return field;
    }

    private static String variableOf(String field)
    {
        // Configuration keys, the task itself, its author and the challenge as a whole are not form variables.
        boolean notAVariable = field.contains(".") || field.equals("task") || field.equals("author")
                || field.equals(ProtocolViolation.CHALLENGE);
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
