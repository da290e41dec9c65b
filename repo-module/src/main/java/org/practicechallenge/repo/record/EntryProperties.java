package org.practicechallenge.repo.record;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.CinOutcome;
import org.practicechallenge.protocol.Coded;
import org.practicechallenge.protocol.DiscussionMethod;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageOutcome;
import org.practicechallenge.repo.NodeValues;

/** A {@link CaseRecordEntry} as the properties of its {@code pc:caseRecordEntry} node, and back. */
final class EntryProperties
{
    private EntryProperties()
    {
    }

    static Map<QName, Serializable> of(CaseRecordEntry e)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_ENTRY_KIND, code(e.kind()));
        p.put(PROP_ENTRY_STAGE, code(e.stage()));
        p.put(PROP_DISCUSSION_METHOD, code(e.method()));
        p.put(PROP_FACTS, e.facts());
        p.put(PROP_OPINION, e.opinion());
        p.put(PROP_ENTRY_OUTCOME, code(e.outcome()));
        p.put(PROP_ENTRY_OUTCOME_SUMMARY, e.outcomeSummary());
        p.put(PROP_AGREED_ACTIONS, e.agreedActions());
        p.put(PROP_AUTHOR, e.author());
        p.put(PROP_AGENCY, e.agency());
        p.put(PROP_RECORDED_AT, NodeValues.dateTime(e.recordedAt()));
        p.put(PROP_CIN_OUTCOME, code(e.cinOutcome()));
        return p;
    }

    static CaseRecordEntry read(Map<QName, Serializable> p)
    {
        String method = NodeValues.text(p.get(PROP_DISCUSSION_METHOD));
        String outcome = NodeValues.text(p.get(PROP_ENTRY_OUTCOME));
        String cinOutcome = NodeValues.text(p.get(PROP_CIN_OUTCOME));
        return new CaseRecordEntry(
                Coded.fromCode(EntryKind.class, "entryKind", NodeValues.text(p.get(PROP_ENTRY_KIND))),
                Stage.fromCode("entryStage", NodeValues.text(p.get(PROP_ENTRY_STAGE))),
                method == null ? null : DiscussionMethod.fromCode("discussionMethod", method),
                NodeValues.text(p.get(PROP_FACTS)),
                NodeValues.text(p.get(PROP_OPINION)),
                outcome == null ? null : StageOutcome.fromCode("entryOutcome", outcome),
                NodeValues.text(p.get(PROP_ENTRY_OUTCOME_SUMMARY)),
                NodeValues.text(p.get(PROP_AGREED_ACTIONS)),
                NodeValues.text(p.get(PROP_AUTHOR)),
                NodeValues.text(p.get(PROP_AGENCY)),
                NodeValues.instant(p.get(PROP_RECORDED_AT)),
                cinOutcome == null ? null : CinOutcome.fromCode("cinOutcome", cinOutcome));
    }

    private static String code(Coded value)
    {
        return value == null ? null : value.code();
    }
}
