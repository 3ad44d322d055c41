-- An indicator of the catalogue can be bound to a source in the records (an IndicatorSource bean of the module that
-- keeps them) instead of being typed: its value is counted for the period and the organization's subtree.
ALTER TABLE indicator ADD COLUMN source text;
ALTER TABLE indicator ADD CONSTRAINT indicator_source_length CHECK (char_length(source) <= 50);

UPDATE indicator SET source = 'MEMBER_ADMISSIONS',
       description = 'Số quyết định kết nạp đảng viên trong kỳ (đếm tự động từ sổ đảng viên) so với chỉ tiêu giao.'
 WHERE code = 'NEW_MEMBERS';
INSERT INTO indicator (code, name, unit, description, source) VALUES
    ('MEMBERS_ON_ROLL', 'Đảng viên trong danh sách', 'đảng viên',
     'Số đảng viên trong danh sách (chính thức và dự bị) vào ngày cuối kỳ, đếm tự động từ sổ đảng viên.', 'MEMBER_ROLL')
ON CONFLICT (code) DO UPDATE SET source = EXCLUDED.source;
