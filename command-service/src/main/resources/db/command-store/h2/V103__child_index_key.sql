-- The key of the index by which the read side finds a child by name or by when their record is to be
-- destroyed (ADR 38): kept with the children's keys, so that whoever cannot read those cannot read it.
INSERT INTO personal_data_key (key_id, secret, created_at) VALUES ('child-index', SECURE_RAND(32), CURRENT_TIMESTAMP);
