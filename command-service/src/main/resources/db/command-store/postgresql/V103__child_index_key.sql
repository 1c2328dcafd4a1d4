-- The key of the index by which the read side finds a child by name or by when their record is to be
-- destroyed (ADR 38): kept with the children's keys, so that whoever cannot read those cannot read it.
-- Two version 4 UUIDs (gen_random_uuid, built in since PostgreSQL 13) give 32 bytes, 244 of their bits from a secure source.
INSERT INTO personal_data_key (key_id, secret, created_at)
VALUES ('child-index', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), now());
