package org.practicechallenge.context;

import java.util.List;

final class Resources
{
    private Resources()
    {
    }

    static void requireAll(List<String> paths, String suffix)
    {
        for (String path : paths)
        {
            if (Resources.class.getClassLoader().getResource(path + suffix) == null)
            {
                throw new IllegalStateException("no " + path + suffix + " on the classpath");
            }
        }
    }
}
