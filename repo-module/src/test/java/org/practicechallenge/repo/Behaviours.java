package org.practicechallenge.repo;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Alfresco's {@code JavaBehaviour} finds its method by name and by the policy's parameter types only when the policy
 * fires, so a wrong name would fail in production, not at startup. Tests read the constructor's arguments (captured
 * with Mockito's {@code mockConstruction}) and check the method exists.
 */
public final class Behaviours
{
    private Behaviours()
    {
    }

    /** {@code arguments} are {@code new JavaBehaviour(instance, method, frequency)}'s. */
    public static void assertBindsAMethodOf(List<?> arguments, Class<?> policy)
    {
        Method policyMethod = policy.getMethods()[0];
        assertThatCode(() -> arguments.get(0).getClass().getMethod((String) arguments.get(1), policyMethod.getParameterTypes()))
                .as("%s bound for %s", arguments.get(1), policy.getSimpleName())
                .doesNotThrowAnyException();
    }
}
