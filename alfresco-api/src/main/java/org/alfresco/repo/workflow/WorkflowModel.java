package org.alfresco.repo.workflow;

import org.alfresco.service.namespace.QName;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.workflow.WorkflowModel}; compile-only, declaring only the constant
 * Practice Challenge uses. Alfresco builds it from {@code NamespaceService.BPM_MODEL_1_0_URI}, whose value is written
 * here because our {@code NamespaceService} declaration does not carry that constant.
 */
public interface WorkflowModel
{
    /** {@code bpm:package}: the start parameter naming a workflow's package (variable {@code bpm_package}). */
    QName ASSOC_PACKAGE = QName.createQName("http://www.alfresco.org/model/bpm/1.0", "package");
}
