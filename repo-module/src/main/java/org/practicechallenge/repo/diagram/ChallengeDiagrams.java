package org.practicechallenge.repo.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.activiti.bpmn.model.BpmnModel;
import org.activiti.engine.HistoryService;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;

/**
 * The diagram of one challenge's process with where it stands highlighted: the BPMN the process runs (its own
 * definition version, so older challenges show the process they started on) drawn by Activiti's generator, the
 * activities it is waiting in outlined. A finished process is drawn without highlights.
 *
 * <p>Finds the process by its {@code pcwf_challengeRef} variable (the challenge node's reference), as the workflow
 * writes it. Reads the engine directly; callers check the user's right to read the challenge first.
 */
public class ChallengeDiagrams
{
    static final String CHALLENGE_REF = "pcwf_challengeRef";
    static final String PROCESS_KEY = "pcPracticeChallenge";
    /** Logical Java font, present in every JRE; ACS's images also carry real fonts for it. */
    private static final String FONT = "SansSerif";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    public ChallengeDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history)
    {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /** What the diagram shows: the process, its definition, and the activities it currently waits in. */
    public record Diagram(String processInstanceId, String processDefinitionId, List<String> activeActivities, boolean ended)
    {
    }

    /** The challenge's process, or empty when no practice challenge process carries {@code challengeRef}. */
    public Optional<Diagram> find(String challengeRef)
    {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(CHALLENGE_REF, challengeRef)
                .list();
        if (!running.isEmpty())
        {
            ProcessInstance process = running.get(0);
            List<String> active = runtime.getActiveActivityIds(process.getId());
            return Optional.of(new Diagram(process.getId(), process.getProcessDefinitionId(),
                    active.stream().sorted().toList(), false));
        }
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(CHALLENGE_REF, challengeRef)
                .list().stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .map(done -> new Diagram(done.getId(), done.getProcessDefinitionId(), List.of(), done.getEndTime() != null));
    }

    /** The PNG of the process definition with the diagram's active activities highlighted. */
    public byte[] png(Diagram diagram)
    {
        BpmnModel model = repository.getBpmnModel(diagram.processDefinitionId());
        try (InputStream image = new DefaultProcessDiagramGenerator().generateDiagram(model, "png",
                diagram.activeActivities(), Collections.emptyList(), FONT, FONT, FONT, null, 1.0);
             ByteArrayOutputStream png = new ByteArrayOutputStream())
        {
            image.transferTo(png);
            return png.toByteArray();
        }
        catch (IOException e)
        {
            throw new UncheckedIOException("could not draw the diagram of process " + diagram.processInstanceId(), e);
        }
    }
}
