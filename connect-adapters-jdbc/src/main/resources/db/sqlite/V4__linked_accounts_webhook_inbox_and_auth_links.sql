-- The schema on SQLite, the embedded default since it joined at version 4: what V1 to V4 of db/migration build on
-- PostgreSQL and H2, in one step and in SQLite's terms. Later versions go into both folders under the same number.
--
-- STRICT tables, so that a value of the wrong type is refused as on the other databases. Instants are INTEGER
-- microseconds since the epoch, UTC (they sort and compare as the instants do). Tables keyed by text are WITHOUT
-- ROWID: the row lives in its primary key's B-tree instead of beside it. Lengths are not checked here: the domain's
-- value objects bound every text before it is stored.

-- One row per account StackOne told us about, in every state (see V1 of db/migration for the *_from columns).
CREATE TABLE linked_account (
    account_id             TEXT    NOT NULL,
    provider               TEXT    NOT NULL,
    state                  TEXT    NOT NULL,
    owner_id               TEXT,
    owner_id_from          INTEGER,
    owner_name             TEXT,
    owner_name_from        INTEGER,
    user_name              TEXT,
    user_name_from         INTEGER,
    setup_information      TEXT,
    setup_information_from INTEGER,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    last_event_type        TEXT    NOT NULL,
    last_event_date        INTEGER NOT NULL,
    last_event_order       INTEGER NOT NULL,
    last_check_status      TEXT,
    last_check_reasons     TEXT,
    last_checked_at        INTEGER,
    CONSTRAINT linked_account_pk PRIMARY KEY (account_id),
    CONSTRAINT linked_account_state_ck CHECK (state IN ('linked', 'deleted')),
    CONSTRAINT linked_account_check_status_ck CHECK (last_check_status IN
        ('active', 'inactive', 'suspended', 'archived', 'expired', 'error', 'unknown'))
) STRICT, WITHOUT ROWID;

-- An owner's accounts, oldest or newest first (SQLite reads an index backwards as readily as forwards).
CREATE INDEX linked_account_owner_ix ON linked_account (owner_id, created_at, account_id);
-- The reconciliation's sweep through the linked accounts, in id order.
CREATE INDEX linked_account_state_ix ON linked_account (state, account_id);

-- One row per recorded event, under its de-duplication key; the primary key makes concurrent deliveries of one event
-- record it exactly once.
CREATE TABLE webhook_inbox (
    dedup_key   TEXT    NOT NULL,
    event_type  TEXT    NOT NULL,
    account_id  TEXT    NOT NULL,
    provider    TEXT    NOT NULL,
    project_id  TEXT    NOT NULL,
    event_date  INTEGER NOT NULL,
    sent_at     INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    CONSTRAINT webhook_inbox_pk PRIMARY KEY (dedup_key),
    CONSTRAINT webhook_inbox_outcome_ck CHECK (outcome IN ('applied', 'outdated', 'ignored'))
) STRICT, WITHOUT ROWID;

CREATE INDEX webhook_inbox_received_ix ON webhook_inbox (received_at);
CREATE INDEX webhook_inbox_account_ix ON webhook_inbox (account_id, event_date);

-- Signed deliveries that could not be accepted (malformed JSON, missing fields), kept for inspection.
CREATE TABLE webhook_rejected (
    id          INTEGER NOT NULL PRIMARY KEY,
    received_at INTEGER NOT NULL,
    reason      TEXT    NOT NULL,
    detail      TEXT    NOT NULL,
    body        BLOB    NOT NULL
) STRICT;

CREATE INDEX webhook_rejected_received_ix ON webhook_rejected (received_at);

-- Auth links (see V4 of db/migration).
CREATE TABLE auth_link (
    id                   TEXT    NOT NULL PRIMARY KEY,
    token                TEXT    NOT NULL,
    owner_id             TEXT    NOT NULL,
    owner_name           TEXT    NOT NULL,
    recipient            TEXT    NOT NULL,
    provider             TEXT,
    categories           TEXT    NOT NULL,
    account_id           TEXT,
    message              TEXT,
    state                TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    expires_at           INTEGER NOT NULL,
    linked_at            INTEGER,
    linked_account_id    TEXT,
    revoked_at           INTEGER,
    session_url          TEXT,
    session_expires_at   INTEGER,
    delivery_status      TEXT    NOT NULL,
    delivery_attempts    INTEGER NOT NULL,
    delivery_last_at     INTEGER,
    delivery_last_error  TEXT,
    delivery_next_at     INTEGER,
    CONSTRAINT auth_link_token_uk UNIQUE (token),
    CONSTRAINT auth_link_state_ck CHECK (state IN ('pending', 'linked', 'expired', 'revoked')),
    CONSTRAINT auth_link_delivery_status_ck CHECK (delivery_status IN ('pending', 'sent', 'failed'))
) STRICT, WITHOUT ROWID;

CREATE INDEX auth_link_owner_state_ix ON auth_link (owner_id, state, id);
CREATE INDEX auth_link_newest_ix ON auth_link (created_at, id);
CREATE INDEX auth_link_state_expires_ix ON auth_link (state, expires_at);
CREATE INDEX auth_link_state_delivery_ix ON auth_link (state, delivery_next_at);
