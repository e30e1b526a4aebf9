package dev.connect.app;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default listener: one structured log line per applied account event. Never logs setup information. */
final class LoggingAccountEventListener implements AccountEventListenerPort {

    private static final Logger LOG = LoggerFactory.getLogger("dev.connect.events");

    @Override
    public void onApplied(AccountEvent event, LinkedAccount account) {
        LOG.info("account_event event={} account_id={} provider={} owner_id={} state={} event_date={}",
                event.name(), account.id(), account.provider(),
                account.ownerId().map(Object::toString).orElse("-"), account.state(), event.eventDate());
    }
}
