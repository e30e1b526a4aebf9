package dev.connect.app;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default listener: one structured log line per applied account event and per auth link that changed state.
 * Never logs setup information, nor a link's token or address.
 */
final class LoggingAccountEventListener implements AccountEventListenerPort {

    private static final Logger LOG = LoggerFactory.getLogger("dev.connect.events");

    @Override
    public void onApplied(AccountEvent event, LinkedAccount account) {
        LOG.info("account_event event={} account_id={} provider={} owner_id={} state={} event_date={}",
                event.name(), account.id(), account.provider(),
                account.ownerId().map(Object::toString).orElse("-"), account.state(), event.eventDate());
    }

    @Override
    public void onAuthLinkChanged(AuthLinkChange change) {
        LOG.info("auth_link_change auth_link_id={} owner_id={} from={} to={} linked_account_id={}",
                change.link().id(), change.link().owner().id(), change.from(), change.link().state(),
                change.link().linkedAccountId().map(AccountId::value).orElse("-"));
    }
}
