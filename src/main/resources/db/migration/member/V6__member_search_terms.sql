-- Search terms of each member, derived from search_text (" name | card | phone", folded): every word-suffix of
-- the name ("nguyen van an", "van an", "an"), the card number and the phone. A name search for q is a prefix
-- range on one B-tree (term LIKE 'q%'): it finds exactly the members whose search_text contains ' ' || q,
-- without the trigram index's long posting lists for common syllables (nguyen, van, thi...).
--
-- Each row also carries what a default search filters and sorts on (scope paths, current status, collation
-- keys), in the index itself: a search that matches tens of thousands of members ("nguyen" in a province)
-- is counted and paged from one index range, without visiting the member rows. Derived data like an index,
-- kept in step by the trigger below whatever writes the member row (registry, import, generator).
CREATE TABLE member_search_term (
    term           text COLLATE "C" NOT NULL,
    member_id      bigint           NOT NULL REFERENCES member (id),
    org_path       text             NOT NULL,
    temp_org_path  text,
    current_status text             NOT NULL,
    given_key      bytea            NOT NULL,
    middle_key     bytea            NOT NULL,
    family_key     bytea            NOT NULL
);

CREATE FUNCTION member_search_terms(search_text text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT t.term FROM (
        SELECT array_to_string(w.words[i:], ' ') AS term
        FROM (SELECT string_to_array(btrim(split_part(search_text, ' | ', 1)), ' ') AS words) w,
             generate_series(1, cardinality(w.words)) i
        UNION ALL
        SELECT split_part(search_text, ' | ', 2)
        UNION ALL
        SELECT split_part(search_text, ' | ', 3)
    ) t
    WHERE t.term <> ''
$$;

-- the terms of the members registered so far; the index is built afterwards, which is faster
INSERT INTO member_search_term (term, member_id, org_path, temp_org_path, current_status, given_key, middle_key,
                                family_key)
SELECT t.term, m.id, m.org_path, m.temp_org_path, m.current_status, m.given_key, m.middle_key, m.family_key
FROM member m CROSS JOIN LATERAL member_search_terms(m.search_text) AS t(term);

ALTER TABLE member_search_term ADD PRIMARY KEY (term, member_id)
    INCLUDE (org_path, temp_org_path, current_status, given_key, middle_key, family_key);
CREATE INDEX member_search_term_member_idx ON member_search_term (member_id);
ANALYZE member_search_term;

CREATE FUNCTION member_search_term_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.search_text = OLD.search_text THEN
        UPDATE member_search_term
           SET org_path = NEW.org_path, temp_org_path = NEW.temp_org_path, current_status = NEW.current_status,
               given_key = NEW.given_key, middle_key = NEW.middle_key, family_key = NEW.family_key
         WHERE member_id = NEW.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM member_search_term WHERE member_id = NEW.id;
    END IF;
    INSERT INTO member_search_term (term, member_id, org_path, temp_org_path, current_status, given_key, middle_key,
                                    family_key)
    SELECT t.term, NEW.id, NEW.org_path, NEW.temp_org_path, NEW.current_status, NEW.given_key, NEW.middle_key,
           NEW.family_key
    FROM member_search_terms(NEW.search_text) AS t(term);
    RETURN NULL;
END
$$;

CREATE TRIGGER member_search_term_insert AFTER INSERT ON member
    FOR EACH ROW EXECUTE FUNCTION member_search_term_sync();
CREATE TRIGGER member_search_term_update AFTER UPDATE ON member
    FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.org_path IS DISTINCT FROM NEW.org_path
          OR OLD.temp_org_path IS DISTINCT FROM NEW.temp_org_path OR OLD.current_status IS DISTINCT FROM NEW.current_status
          OR OLD.given_key IS DISTINCT FROM NEW.given_key OR OLD.middle_key IS DISTINCT FROM NEW.middle_key
          OR OLD.family_key IS DISTINCT FROM NEW.family_key)
    EXECUTE FUNCTION member_search_term_sync();
