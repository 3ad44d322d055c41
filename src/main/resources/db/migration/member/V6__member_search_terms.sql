-- Search terms of each member, derived from search_text (" name | card | phone", folded): every word-suffix of
-- the name ("nguyen van an", "van an", "an"), the card number and the phone. A name search for q is then a
-- prefix range on one B-tree (term LIKE 'q%'), which finds exactly the members whose search_text contains
-- ' ' || q, without the trigram index's long posting lists for common syllables (nguyen, van, thi...).
-- Derived data like an index: the member repository rewrites a member's rows whenever it writes search_text.
CREATE TABLE member_search_term (
    term      text COLLATE "C" NOT NULL,
    member_id bigint           NOT NULL REFERENCES member (id)
);

-- the terms of the members registered so far; the indexes are built afterwards, which is faster
INSERT INTO member_search_term (term, member_id)
SELECT DISTINCT t.term, m.id
FROM member m
CROSS JOIN LATERAL (
    SELECT array_to_string(w.words[i:], ' ') AS term
    FROM (SELECT string_to_array(btrim(split_part(m.search_text, ' | ', 1)), ' ') AS words) w,
         generate_series(1, cardinality(w.words)) i
    UNION ALL
    SELECT split_part(m.search_text, ' | ', 2)
    UNION ALL
    SELECT split_part(m.search_text, ' | ', 3)
) t
WHERE t.term <> '';

ALTER TABLE member_search_term ADD PRIMARY KEY (term, member_id);
CREATE INDEX member_search_term_member_idx ON member_search_term (member_id);
ANALYZE member_search_term;
