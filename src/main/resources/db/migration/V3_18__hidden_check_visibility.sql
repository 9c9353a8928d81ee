-- When students see the results of hidden checks (issue 14): AFTER_DEADLINE (their own deadline, extensions
-- included; the default), AFTER_RELEASE (once the instructor releases them, at hidden_checks_released_at), or NEVER.
-- Numbered 3.1 so that it sorts after any V3 another branch adds.
ALTER TABLE course ADD COLUMN hidden_checks VARCHAR(16) DEFAULT 'AFTER_DEADLINE' NOT NULL;
ALTER TABLE course ADD COLUMN hidden_checks_released_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE course ADD CONSTRAINT course_hidden_checks_check
    CHECK (hidden_checks IN ('AFTER_DEADLINE', 'AFTER_RELEASE', 'NEVER'));
