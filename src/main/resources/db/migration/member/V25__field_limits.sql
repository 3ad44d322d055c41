-- Maximum lengths of the text fields, the same numbers as vn.dangbo.shared.FieldLimits (which the forms and the
-- facades use; FieldLimitsTest compares them). CHECK (char_length(...)) rather than varchar(n): the table is read
-- once to check the rows already there, without rewriting it or rebuilding its indexes.
-- Should an older database hold a longer value, this migration stops naming the constraint; shorten the value
-- (SELECT id FROM <table> WHERE char_length(<column>) > <n>) and start again.

ALTER TABLE member
    ADD CONSTRAINT member_full_name_length CHECK (char_length(full_name) <= 100),
    ADD CONSTRAINT member_family_name_length CHECK (char_length(family_name) <= 100),
    ADD CONSTRAINT member_middle_name_length CHECK (char_length(middle_name) <= 100),
    ADD CONSTRAINT member_given_name_length CHECK (char_length(given_name) <= 100),
    ADD CONSTRAINT member_temp_external_length CHECK (char_length(temp_external) <= 255),
    ADD CONSTRAINT member_ethnicity_length CHECK (char_length(ethnicity) <= 255),
    ADD CONSTRAINT member_religion_length CHECK (char_length(religion) <= 255),
    ADD CONSTRAINT member_hometown_length CHECK (char_length(hometown) <= 255),
    ADD CONSTRAINT member_residence_length CHECK (char_length(residence) <= 255),
    ADD CONSTRAINT member_email_length CHECK (char_length(email) <= 254),
    ADD CONSTRAINT member_education_length CHECK (char_length(education) <= 255),
    ADD CONSTRAINT member_political_theory_length CHECK (char_length(political_theory) <= 255),
    ADD CONSTRAINT member_occupation_length CHECK (char_length(occupation) <= 255),
    ADD CONSTRAINT member_notes_length CHECK (char_length(notes) <= 4000);

ALTER TABLE member_status_change
    ADD CONSTRAINT member_status_change_reason_length CHECK (char_length(reason) <= 4000),
    ADD CONSTRAINT member_status_change_decision_ref_length CHECK (char_length(decision_ref) <= 100);

ALTER TABLE member_transfer
    ADD CONSTRAINT member_transfer_external_organization_length CHECK (char_length(external_organization) <= 255),
    ADD CONSTRAINT member_transfer_decision_ref_length CHECK (char_length(decision_ref) <= 100),
    ADD CONSTRAINT member_transfer_reason_length CHECK (char_length(reason) <= 4000);
