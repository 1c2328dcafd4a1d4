-- The key under which a family member's email address is known without being kept (ADR 43): kept
-- with the children's keys, so that whoever cannot read those cannot test an address against it.
INSERT INTO personal_data_key (key_id, secret, created_at) VALUES ('family-contact', SECURE_RAND(32), CURRENT_TIMESTAMP);
