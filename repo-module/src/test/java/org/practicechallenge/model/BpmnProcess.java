package org.practicechallenge.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the model and label checks need from a BPMN 2.0 process: its id, the formKey of its start event and the
 * id and formKey of each user task (sub-processes included).
 */
record BpmnProcess(String source, String id, List<FormUse> startEvents, List<FormUse> userTasks) {

    static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String ACTIVITI_NAMESPACE = "http://activiti.org/bpmn";

    private static final Pattern PCWF_VARIABLE = Pattern.compile("(?<![\\w$])pcwf_\\w+");

    /** A start event or user task and its {@code activiti:formKey} (null when it has none). */
    record FormUse(String activityId, String formKey) {
    }

    static List<BpmnProcess> read(Path file) {
        return parse(ShippedResources.read(file), file.getFileName().toString());
    }

    static List<BpmnProcess> parse(String xml, String source) {
        Element definitions;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            definitions = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(source + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BpmnProcess> processes = new ArrayList<>();
        for (Element process : elements(definitions.getElementsByTagNameNS(BPMN_NAMESPACE, "process"))) {
            List<FormUse> starts = new ArrayList<>();
            // Only the process's own start event opens a start form; sub-process start events have none.
            for (Node n = process.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && BPMN_NAMESPACE.equals(e.getNamespaceURI()) && "startEvent".equals(e.getLocalName())) {
                    starts.add(formUse(e));
                }
            }
            List<FormUse> userTasks = elements(process.getElementsByTagNameNS(BPMN_NAMESPACE, "userTask")).stream()
                    .map(BpmnProcess::formUse).toList();
            processes.add(new BpmnProcess(source, process.getAttribute("id"), List.copyOf(starts), userTasks));
        }
        return processes;
    }

    /** Every {@code pcwf_...} token in a text: expressions, listener fields, scripts or Java literals. */
    static Set<String> pcwfVariablesIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PCWF_VARIABLE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static FormUse formUse(Element e) {
        String formKey = e.getAttributeNS(ACTIVITI_NAMESPACE, "formKey");
        return new FormUse(e.getAttribute("id"), formKey.isBlank() ? null : formKey.trim());
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
