-- Indexes that no query reads, dropped: every applied event wrote an entry into each (issue 11). Plain SQL for
-- PostgreSQL and H2 in PostgreSQL mode.

-- An owner's accounts, in either order, come from linked_account_owner_newest_ix (owner_id, created_at DESC,
-- account_id DESC), which PostgreSQL reads backwards as readily as forwards (oldest first: an index scan backward;
-- H2 sorts the owner's rows instead); this one, from V1, is its prefix.
DROP INDEX linked_account_owner_ix;

-- The inbox is looked up by its key (the primary key) and swept by received_at; nothing reads it by account.
DROP INDEX webhook_inbox_account_ix;
