-- A migration written the way every new module writes them (docs/architecture.md, "Migrations"): a timestamp
-- version, in the module's folder, its tables prefixed with the module's name. Used only by MigrationConventionTest.
CREATE TABLE meeting_probe (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES party_organization (id)
);
