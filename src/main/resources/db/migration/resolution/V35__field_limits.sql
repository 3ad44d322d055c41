-- Maximum lengths of the text fields, the same numbers as vn.dangbo.shared.FieldLimits (which the forms and the
-- facades use; FieldLimitsTest compares them). CHECK (char_length(...)) rather than varchar(n): the table is read
-- once to check the rows already there, without rewriting it or rebuilding its indexes.
-- Should an older database hold a longer value, this migration stops naming the constraint; shorten the value
-- (SELECT id FROM <table> WHERE char_length(<column>) > <n>) and start again.

ALTER TABLE resolution
    ADD CONSTRAINT resolution_number_length CHECK (char_length(number) <= 50),
    ADD CONSTRAINT resolution_title_length CHECK (char_length(title) <= 500),
    ADD CONSTRAINT resolution_general_goal_length CHECK (char_length(general_goal) <= 4000);

ALTER TABLE resolution_item
    ADD CONSTRAINT resolution_item_text_length CHECK (char_length(text) <= 4000);

ALTER TABLE indicator
    ADD CONSTRAINT indicator_code_length CHECK (char_length(code) <= 50),
    ADD CONSTRAINT indicator_name_length CHECK (char_length(name) <= 255),
    ADD CONSTRAINT indicator_unit_length CHECK (char_length(unit) <= 50),
    ADD CONSTRAINT indicator_description_length CHECK (char_length(description) <= 4000);

ALTER TABLE target
    ADD CONSTRAINT target_code_length CHECK (char_length(code) <= 50),
    ADD CONSTRAINT target_name_length CHECK (char_length(name) <= 500),
    ADD CONSTRAINT target_unit_length CHECK (char_length(unit) <= 50),
    ADD CONSTRAINT target_indicator_code_length CHECK (char_length(indicator_code) <= 50),
    ADD CONSTRAINT target_notes_length CHECK (char_length(notes) <= 4000);

ALTER TABLE target_result
    ADD CONSTRAINT target_result_note_length CHECK (char_length(note) <= 4000),
    ADD CONSTRAINT target_result_review_note_length CHECK (char_length(review_note) <= 4000);

ALTER TABLE target_result_history
    ADD CONSTRAINT target_result_history_note_length CHECK (char_length(note) <= 4000);

ALTER TABLE action_program
    ADD CONSTRAINT action_program_number_length CHECK (char_length(number) <= 50),
    ADD CONSTRAINT action_program_title_length CHECK (char_length(title) <= 500),
    ADD CONSTRAINT action_program_summary_length CHECK (char_length(summary) <= 4000);

ALTER TABLE task
    ADD CONSTRAINT task_ordinal_length CHECK (char_length(ordinal) <= 50),
    ADD CONSTRAINT task_title_length CHECK (char_length(title) <= 500),
    ADD CONSTRAINT task_description_length CHECK (char_length(description) <= 4000);

ALTER TABLE task_update
    ADD CONSTRAINT task_update_note_length CHECK (char_length(note) <= 4000);

ALTER TABLE resolution_attachment
    ADD CONSTRAINT resolution_attachment_file_name_length CHECK (char_length(file_name) <= 255);
