-- The accounts API and reconciliation (issue 7). Plain SQL for PostgreSQL and H2 in PostgreSQL mode.

-- The last health check of each account: what StackOne said about it when connect last asked. Written only by
-- connect's own checks and reconciliation (never by a webhook), all three together or none.
ALTER TABLE linked_account ADD COLUMN last_check_status VARCHAR(16);
ALTER TABLE linked_account ADD COLUMN last_check_reasons VARCHAR(65536);
ALTER TABLE linked_account ADD COLUMN last_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE linked_account ADD CONSTRAINT linked_account_check_status_ck CHECK (last_check_status IN
    ('active', 'inactive', 'suspended', 'archived', 'expired', 'error', 'unknown'));

-- An owner's accounts, newest first, a page at a time after the previous page's (created_at, account_id).
CREATE INDEX linked_account_owner_newest_ix ON linked_account (owner_id, created_at DESC, account_id DESC);

-- The reconciliation's sweep through the linked accounts, in id order.
CREATE INDEX linked_account_state_ix ON linked_account (state, account_id);
