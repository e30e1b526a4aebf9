package dev.connect.sandbox.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The sandbox's whole memory: sessions, accounts and OAuth connection attempts. Thread-safe by coarse
 * synchronisation (the sandbox serves a handful of requests, correctness beats throughput). Every change is handed
 * to the {@link StateFile} when one is configured, so accounts survive a restart.
 */
public final class SandboxState {

    private final Map<String, ConnectSession> sessionsByToken = new LinkedHashMap<>();
    private final Map<String, Account> accountsById = new LinkedHashMap<>();
    private final Map<String, ConnectionAttempt> attempts = new ConcurrentHashMap<>();
    private final Optional<StateFile> stateFile;
    private long lastSessionId;

    public SandboxState(Optional<StateFile> stateFile) {
        this.stateFile = stateFile;
        stateFile.flatMap(StateFile::load).ifPresent(this::restore);
    }

    private void restore(StateFile.Snapshot snapshot) {
        snapshot.sessions().forEach(s -> sessionsByToken.put(s.token(), s));
        snapshot.accounts().forEach(a -> accountsById.put(a.id(), a));
        lastSessionId = snapshot.lastSessionId();
    }

    public synchronized long nextSessionId() {
        return ++lastSessionId;
    }

    public synchronized void saveSession(ConnectSession session) {
        sessionsByToken.put(session.token(), session);
        persist();
    }

    public synchronized Optional<ConnectSession> sessionByToken(String token) {
        return Optional.ofNullable(token == null ? null : sessionsByToken.get(token));
    }

    public synchronized void saveAccount(Account account) {
        accountsById.put(account.id(), account);
        persist();
    }

    public synchronized Optional<Account> account(String id) {
        return Optional.ofNullable(id == null ? null : accountsById.get(id));
    }

    public synchronized Optional<Account> removeAccount(String id) {
        Account removed = accountsById.remove(id);
        if (removed != null) {
            persist();
        }
        return Optional.ofNullable(removed);
    }

    /** Accounts in creation order (the order paging walks). */
    public synchronized List<Account> accounts(Predicate<Account> filter) {
        List<Account> result = new ArrayList<>();
        for (Account account : accountsById.values()) {
            if (filter.test(account)) {
                result.add(account);
            }
        }
        return result;
    }

    public void saveAttempt(ConnectionAttempt attempt) {
        attempts.put(attempt.id(), attempt);
    }

    public Optional<ConnectionAttempt> attempt(String id) {
        return Optional.ofNullable(id == null ? null : attempts.get(id));
    }

    public synchronized Collection<Account> allAccounts() {
        return List.copyOf(accountsById.values());
    }

    private void persist() {
        stateFile.ifPresent(file -> file.save(new StateFile.Snapshot(
                lastSessionId, List.copyOf(sessionsByToken.values()), List.copyOf(accountsById.values()))));
    }
}
