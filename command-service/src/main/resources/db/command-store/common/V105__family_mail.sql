-- Emails to families waiting to be sent, and how their sending went (ADR 43). A row is written in the
-- same transaction as the event it tells of, so no invitation is stored without its email queued and
-- no email is queued for a refused command. The address stays sealed under the child's key: once the
-- child's data is erased the email can no longer be sent, and is dropped.
CREATE TABLE family_mail (
    mail_id         VARCHAR(64)              PRIMARY KEY,
    assessment_id   VARCHAR(64)              NOT NULL,
    invitation_id   VARCHAR(64)              NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    contact_key_id  VARCHAR(64)              NOT NULL,
    contact_sealed  VARCHAR(2048)            NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_failure    VARCHAR(200),
    given_up_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX family_mail_due ON family_mail (next_attempt_at);
CREATE INDEX family_mail_by_case ON family_mail (assessment_id);
