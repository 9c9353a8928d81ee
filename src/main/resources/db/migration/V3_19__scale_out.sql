-- Scale-out (issue 13): what must hold across requests lives here, not in one instance's memory, so several
-- instances can serve one database. Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- The per-student submission rate limit: one row per counted submission (or timeline run) in the sliding window.
-- An instance admits a submission only while holding the student's member row lock (SELECT ... FOR UPDATE), so two
-- instances cannot both admit the one over the limit. Rows older than the window are deleted as the student's next
-- request is counted, so the table holds at most per-minute rows per active student.
CREATE TABLE submission_rate_slot (
    member_id BIGINT                   NOT NULL REFERENCES member (id),
    used_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX submission_rate_slot_member_idx ON submission_rate_slot (member_id, used_at);

-- One row that a first-start step (the administrator token) locks while it looks and creates,
-- so instances that start at once on an empty database do it exactly once.
CREATE TABLE startup_lock (
    name VARCHAR(32) NOT NULL,
    CONSTRAINT startup_lock_pkey PRIMARY KEY (name)
);
INSERT INTO startup_lock (name) VALUES ('first-start');
