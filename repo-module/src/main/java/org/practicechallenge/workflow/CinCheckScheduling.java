package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.impl.identity.Authentication;

/**
 * First step of {@code pcCinStepDownCheck}: checks what the chair gave at the step-down decision and sets the day
 * the case file check falls due (six weeks after the conference, on a working day).
 */
public class CinCheckScheduling extends ProtocolDelegate
{
    private static final LocalTime CHECK_TIME = LocalTime.of(9, 0);

    @Override
    protected void run(DelegateExecution execution)
    {
        ProtocolBinding protocol = protocol();
        ProcessVariables v = protocol.variables(execution);
        String chair = v.text(CHAIR) != null ? v.text(CHAIR) : Authentication.getAuthenticatedUserId();
        LocalDate checkDate = protocol.policy().cinStepDownCheck().schedule(v.date(CONFERENCE_DATE), v.raw(CASE_FOLDER),
                chair, v.raw(RAISING_AGENCY), v.raw(RESPONDING_AGENCY), protocol.now());
        v.set(CHAIR, chair);
        v.set(CIN_CHECK_DATE, checkDate.atTime(CHECK_TIME).atZone(protocol.policy().settings().zone()).toInstant());
    }
}
