package org.practicechallenge.repo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageOutcome;
import org.practicechallenge.repo.SignedIn;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** The module's audit application is valid for Alfresco and records everything {@link ChallengeAudit} produces. */
class AuditApplicationTest
{
    private static final String APPLICATION = "alfresco/module/practice-challenge-repo/audit/practice-challenge-audit.xml";
    private static final String NAMESPACE = "http://www.alfresco.org/repo/audit/model/3.2";
    private static final String REFERENCE = "practicechallenge.alfresco.reference";

    @Test
    void theApplicationValidatesAgainstAlfrescosAuditSchema() throws Exception
    {
        Path schema = referenceFolder().resolve("schema/alfresco-audit-3.2.xsd");
        assumeTrue(Files.isRegularFile(schema), () -> "Alfresco reference data not found: no " + schema
                + " (set -D" + REFERENCE + "=<folder with schema/alfresco-audit-3.2.xsd>)");
        List<String> errors = new ArrayList<>();
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema.toFile()).newValidator();
        validator.setErrorHandler(new org.xml.sax.ErrorHandler()
        {
            @Override
            public void warning(SAXParseException e)
            {
                errors.add("warning at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e)
            {
                errors.add("error at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e)
            {
                errors.add("fatal at line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try (InputStream in = application())
        {
            validator.validate(new StreamSource(in));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theApplicationKeyIsTheRootOfTheProducersPath() throws Exception
    {
        Element root = document().getDocumentElement();
        Element application = (Element) root.getElementsByTagNameNS(NAMESPACE, "Application").item(0);
        Element pathMap = (Element) root.getElementsByTagNameNS(NAMESPACE, "PathMap").item(0);

        assertThat(application.getAttribute("key")).isEqualTo(ChallengeAudit.ROOT.substring(1));
        assertThat(pathMap.getAttribute("source")).isEqualTo(ChallengeAudit.ROOT);
        assertThat(pathMap.getAttribute("target")).isEqualTo(ChallengeAudit.ROOT);
    }

    @Test
    void everyValueTheProducerRecordsReachesAlfrescoAndHasARecordValueAndEveryRecordValueIsProduced() throws Exception
    {
        Set<String> produced = new TreeSet<>();
        AuditComponent auditComponent = mock(AuditComponent.class);
        RegisteredAuditPaths registered = new RegisteredAuditPaths();
        when(auditComponent.areAuditValuesRequired(any())).thenAnswer(call -> registered.areAuditValuesRequired(call.getArgument(0)));
        doAnswer(call ->
        {
            String root = call.getArgument(0);
            Map<String, Serializable> values = call.getArgument(1);
            values.keySet().forEach(key -> produced.add(root + key));
            return Map.of();
        }).when(auditComponent).recordAuditValues(any(), anyMap());
        ChallengeAudit audit = new ChallengeAudit();
        audit.setAuditComponent(auditComponent);
        NodeRef challenge = new NodeRef("workspace://SpacesStore/challenge-1");
        try (SignedIn signedIn = SignedIn.as("manager1"))
        {
            audit.stageChanged(challenge, "PC-2026-1A2B3C01", Stage.STAGE_1, Stage.STAGE_2);
            audit.outcomeRecorded(challenge, "PC-2026-1A2B3C01", Stage.STAGE_2, StageOutcome.RESOLVED, ChallengeStatus.RESOLVED);
            audit.accessGranted(challenge, "PC-2026-1A2B3C01", challenge, "GROUP_PC_POLICE_DIRECTOR", "Consumer");
            audit.accessWithdrawn(challenge, "PC-2026-1A2B3C01", challenge, "GROUP_PC_POLICE_DIRECTOR", "Consumer");
            audit.recordDeclaration(challenge, "PC-2026-1A2B3C01", false, "no file plan");
        }

        Set<String> recorded = new TreeSet<>();
        NodeList recordValues = document().getElementsByTagNameNS(NAMESPACE, "RecordValue");
        for (int i = 0; i < recordValues.getLength(); i++)
        {
            Element value = (Element) recordValues.item(i);
            Element path = (Element) value.getParentNode();
            assertThat(value.getAttribute("dataSource"))
                    .as("RecordValue %s sits at the path it reads", value.getAttribute("key"))
                    .isEqualTo(ChallengeAudit.ROOT + "/" + path.getAttribute("key") + "/" + value.getAttribute("key"));
            assertThat(produced).as("trigger of %s", value.getAttribute("dataSource")).contains(value.getAttribute("dataTrigger"));
            recorded.add(value.getAttribute("dataSource"));
        }
        assertThat(recorded).isEqualTo(produced);
    }

    private static Document document() throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = application())
        {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream application()
    {
        InputStream in = AuditApplicationTest.class.getClassLoader().getResourceAsStream(APPLICATION);
        assertThat(in).as(APPLICATION + " on the classpath").isNotNull();
        return in;
    }

    private static Path referenceFolder()
    {
        String configured = System.getProperty(REFERENCE);
        boolean usable = configured != null && !configured.isBlank() && !configured.contains("${");
        return (usable ? Path.of(configured) : Path.of("../../shared/alfresco")).toAbsolutePath().normalize();
    }
}
