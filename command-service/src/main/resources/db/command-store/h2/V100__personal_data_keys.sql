-- One key per data subject. Deleting a row makes that person's sealed data in the events unreadable.
CREATE TABLE personal_data_key (
    key_id     VARCHAR(64) PRIMARY KEY,
    secret     VARBINARY(32) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
