-- Maximum lengths of the text fields, the same numbers as vn.dangbo.shared.FieldLimits (which the forms and the
-- facades use; FieldLimitsTest compares them). CHECK (char_length(...)) rather than varchar(n): the table is read
-- once to check the rows already there, without rewriting it or rebuilding its indexes.
-- Should an older database hold a longer value, this migration stops naming the constraint; shorten the value
-- (SELECT id FROM <table> WHERE char_length(<column>) > <n>) and start again.

ALTER TABLE account
    ADD CONSTRAINT account_username_length CHECK (char_length(username) <= 40),
    ADD CONSTRAINT account_display_name_length CHECK (char_length(display_name) <= 255);
