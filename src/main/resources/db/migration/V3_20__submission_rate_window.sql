-- The per-student rate limit counts the student's own submissions of the last minute (issue 13: storing a
-- submission no longer writes a submission_rate_slot row; only heap timeline runs do). This index makes that count
-- a range scan of the student's newest rows, however many submissions they made before.
CREATE INDEX submission_member_received_idx ON submission (member_id, received_at);
