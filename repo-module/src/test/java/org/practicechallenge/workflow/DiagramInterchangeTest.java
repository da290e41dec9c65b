package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.SequenceFlow;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Share's workflow view and Activiti's diagram generator only draw BPMN with diagram interchange, so every element
 * of every shipped process has a shape or edge, and the generator renders it headless.
 */
class DiagramInterchangeTest
{
    static List<String> workflows()
    {
        return PracticeChallengeEngine.moduleWorkflowResources();
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyElementHasDiagramInterchangeAndTheDiagramRenders(String bpmn) throws Exception
    {
        System.setProperty("java.awt.headless", "true");
        BpmnModel model = read(bpmn);

        for (FlowElement element : model.getMainProcess().getFlowElements())
        {
            if (element instanceof SequenceFlow)
            {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("edge of %s", element.getId()).isNotEmpty();
            }
            else
            {
                assertThat(model.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
            }
        }

        try (InputStream png = new DefaultProcessDiagramGenerator().generateDiagram(model, "png",
                Collections.singletonList("stage2Response"), Collections.emptyList(), "SansSerif", "SansSerif", "SansSerif", null, 1.0))
        {
            BufferedImage image = ImageIO.read(png);
            assertThat(image.getWidth()).isGreaterThan(400);
            assertThat(image.getHeight()).isGreaterThan(150);
            Path out = Path.of("target", "diagrams", Path.of(bpmn).getFileName().toString().replace(".bpmn20.xml", ".png"));
            Files.createDirectories(out.getParent());
            ImageIO.write(image, "png", out.toFile());
        }
    }

    static BpmnModel read(String bpmn) throws IOException, javax.xml.stream.XMLStreamException
    {
        try (InputStream in = DiagramInterchangeTest.class.getClassLoader().getResourceAsStream(bpmn))
        {
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(in);
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        }
    }
}
