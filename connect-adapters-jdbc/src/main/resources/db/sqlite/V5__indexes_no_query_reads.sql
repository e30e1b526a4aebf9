-- An index that no query reads, dropped: every applied event wrote an entry into it (issue 11). The inbox is looked
-- up by its key (the primary key) and swept by received_at; nothing reads it by account. (linked_account_owner_ix
-- stays here: on SQLite it is the only index of an owner's accounts, see V4.)
DROP INDEX webhook_inbox_account_ix;
