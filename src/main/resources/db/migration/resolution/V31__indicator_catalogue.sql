-- The default catalogue of shared indicators, common to the wards of a province; a ward target that carries one
-- of these codes appears beside the other wards' on the province overview.
INSERT INTO indicator (code, name, unit, description) VALUES
    ('NEW_MEMBERS', 'Phát triển đảng viên mới', 'đảng viên', 'Số đảng viên được kết nạp trong năm so với chỉ tiêu giao.'),
    ('BUDGET_REVENUE', 'Thu ngân sách nhà nước', 'tỉ đồng', 'Thu cân đối ngân sách so với dự toán.'),
    ('HEALTH_INSURANCE', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 'Tỷ lệ dân số tham gia bảo hiểm y tế.'),
    ('MILITARY_RECRUITMENT', 'Hoàn thành chỉ tiêu giao quân', '%', 'Tỷ lệ hoàn thành chỉ tiêu tuyển quân.'),
    ('CULTURED_HOUSEHOLDS', 'Tỷ lệ hộ gia đình văn hóa', '%', 'Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa.'),
    ('SCHOOLS_STANDARD', 'Trường đạt chuẩn quốc gia', 'trường', 'Số trường đạt chuẩn quốc gia trên tổng số trường.');
