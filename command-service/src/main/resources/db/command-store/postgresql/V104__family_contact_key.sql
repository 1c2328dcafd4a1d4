-- The key under which a family member's email address is known without being kept (ADR 43): kept
-- with the children's keys, so that whoever cannot read those cannot test an address against it.
-- Two version 4 UUIDs (gen_random_uuid, built in since PostgreSQL 13) give 32 bytes, 244 of their bits from a secure source.
INSERT INTO personal_data_key (key_id, secret, created_at)
VALUES ('family-contact', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), now());
