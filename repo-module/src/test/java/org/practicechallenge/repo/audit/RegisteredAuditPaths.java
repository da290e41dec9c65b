package org.practicechallenge.repo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How ACS answers {@code AuditComponent.areAuditValuesRequired(path)} for the module's audit application: true only
 * when a registered {@code PathMap} source <em>starts with</em> the path asked about
 * ({@code PathMapper.getMappedPathsWithPartialMatch}, alfresco-core). Asking for a deeper path gets false, and
 * Alfresco drops the values.
 */
final class RegisteredAuditPaths
{
    static final String APPLICATION = "alfresco/module/practice-challenge-repo/audit/practice-challenge-audit.xml";
    private static final String NAMESPACE = "http://www.alfresco.org/repo/audit/model/3.2";

    private final List<String> sources = new ArrayList<>();

    RegisteredAuditPaths() throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = RegisteredAuditPaths.class.getClassLoader().getResourceAsStream(APPLICATION))
        {
            assertThat(in).as(APPLICATION + " on the classpath").isNotNull();
            NodeList maps = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(NAMESPACE, "PathMap");
            for (int i = 0; i < maps.getLength(); i++)
            {
                sources.add(((Element) maps.item(i)).getAttribute("source"));
            }
        }
    }

    boolean areAuditValuesRequired(String path)
    {
        return sources.stream().anyMatch(source -> source.indexOf(path) == 0);
    }
}
