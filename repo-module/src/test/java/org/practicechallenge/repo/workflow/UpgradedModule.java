package org.practicechallenge.repo.workflow;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A module upgrade seen from the classpath: for as long as it is open, the thread's context class loader (the one
 * Spring's ClassPathResource and so Alfresco's WorkflowDeployer read through) serves changed copies of some files.
 */
final class UpgradedModule implements AutoCloseable
{
    private final Thread thread = Thread.currentThread();
    private final ClassLoader original = thread.getContextClassLoader();

    UpgradedModule(Map<String, String> changedFiles)
    {
        thread.setContextClassLoader(new ClassLoader(original)
        {
            @Override
            public InputStream getResourceAsStream(String name)
            {
                String changed = changedFiles.get(name);
                return changed != null ? new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)) : super.getResourceAsStream(name);
            }
        });
    }

    @Override
    public void close()
    {
        thread.setContextClassLoader(original);
    }
}
