-- Auth links (issue 8). Plain SQL for PostgreSQL and H2 in PostgreSQL mode. Numbered 4: 3 is issue 11's.

-- One row per link, with its delivery's state beside it (they change together: a delivery outcome is written onto
-- the link as it stands). The token is the secret part of the link's address; it is kept so that an operator can
-- read the address back, and looked up by its unique index when the link is opened.
CREATE TABLE auth_link (
    id                   VARCHAR(64)  NOT NULL PRIMARY KEY,
    token                VARCHAR(128) NOT NULL,
    owner_id             VARCHAR(255) NOT NULL,
    owner_name           VARCHAR(255) NOT NULL,
    recipient            VARCHAR(254) NOT NULL,
    provider             VARCHAR(64),
    categories           VARCHAR(512) NOT NULL,
    account_id           VARCHAR(255),
    message              VARCHAR(2000),
    state                VARCHAR(16)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_at            TIMESTAMP WITH TIME ZONE,
    linked_account_id    VARCHAR(255),
    revoked_at           TIMESTAMP WITH TIME ZONE,
    session_url          VARCHAR(4096),
    session_expires_at   TIMESTAMP WITH TIME ZONE,
    delivery_status      VARCHAR(16)  NOT NULL,
    delivery_attempts    INTEGER      NOT NULL,
    delivery_last_at     TIMESTAMP WITH TIME ZONE,
    delivery_last_error  VARCHAR(500),
    delivery_next_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_link_token_uk UNIQUE (token),
    CONSTRAINT auth_link_state_ck CHECK (state IN ('pending', 'linked', 'expired', 'revoked')),
    CONSTRAINT auth_link_delivery_status_ck CHECK (delivery_status IN ('pending', 'sent', 'failed'))
);

-- The pending links of an owner, read and locked by the webhook intake for each event of that owner.
CREATE INDEX auth_link_owner_state_ix ON auth_link (owner_id, state, id);

-- The operator's list: newest first, a page at a time after the previous page's (created_at, id).
CREATE INDEX auth_link_newest_ix ON auth_link (created_at DESC, id DESC);

-- The sweeps: due expiries and due deliveries of pending links.
CREATE INDEX auth_link_state_expires_ix ON auth_link (state, expires_at);
CREATE INDEX auth_link_state_delivery_ix ON auth_link (state, delivery_next_at);
