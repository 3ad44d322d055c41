-- Maximum lengths of the text fields, the same numbers as vn.dangbo.shared.FieldLimits (which the forms and the
-- facades use; FieldLimitsTest compares them). CHECK (char_length(...)) rather than varchar(n): the table is read
-- once to check the rows already there, without rewriting it or rebuilding its indexes.
-- Should an older database hold a longer value, this migration stops naming the constraint; shorten the value
-- (SELECT id FROM <table> WHERE char_length(<column>) > <n>) and start again.

ALTER TABLE party_organization
    ADD CONSTRAINT party_organization_name_length CHECK (char_length(name) <= 255),
    ADD CONSTRAINT party_organization_place_name_length CHECK (char_length(place_name) <= 255),
    ADD CONSTRAINT party_organization_notes_length CHECK (char_length(notes) <= 4000),
    ADD CONSTRAINT party_organization_dissolution_reason_length CHECK (char_length(dissolution_reason) <= 4000);

ALTER TABLE organization_term
    ADD CONSTRAINT organization_term_label_length CHECK (char_length(label) <= 50);

ALTER TABLE committee_position
    ADD CONSTRAINT committee_position_decision_ref_length CHECK (char_length(decision_ref) <= 100);
