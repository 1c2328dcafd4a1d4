-- Each Written Statement of Action reference ("2.1") belongs to one action; the primary key
-- makes a second registration of the same reference fail inside the command's transaction.
CREATE TABLE action_reference (
    reference  VARCHAR(32) PRIMARY KEY,
    action_id  VARCHAR(64) NOT NULL
);
