-- Search terms of each member, derived from search_text (" name | card | phone", folded): every word-suffix of
-- the name ("nguyen van an", "van an", "an"), the card number and the phone. A name search for q is a prefix
-- range on one B-tree (term LIKE 'q%'): it finds exactly the members whose search_text contains ' ' || q,
-- without the trigram index's long posting lists for common syllables (nguyen, van, thi...).
--
-- Each row also carries what a default search filters and sorts on (scope paths, current status, collation
-- keys), in the index itself: a search that matches tens of thousands of members ("nguyen" in a province)
-- is counted and paged from one index range, without visiting the member rows. Derived data like an index,
-- kept in step by the triggers below whatever writes the member row (registry, import, generator).
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

-- Statement-level triggers over the transition tables: one set-based statement per INSERT, COPY or UPDATE of
-- members, however many rows it touched (a COPY of 400,000 members took 167 s with a row-level trigger).
CREATE FUNCTION member_search_term_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_search_term (term, member_id, org_path, temp_org_path, current_status, given_key, middle_key,
                                    family_key)
    SELECT t.term, n.id, n.org_path, n.temp_org_path, n.current_status, n.given_key, n.middle_key, n.family_key
    FROM new_members n CROSS JOIN LATERAL member_search_terms(n.search_text) AS t(term);
    RETURN NULL;
END
$$;

CREATE FUNCTION member_search_term_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a changed search text (name, card, phone): the member's terms are derived anew
    DELETE FROM member_search_term t
     USING old_members o JOIN new_members n ON n.id = o.id
     WHERE t.member_id = n.id AND n.search_text IS DISTINCT FROM o.search_text;
    INSERT INTO member_search_term (term, member_id, org_path, temp_org_path, current_status, given_key, middle_key,
                                    family_key)
    SELECT t.term, n.id, n.org_path, n.temp_org_path, n.current_status, n.given_key, n.middle_key, n.family_key
    FROM old_members o JOIN new_members n ON n.id = o.id
         CROSS JOIN LATERAL member_search_terms(n.search_text) AS t(term)
    WHERE n.search_text IS DISTINCT FROM o.search_text;
    -- otherwise the terms follow the member's scope (transfers, moves), status and name keys
    UPDATE member_search_term t
       SET org_path = n.org_path, temp_org_path = n.temp_org_path, current_status = n.current_status,
           given_key = n.given_key, middle_key = n.middle_key, family_key = n.family_key
      FROM old_members o JOIN new_members n ON n.id = o.id
     WHERE t.member_id = n.id AND n.search_text IS NOT DISTINCT FROM o.search_text
       AND (n.org_path, n.temp_org_path, n.current_status, n.given_key, n.middle_key, n.family_key)
           IS DISTINCT FROM (o.org_path, o.temp_org_path, o.current_status, o.given_key, o.middle_key, o.family_key);
    RETURN NULL;
END
$$;

CREATE TRIGGER member_search_term_insert AFTER INSERT ON member
    REFERENCING NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_search_term_inserted();
CREATE TRIGGER member_search_term_update AFTER UPDATE ON member
    REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_search_term_updated();
