package org.practicechallenge.workflow;

import java.util.ArrayList;
import java.util.List;

import org.practicechallenge.protocol.EscalationNotices;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.StageNotice;

/** The notices port for tests: keeps every notice the engine committed. */
public final class RecordedNotices implements EscalationNotices
{
    private final List<StageNotice> sent = new ArrayList<>();

    @Override
    public void send(StageNotice notice)
    {
        AfterCommit.run(() ->
        {
            synchronized (this)
            {
                sent.add(notice);
            }
        });
    }

    public synchronized List<StageNotice> sent()
    {
        return List.copyOf(sent);
    }

    public synchronized List<StageNotice> sent(String challengeRef, NoticeKind kind)
    {
        return sent.stream().filter(n -> n.kind() == kind && n.challengeRef().equals(challengeRef)).toList();
    }
}
