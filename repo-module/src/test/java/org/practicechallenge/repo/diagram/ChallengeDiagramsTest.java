package org.practicechallenge.repo.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/** The challenge diagram on the real Activiti 5.23 engine with the module's BPMN, headless. */
class ChallengeDiagramsTest
{
    private static PracticeChallengeEngine engine;
    private static ChallengeDiagrams diagrams;

    @BeforeAll
    static void startEngine()
    {
        System.setProperty("java.awt.headless", "true");
        engine = PracticeChallengeEngine.builder().startingAt(PracticeChallengeEngine.MONDAY_24_AUGUST_2026).build();
        diagrams = new ChallengeDiagrams(engine.repository(), engine.runtime(), engine.history());
    }

    @AfterAll
    static void stopEngine()
    {
        engine.close();
    }

    @Test
    void anEscalatedChallengeIsDrawnWithItsCurrentStageHighlighted() throws IOException
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        engine.complete(task(process, "stage1Response"), "sw1", discussion());
        engine.complete(task(process, "stage1Decision"), "nurse1", with(discussion(), "pcwf_stageOutcome", "escalate"));

        ChallengeDiagrams.Diagram diagram = diagrams.find(engine.challengeRef(process)).orElseThrow();
        assertThat(diagram.processInstanceId()).isEqualTo(process.getId());
        assertThat(diagram.activeActivities()).containsExactly("stage2Response");
        assertThat(diagram.ended()).isFalse();

        BufferedImage drawn = image(diagrams.png(diagram));
        BufferedImage plain = image(diagrams.png(new ChallengeDiagrams.Diagram(process.getId(),
                process.getProcessDefinitionId(), java.util.List.of(), false)));
        assertThat(drawn.getWidth()).isGreaterThan(400).isEqualTo(plain.getWidth());
        assertThat(redPixels(drawn)).as("Activiti outlines the current task in red").isGreaterThan(redPixels(plain) + 50);
    }

    @Test
    void aClosedChallengeIsDrawnWithoutHighlights()
    {
        ProcessInstance process = engine.startChallenge("nurse1", professionalDifference());
        engine.complete(task(process, "stage1Response"), "sw1", discussion());
        engine.complete(task(process, "stage1Decision"), "nurse1", with(discussion(), "pcwf_stageOutcome", "resolved"));

        ChallengeDiagrams.Diagram diagram = diagrams.find(engine.challengeRef(process)).orElseThrow();
        assertThat(diagram.ended()).isTrue();
        assertThat(diagram.activeActivities()).isEmpty();
        assertThat(diagrams.png(diagram)).isNotEmpty();
    }

    @Test
    void aNodeWithoutAProcessHasNoDiagram()
    {
        assertThat(diagrams.find("workspace://SpacesStore/no-such-challenge")).isEmpty();
    }

    private static Task task(ProcessInstance process, String key)
    {
        Task task = engine.task(process, key);
        assertThat(task).as(key).isNotNull();
        return task;
    }

    private static BufferedImage image(byte[] png) throws IOException
    {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    private static long redPixels(BufferedImage image)
    {
        long red = 0;
        for (int y = 0; y < image.getHeight(); y++)
        {
            for (int x = 0; x < image.getWidth(); x++)
            {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 200 && g < 80 && b < 80)
                {
                    red++;
                }
            }
        }
        return red;
    }

    private static Map<String, Object> professionalDifference()
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_challengeKind", "professionalDifference");
        v.put("pcwf_raisingAgency", "health");
        v.put("pcwf_respondingAgency", "socialCare");
        v.put("pcwf_issueCategory", "assessment");
        v.put("pcwf_issueSummary", "The assessment left out the health visitor's observations.");
        v.put("pcwf_caseFolder", "workspace://SpacesStore/case-folder-diagram");
        return v;
    }

    private static Map<String, Object> discussion()
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_discussionMethod", "meeting");
        v.put("pcwf_facts", "Met on 2 March; the assessment is dated 20 February.");
        v.put("pcwf_opinion", "The observations change the picture.");
        v.put("pcwf_outcomeSummary", "Discussed.");
        return v;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value)
    {
        Map<String, Object> v = new HashMap<>(base);
        v.put(key, value);
        return v;
    }
}
