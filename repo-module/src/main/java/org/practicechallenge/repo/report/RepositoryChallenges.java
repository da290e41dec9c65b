package org.practicechallenge.repo.report;

import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.ReportPeriod;

import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_IDENTIFIER;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_NAME;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CLOSED_DATE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_DUE_DATE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_ISSUE_CATEGORY;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_KIND;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_OVERDUE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_RAISED_DATE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_RAISING_AGENCY;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_REFERENCE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_RESPONDING_AGENCY;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_STAGE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_START_STAGE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_STATUS;

/**
 * Reads every {@code pc:practiceChallenge} raised in a period as {@link ChallengeSummary} rows for the report and
 * the directors' list.
 *
 * <p>Rows are found with the FTS query {@code TYPE:"pc:practiceChallenge"}, in pages of {@code batchSize} ordered
 * by database id so that pages neither overlap nor skip (an unpaged query would stop at Solr's unlimited-query cap).
 * The query carries no date range: ACS's database query engine, which answers when there is no Solr, supports no
 * ranges and silently finds nothing (seen in a real ACS 26 repository), so the period is applied in Java, in the
 * partnership's time zone. They are read as the system user so that the partnership's aggregate counts are
 * complete; whoever shows rows to a person checks that person's permission on each ({@link CallerAccess}).
 *
 * <p>A node whose coded properties are not the protocol's (hand-edited, or from an older model) is left out and
 * logged with its reference, rather than failing the whole report.
 */
public class RepositoryChallenges
{
    static final String SORT_BY_DATABASE_ID = "@{http://www.alfresco.org/model/system/1.0}node-dbid";
    private static final System.Logger LOG = System.getLogger(RepositoryChallenges.class.getName());

    private final SearchService searchService;
    private final NodeService nodeService;
    private final ZoneId zone;
    private final int batchSize;

    public RepositoryChallenges(SearchService searchService, NodeService nodeService, PartnershipSettings settings,
            int batchSize)
    {
        if (batchSize < 1)
        {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        this.searchService = searchService;
        this.nodeService = nodeService;
        this.zone = settings.zone();
        this.batchSize = batchSize;
    }

    /** Hands each challenge raised in {@code period} to {@code consumer}, which runs as the system user. */
    public void forEachRaisedIn(ReportPeriod period, Consumer<ChallengeSummary> consumer)
    {
        AuthenticationUtil.runAsSystem(() ->
        {
            read(period, consumer);
            return null;
        });
    }

    /** The challenges raised in {@code period} that {@code keep} accepts; permissions are the caller's to check. */
    public List<ChallengeSummary> raisedIn(ReportPeriod period, Predicate<ChallengeSummary> keep)
    {
        List<ChallengeSummary> kept = new ArrayList<>();
        forEachRaisedIn(period, challenge ->
        {
            if (keep.test(challenge))
            {
                kept.add(challenge);
            }
        });
        return kept;
    }

    /** FTS for every challenge: the same on Solr and on the database query engine. */
    static String query()
    {
        return "TYPE:\"pc:practiceChallenge\"";
    }

    private void read(ReportPeriod period, Consumer<ChallengeSummary> consumer)
    {
        String query = query();
        Map<NodeRef, String[]> caseFolders = new HashMap<>();
        int skipCount = 0;
        boolean more = true;
        while (more)
        {
            SearchParameters parameters = new SearchParameters();
            parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
            parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
            parameters.setQuery(query);
            parameters.addSort(SORT_BY_DATABASE_ID, true);
            parameters.setSkipCount(skipCount);
            parameters.setMaxItems(batchSize);
            ResultSet results = searchService.query(parameters);
            try
            {
                List<NodeRef> page = results.getNodeRefs();
                for (NodeRef challenge : page)
                {
                    ChallengeSummary summary = summary(challenge, caseFolders);
                    if (summary != null && period.includes(summary.raisedAt()))
                    {
                        consumer.accept(summary);
                    }
                }
                skipCount += page.size();
                more = !page.isEmpty() && results.hasMore();
            }
            finally
            {
                results.close();
            }
        }
    }

    private ChallengeSummary summary(NodeRef challenge, Map<NodeRef, String[]> caseFolders)
    {
        Map<QName, Serializable> p = nodeService.getProperties(challenge);
        NodeRef caseFolder = nodeService.getPrimaryParent(challenge).getParentRef();
        String[] child = caseFolders.computeIfAbsent(caseFolder, this::child);
        try
        {
            Object startStage = p.get(PROP_START_STAGE);
            Object category = p.get(PROP_ISSUE_CATEGORY);
            return new ChallengeSummary(
                    challenge.toString(),
                    NodeValues.text(p, PROP_REFERENCE),
                    caseFolder.toString(),
                    child[0],
                    child[1],
                    ChallengeKind.fromCode("pc:kind", p.get(PROP_KIND)),
                    Stage.fromCode("pc:stage", p.get(PROP_STAGE)),
                    startStage == null ? null : Stage.fromCode("pc:startStage", startStage),
                    ChallengeStatus.fromCode("pc:status", p.get(PROP_STATUS)),
                    NodeValues.text(p, PROP_RAISING_AGENCY),
                    NodeValues.text(p, PROP_RESPONDING_AGENCY),
                    category == null ? null : IssueCategory.fromCode("pc:issueCategory", category),
                    NodeValues.instant(p, PROP_RAISED_DATE),
                    NodeValues.instant(p, PROP_CLOSED_DATE),
                    NodeValues.day(p, PROP_DUE_DATE),
                    NodeValues.flag(p, PROP_OVERDUE));
        }
        catch (ProtocolViolation unreadable)
        {
            LOG.log(Level.WARNING, "Practice challenge {0} left out of reports: {1}", challenge, unreadable.getMessage());
            return null;
        }
    }

    private String[] child(NodeRef caseFolder)
    {
        Map<QName, Serializable> folder = nodeService.getProperties(caseFolder);
        return new String[] {NodeValues.text(folder, PROP_CHILD_IDENTIFIER), NodeValues.text(folder, PROP_CHILD_NAME)};
    }
}
