package org.springframework.extensions.webscripts;

import java.util.Map;

/**
 * Mirrors surf-webscripts' {@code org.springframework.extensions.webscripts.Match} (a final class); compile-only,
 * declaring only {@link #getTemplateVars()}. Tests mock it. The private constructor only stops the compiler adding
 * a public no-argument constructor that the real class does not have.
 */
public final class Match
{
    private Match()
    {
    }

    public Map<String, String> getTemplateVars()
    {
        throw new UnsupportedOperationException("compile-only declaration; the running ACS supplies Match");
    }
}
