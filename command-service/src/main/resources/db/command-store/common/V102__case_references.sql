-- Each case's reference (EHC-2024-00123) belongs to one assessment; the primary key makes a
-- second claim of a number fail inside the command's transaction, so two requests logged at
-- once cannot share one.
CREATE TABLE case_reference (
    reference      VARCHAR(32) PRIMARY KEY,
    reference_year INTEGER     NOT NULL,
    reference_no   INTEGER     NOT NULL,
    assessment_id  VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX case_reference_by_year ON case_reference (reference_year, reference_no);
