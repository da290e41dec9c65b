package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Mirrors Alfresco's marker interface {@code org.alfresco.service.cmr.repository.EntityRef}; compile-only. */
public interface EntityRef extends Serializable
{
}
