package dev.connect.adapters.mail;

import dev.connect.domain.model.authlink.AuthLinkInvitation;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded default's delivery: the message is composed exactly as it would be mailed and kept in memory (the
 * newest {@value #CAPACITY}), so that the auth-link flow works with no mail server and a page can show what was
 * "sent". Nothing survives a restart, as nothing of the embedded run needs it to.
 */
public final class OutboxAuthLinkDelivery implements AuthLinkDeliveryPort {

    public static final int CAPACITY = 500;

    /** One kept message. */
    public record OutboxMessage(String id, String authLinkId, String to, String subject, String text, String html,
                                String url, Instant sentAt) {

        @Override
        public String toString() {
            return "OutboxMessage[" + id + ", " + authLinkId + "]";
        }
    }

    private final Deque<OutboxMessage> messages = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public synchronized Outcome deliver(AuthLinkInvitation invitation) {
        AuthLinkMail mail = AuthLinkMail.of(invitation);
        messages.addFirst(new OutboxMessage("msg_" + sequence.incrementAndGet(), invitation.link().id().value(),
                invitation.link().recipient().value(), mail.subject(), mail.text(), mail.html(), mail.url(),
                invitation.sentAt()));
        while (messages.size() > CAPACITY) {
            messages.removeLast();
        }
        return new Outcome.Sent();
    }

    /** The newest messages first, at most {@code limit}. */
    public synchronized List<OutboxMessage> newest(int limit) {
        List<OutboxMessage> newest = new ArrayList<>();
        Iterator<OutboxMessage> iterator = messages.iterator();
        while (iterator.hasNext() && newest.size() < limit) {
            newest.add(iterator.next());
        }
        return List.copyOf(newest);
    }
}
