package org.alfresco.repo.action.executer;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.action.executer.MailActionExecuter}; compile-only. Only the action
 * name and parameter names we use, with Alfresco's values (its supertype and members are not needed here).
 */
public class MailActionExecuter
{
    public static final String NAME = "mail";
    public static final String PARAM_TO_MANY = "to_many";
    public static final String PARAM_SUBJECT = "subject";
    public static final String PARAM_TEXT = "text";

    protected MailActionExecuter()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's MailActionExecuter");
    }
}
