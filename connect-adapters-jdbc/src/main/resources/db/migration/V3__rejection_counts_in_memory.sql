-- Deliveries refused without being stored (unsigned, forged, stale) are counted in memory by the intake from now on:
-- a request without the signing secret must cost the database nothing, not an UPDATE of one hot row. (V3, not V2:
-- V2 belongs to the accounts API's change, developed alongside.)
DROP TABLE webhook_rejection_count;
