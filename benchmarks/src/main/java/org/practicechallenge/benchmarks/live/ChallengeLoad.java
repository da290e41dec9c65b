package org.practicechallenge.benchmarks.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * Benchmark only, deployed in a repository built for measuring, never in the product's AMP:
 * {@code POST /practicechallenge/benchmark/load?parent=&from=&count=} writes challenges {@code from} to
 * {@code from + count - 1} as nodes under child's case folders in {@code parent}, {@value #BATCH} per transaction, as
 * the module's own case-record writer (so the integrity rules let them in, as they let in the workflow's writes).
 * The register fills through its behaviours, as it does for real challenges. No workflows are started.
 */
public class ChallengeLoad extends AbstractWebScript
{
    static final int BATCH = 500;

    private final NodeService nodeService;
    private final TransactionService transactionService;

    public ChallengeLoad(NodeService nodeService, TransactionService transactionService)
    {
        this.nodeService = nodeService;
        this.transactionService = transactionService;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        NodeRef parent = new NodeRef(req.getParameter("parent"));
        int from = Integer.parseInt(req.getParameter("from"));
        int count = Integer.parseInt(req.getParameter("count"));
        if (from % GeneratedChallenge.PER_CASE != 0 || BATCH % GeneratedChallenge.PER_CASE != 0)
        {
            throw new IllegalArgumentException("from must be a multiple of " + GeneratedChallenge.PER_CASE);
        }
        long started = System.nanoTime();
        for (int batch = from; batch < from + count; batch += BATCH)
        {
            int first = batch;
            int last = Math.min(batch + BATCH, from + count);
            AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> RecordWrites.as(RecordWriter.CASE_RECORD, () -> load(parent, first, last)),
                            false, true));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        res.setContentType("application/json;charset=UTF-8");
        res.setContentEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"loaded\":" + count + ",\"millis\":" + millis + "}");
    }

    private Void load(NodeRef parent, int first, int last)
    {
        NodeRef caseFolder = null;
        for (int n = first; n < last; n++)
        {
            if (caseFolder == null || n % GeneratedChallenge.PER_CASE == 0)
            {
                int caseNumber = n / GeneratedChallenge.PER_CASE;
                caseFolder = nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS, name("case-" + caseNumber),
                        ContentModel.TYPE_FOLDER, GeneratedChallenge.caseFolder(caseNumber)).getChildRef();
                nodeService.addAspect(caseFolder, PracticeChallengeModel.ASPECT_CHILD_CASE, GeneratedChallenge.caseFolder(caseNumber));
            }
            nodeService.createNode(caseFolder, ContentModel.ASSOC_CONTAINS, name("PC-BENCH-" + n),
                    PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE, GeneratedChallenge.challenge(n));
        }
        return null;
    }

    private static QName name(String localName)
    {
        return QName.createQName(ContentModel.PROP_NAME.getNamespaceURI(), localName);
    }
}
