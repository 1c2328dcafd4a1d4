-- The files a family gives with their views and advice (ADR 45), sealed under the child's key like
-- every other piece of the child's personal data: erasing the child's key erases them. Kept here, in
-- the command store, so that a file is written in the same transaction as the event that records it
-- and is in every backup of the store; the event holds only the file's kind, size and digest.
CREATE TABLE family_advice_file (
    advice_id     VARCHAR(64)              PRIMARY KEY,
    assessment_id VARCHAR(64)              NOT NULL,
    key_id        VARCHAR(64)              NOT NULL,
    sealed        BYTEA                    NOT NULL,
    kept_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX family_advice_file_by_case ON family_advice_file (assessment_id);
