package org.practicechallenge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BoundaryEvent;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.Gateway;
import org.activiti.bpmn.model.GraphicInfo;
import org.activiti.bpmn.model.SequenceFlow;
import org.activiti.bpmn.model.Task;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Share's workflow view and Activiti's diagram generator only draw BPMN with diagram interchange, so every element
 * of every shipped process has a shape or edge, and the generator renders it headless.
 *
 * <p>The same pictures are the guides' illustrations and the challenge page's "where it stands" diagram, so they must
 * read at a page width of 800 px at the generator's scale 1.0: no wider than that, every task's name whole inside
 * its box, every path out of a decision named and labelled where the reader sees it, nothing drawn over anything
 * else.
 */
class DiagramInterchangeTest
{
    /** The width of a guide's page, where the pictures are shown at their drawn size. */
    static final int PAGE_WIDTH = 800;

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

    @ParameterizedTest
    @MethodSource("workflows")
    void theDiagramIsNoWiderThanAPage(String bpmn) throws Exception
    {
        BufferedImage image = render(read(bpmn));

        assertThat(image.getWidth()).as("width of the drawn %s", bpmn).isLessThanOrEqualTo(PAGE_WIDTH);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyTaskNameIsDrawnWholeInsideItsBox(String bpmn) throws Exception
    {
        BpmnModel model = read(bpmn);
        GeneratorMetrics metrics = new GeneratorMetrics();

        for (FlowElement element : model.getMainProcess().getFlowElements())
        {
            if (element instanceof Task)
            {
                assertThat(metrics.taskNameCut(element.getName(), model.getGraphicInfo(element.getId())))
                        .as("name of %s", element.getId()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyPathOutOfADecisionIsNamedAndItsLabelDrawnInThePicture(String bpmn) throws Exception
    {
        BpmnModel model = read(bpmn);
        BufferedImage image = render(model);
        Rectangle2D picture = new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight());
        GeneratorMetrics metrics = new GeneratorMetrics();
        int paths = 0;

        for (FlowElement element : model.getMainProcess().getFlowElements())
        {
            if (element instanceof Gateway gateway)
            {
                for (SequenceFlow path : gateway.getOutgoingFlows())
                {
                    paths++;
                    assertThat(path.getName()).as("name of %s, out of %s", path.getId(), gateway.getId()).isNotBlank();
                    GraphicInfo label = model.getLabelGraphicInfo(path.getId());
                    assertThat(label).as("BPMNLabel of %s (without one the generator draws no name)", path.getId()).isNotNull();
                    Rectangle2D text = metrics.labelText(path.getName(), label.getX(), label.getY());
                    assertThat(bounds(label).contains(text))
                            .as("'%s' (%s) drawn within its BPMNLabel bounds %s", path.getName(), text, bounds(label)).isTrue();
                    assertThat(picture.contains(bounds(label)))
                            .as("label of %s inside the %s x %s picture", path.getId(), image.getWidth(), image.getHeight()).isTrue();
                }
            }
        }
        assertThat(paths).as("paths out of decisions in %s", bpmn).isGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void noShapeOrLabelIsDrawnOverAnother(String bpmn) throws Exception
    {
        BpmnModel model = read(bpmn);
        Map<String, Rectangle2D> drawn = new LinkedHashMap<>();
        Map<String, String> attachedTo = new LinkedHashMap<>();
        for (FlowElement element : model.getMainProcess().getFlowElements())
        {
            if (element instanceof SequenceFlow flow)
            {
                GraphicInfo label = model.getLabelGraphicInfo(flow.getId());
                if (label != null)
                {
                    drawn.put("label of " + flow.getId(), bounds(label));
                }
            }
            else
            {
                drawn.put(element.getId(), bounds(model.getGraphicInfo(element.getId())));
                if (element instanceof BoundaryEvent timer)
                {
                    attachedTo.put(element.getId(), timer.getAttachedToRefId());
                }
            }
        }

        List<String> overlaps = new ArrayList<>();
        List<String> names = new ArrayList<>(drawn.keySet());
        for (int i = 0; i < names.size(); i++)
        {
            for (int j = i + 1; j < names.size(); j++)
            {
                String a = names.get(i);
                String b = names.get(j);
                // A boundary event sits on its activity's edge by definition.
                if (b.equals(attachedTo.get(a)) || a.equals(attachedTo.get(b)))
                {
                    continue;
                }
                if (drawn.get(a).intersects(drawn.get(b)))
                {
                    overlaps.add(a + " / " + b);
                }
            }
        }
        assertThat(overlaps).as("shapes and labels drawn over each other in %s", bpmn).isEmpty();
    }

    static BufferedImage render(BpmnModel model) throws IOException
    {
        System.setProperty("java.awt.headless", "true");
        try (InputStream png = new DefaultProcessDiagramGenerator().generateDiagram(model, "png",
                Collections.emptyList(), Collections.emptyList(), "SansSerif", "SansSerif", "SansSerif", null, 1.0))
        {
            return ImageIO.read(png);
        }
    }

    private static Rectangle2D bounds(GraphicInfo info)
    {
        return new Rectangle2D.Double(info.getX(), info.getY(), info.getWidth(), info.getHeight());
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
