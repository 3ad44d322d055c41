-- How many members each organization registers, by current status: the total of a member list filtered only by
-- scope and status is a sum over the organizations of the scope instead of a count of its members (the province
-- list counted 378,000 rows, 140 ms, on every page). Derived data like an index, kept in step by statement-level
-- triggers whatever writes the member rows (registry, import, generator, organization moves). Members
-- temporarily attached to an organization are counted separately (few, on their partial index).
CREATE TABLE member_count (
    org_path       text COLLATE "C" NOT NULL,
    current_status text             NOT NULL,
    members        bigint           NOT NULL,
    PRIMARY KEY (org_path, current_status)
);

INSERT INTO member_count (org_path, current_status, members)
SELECT org_path, current_status, count(*) FROM member GROUP BY org_path, current_status;

-- Adds the rows of new_members and takes away those of old_members (either may be empty), in key order so that
-- concurrent writers lock the counters in the same order.
CREATE FUNCTION member_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO member_count AS c (org_path, current_status, members)
        SELECT org_path, current_status, count(*) FROM new_members GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (org_path, current_status) DO UPDATE SET members = c.members + EXCLUDED.members;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE member_count c SET members = c.members - d.members
          FROM (SELECT org_path, current_status, count(*) AS members FROM old_members GROUP BY 1, 2) d
         WHERE c.org_path = d.org_path AND c.current_status = d.current_status;
    ELSE
        INSERT INTO member_count AS c (org_path, current_status, members)
        SELECT org_path, current_status, sum(delta) FROM (
            SELECT org_path, current_status, 1 AS delta FROM new_members
            UNION ALL
            SELECT org_path, current_status, -1 FROM old_members) d
        GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
        ON CONFLICT (org_path, current_status) DO UPDATE SET members = c.members + EXCLUDED.members;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER member_count_insert AFTER INSERT ON member
    REFERENCING NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_count_apply();
CREATE TRIGGER member_count_update AFTER UPDATE ON member
    REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_count_apply();
CREATE TRIGGER member_count_delete AFTER DELETE ON member
    REFERENCING OLD TABLE AS old_members
    FOR EACH STATEMENT EXECUTE FUNCTION member_count_apply();
