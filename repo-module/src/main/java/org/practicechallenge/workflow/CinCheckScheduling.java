package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.impl.identity.Authentication;
import org.practicechallenge.protocol.CinStepDownCheck;

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
        CinStepDownCheck check = protocol.policy().cinStepDownCheck();
        String chair = v.text(CHAIR) != null ? v.text(CHAIR) : Authentication.getAuthenticatedUserId();
        Object raising = check.raisingAgency(v.raw(RAISING_AGENCY));
        Object responding = check.respondingAgency(v.raw(RESPONDING_AGENCY));
        LocalDate checkDate = check.schedule(v.date(CONFERENCE_DATE), v.raw(CASE_FOLDER), chair, raising, responding, protocol.now());
        v.set(CHAIR, chair);
        v.set(RAISING_AGENCY, raising);
        v.set(RESPONDING_AGENCY, responding);
        v.set(CIN_CHECK_DATE, checkDate.atTime(CHECK_TIME).atZone(protocol.policy().settings().zone()).toInstant());
    }
}
