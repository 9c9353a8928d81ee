-- Seeds a large course straight into PostgreSQL (psql, not the API): :students students, each with :attempts graded
-- submissions at every exercise of the template course. The answers and their grades are copies of the template
-- course's real graded submissions (made through the API by ./run), picked per submission by a fixed formula, so
-- every grade row is one the service itself wrote. Variables (psql -v): course, template, students, attempts.
\set ON_ERROR_STOP on
BEGIN;

-- The template's graded answers, numbered per exercise.
CREATE TEMP TABLE template_answer ON COMMIT DROP AS
SELECT s.exercise_id, s.python_version, s.source, g.engine_version, g.rubric_version, g.score, g.max_score,
       g.checks_json, g.error,
       (ROW_NUMBER() OVER (PARTITION BY s.exercise_id ORDER BY s.id) - 1)::int AS variant,
       (COUNT(*) OVER (PARTITION BY s.exercise_id))::int AS variants
FROM submission s
JOIN grade g ON g.submission_id = s.id
JOIN course t ON t.id = s.course_id
WHERE t.slug = :'template';

INSERT INTO member (course_id, name, display_name, role, created_at)
SELECT c.id, 'student' || lpad(i::text, 5, '0'), 'Student ' || i, 'STUDENT', now()
FROM course c, generate_series(1, :students) AS i
WHERE c.slug = :'course';

-- One row per submission to make, with its id decided here so that its grade can be inserted beside it.
CREATE TEMP TABLE planned ON COMMIT DROP AS
WITH course_row AS (SELECT id FROM course WHERE slug = :'course'),
     exercise AS (SELECT exercise_id, list_index FROM course_exercise WHERE course_id = (SELECT id FROM course_row)),
     student AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM member
                 WHERE course_id = (SELECT id FROM course_row) AND role = 'STUDENT'),
     ci_token AS (SELECT MIN(id) AS id FROM api_token WHERE course_id = (SELECT id FROM course_row) AND kind = 'CI')
SELECT (SELECT COALESCE(MAX(id), 0) FROM submission)
           + ROW_NUMBER() OVER (ORDER BY attempt, st.n, e.list_index) AS submission_id,
       (SELECT id FROM course_row) AS course_id, st.id AS member_id, e.exercise_id, attempt,
       (SELECT id FROM ci_token) AS token_id,
       now() - interval '20 days' + attempt * interval '1 hour' + st.n * interval '100 milliseconds' AS received_at,
       (st.n * 7 + attempt * 3 + e.list_index)::int AS pick
FROM student st CROSS JOIN exercise e CROSS JOIN generate_series(1, :attempts) AS attempt;

INSERT INTO submission (id, course_id, member_id, exercise_id, python_version, source, received_at, origin,
                        token_id, idempotency_key)
SELECT p.submission_id, p.course_id, p.member_id, p.exercise_id, a.python_version, a.source, p.received_at, 'CI',
       p.token_id, NULL
FROM planned p
JOIN template_answer a ON a.exercise_id = p.exercise_id AND a.variant = p.pick % a.variants
ORDER BY p.submission_id;

INSERT INTO grade (submission_id, graded_at, engine_version, rubric_version, score, max_score, checks_json, error,
                   late_days, penalty_percent, final_score)
SELECT p.submission_id, p.received_at + interval '50 milliseconds', a.engine_version, a.rubric_version, a.score,
       a.max_score, a.checks_json, a.error, 0, 0, a.score
FROM planned p
JOIN template_answer a ON a.exercise_id = p.exercise_id AND a.variant = p.pick % a.variants
ORDER BY p.submission_id;

-- The identity columns continue after the ids given above.
SELECT setval(pg_get_serial_sequence('submission', 'id'), (SELECT MAX(id) FROM submission));
COMMIT;
ANALYZE member;
ANALYZE submission;
ANALYZE grade;
