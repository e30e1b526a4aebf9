package dev.connect.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * After a run, the database against what the intake acknowledged: every event answered "applied" must be in the
 * inbox exactly once with its account in the registry (else lost), none acknowledged as applied twice, and any
 * row nobody was told about is counted too.
 *
 * @param acknowledged events answered "applied"
 * @param lost         acknowledged, but the inbox row or the account is missing
 * @param appliedTwice acknowledged as applied more than once, or more than one inbox row
 * @param unacknowledged stored, though the sender never got "applied" (e.g. its connection failed after the commit)
 */
record RegistryCheck(long acknowledged, long inboxRows, long accounts, long lost, long appliedTwice,
                     long unacknowledged) {

    static RegistryCheck of(Connection connection, AccountEvents events, Acknowledgements acks) throws SQLException {
        String prefix = events.accountPrefix();
        Map<String, Integer> inbox = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT account_id FROM webhook_inbox WHERE account_id LIKE ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    inbox.merge(rows.getString(1), 1, Integer::sum);
                }
            }
        }
        Set<String> accounts = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT account_id FROM linked_account WHERE account_id LIKE ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    accounts.add(rows.getString(1));
                }
            }
        }
        long acknowledged = 0;
        long lost = 0;
        long twice = 0;
        for (int i = 0; i < acks.capacity(); i++) {
            int times = acks.timesApplied(i);
            String id = events.accountId(i);
            if (times > 0) {
                acknowledged++;
                if (!inbox.containsKey(id) || !accounts.contains(id)) {
                    lost++;
                }
            }
            if (times > 1 || inbox.getOrDefault(id, 0) > 1) {
                twice++;
            }
        }
        long unacknowledged = 0;
        for (String id : inbox.keySet()) {
            int i = Integer.parseInt(id.substring(prefix.length()));
            if (i >= acks.capacity() || acks.timesApplied(i) == 0) {
                unacknowledged++;
            }
        }
        return new RegistryCheck(acknowledged, inbox.values().stream().mapToLong(Integer::longValue).sum(),
                accounts.size(), lost, twice, unacknowledged);
    }
}
