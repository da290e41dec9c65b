package org.practicechallenge.repo.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;

/**
 * The words a downloaded file uses: stage, kind, status and category labels from the model's own message bundle (the
 * ones Share shows), agency names from the partnership's configuration, headings from the report bundle. A code
 * without a label is written as "Not given" rather than as the code.
 */
public class ReportLabels
{
    static final String MODEL = "alfresco/module/practice-challenge-repo/messages/practice-challenge-model";
    static final String REPORT = "alfresco/module/practice-challenge-repo/messages/practice-challenge-report";

    private final ResourceBundle model;
    private final ResourceBundle report;
    private final PartnershipSettings settings;

    public ReportLabels(PartnershipSettings settings)
    {
        ClassLoader loader = ReportLabels.class.getClassLoader();
        this.model = ResourceBundle.getBundle(MODEL, Locale.ROOT, loader);
        this.report = ResourceBundle.getBundle(REPORT, Locale.ROOT, loader);
        this.settings = settings;
    }

    /** A heading or fixed word: {@code practicechallenge.report.<key>}. */
    public String text(String key)
    {
        return report.getString("practicechallenge.report." + key);
    }

    public String yesNo(boolean value)
    {
        return text(value ? "yes" : "no");
    }

    public String stage(Stage stage)
    {
        return list("pc_stageList", stage == null ? null : stage.code());
    }

    public String kind(ChallengeKind kind)
    {
        return list("pc_kindList", kind == null ? null : kind.code());
    }

    public String status(ChallengeStatus status)
    {
        return list("pc_statusList", status == null ? null : status.code());
    }

    public String issueCategory(IssueCategory category)
    {
        return list("pc_issueCategoryList", category == null ? null : category.code());
    }

    public String caseCategory(CaseCategory category)
    {
        return list("pc_caseCategoryList", category == null ? null : category.code());
    }

    /** A coded value by its model constraint ({@code pc_entryKindList}, say): the label Share shows for it. */
    public String choice(String constraint, String code)
    {
        return list(constraint, code);
    }

    /** A property's title as the model gives it to Share: {@code entryKind} for {@code pc:entryKind}. */
    public String title(String property)
    {
        return model.getString("pc_practiceChallengeModel.property.pc_" + property + ".title");
    }

    /** The agency's configured name. */
    public String agency(String code)
    {
        if (code == null)
        {
            return text("none");
        }
        try
        {
            return settings.agencies().agency("agency", code).name();
        }
        catch (ProtocolViolation noLongerConfigured)
        {
            return text("none");
        }
    }

    private String list(String constraint, String code)
    {
        if (code == null)
        {
            return text("none");
        }
        try
        {
            return model.getString("listconstraint." + constraint + "." + code);
        }
        catch (MissingResourceException unlabelled)
        {
            return text("none");
        }
    }
}
