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

-- The gradebook at scale: per student and exercise, the attempts and the two submissions that can count (the best:
-- highest current final score, earliest of equal ones; the latest: last received, highest id of equal times), kept
-- up to date as each submission is stored (under the student's row lock) and rebuilt for a course after a regrade.
-- The gradebook and analytics read these rows (students x exercises) instead of every submission (issue 13: a
-- course of 10,000 students x 5 exercises x 20 attempts is 50,000 rows here against 10^6 submissions).
CREATE TABLE gradebook_cell (
    course_id              BIGINT                   NOT NULL REFERENCES course (id),
    member_id              BIGINT                   NOT NULL REFERENCES member (id),
    exercise_id            VARCHAR(64)              NOT NULL,
    attempts               INTEGER                  NOT NULL,
    best_submission_id     BIGINT                   NOT NULL,
    best_grade_id          BIGINT                   NOT NULL,
    best_final_score       DOUBLE PRECISION         NOT NULL,
    best_late_days         INTEGER                  NOT NULL,
    best_penalty_percent   INTEGER                  NOT NULL,
    latest_submission_id   BIGINT                   NOT NULL,
    latest_grade_id        BIGINT                   NOT NULL,
    latest_received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_final_score     DOUBLE PRECISION         NOT NULL,
    latest_late_days       INTEGER                  NOT NULL,
    latest_penalty_percent INTEGER                  NOT NULL,
    CONSTRAINT gradebook_cell_pkey PRIMARY KEY (member_id, exercise_id)
);
CREATE INDEX gradebook_cell_course_idx ON gradebook_cell (course_id);

-- The cells of the submissions stored before this migration: the same statement CountedSubmissions.rebuild runs
-- for one course after a regrade. The current grade of a submission is its newest grade row.
INSERT INTO gradebook_cell (course_id, member_id, exercise_id, attempts,
                            best_submission_id, best_grade_id, best_final_score, best_late_days, best_penalty_percent,
                            latest_submission_id, latest_grade_id, latest_received_at, latest_final_score,
                            latest_late_days, latest_penalty_percent)
SELECT best.course_id, best.member_id, best.exercise_id, best.attempts,
       best.submission_id, best.grade_id, best.final_score, best.late_days, best.penalty_percent,
       latest.submission_id, latest.grade_id, latest.received_at, latest.final_score, latest.late_days,
       latest.penalty_percent
FROM (SELECT s.course_id, s.member_id, s.exercise_id, s.id AS submission_id, g.id AS grade_id, g.final_score,
             g.late_days, g.penalty_percent,
             COUNT(*) OVER (PARTITION BY s.member_id, s.exercise_id) AS attempts,
             ROW_NUMBER() OVER (PARTITION BY s.member_id, s.exercise_id ORDER BY g.final_score DESC, s.id) AS best_place
      FROM submission s
      JOIN grade g ON g.submission_id = s.id
      WHERE NOT EXISTS (SELECT 1 FROM grade newer WHERE newer.submission_id = g.submission_id AND newer.id > g.id)
     ) best
JOIN (SELECT s.member_id, s.exercise_id, s.id AS submission_id, s.received_at, g.id AS grade_id, g.final_score,
             g.late_days, g.penalty_percent,
             ROW_NUMBER() OVER (PARTITION BY s.member_id, s.exercise_id
                                ORDER BY s.received_at DESC, s.id DESC) AS latest_place
      FROM submission s
      JOIN grade g ON g.submission_id = s.id
      WHERE NOT EXISTS (SELECT 1 FROM grade newer WHERE newer.submission_id = g.submission_id AND newer.id > g.id)
     ) latest ON latest.member_id = best.member_id AND latest.exercise_id = best.exercise_id
                 AND latest.latest_place = 1
WHERE best.best_place = 1;
