package vn.dangbo.organization;

/** What a cell or grassroots organization is attached to. */
public enum CellType {
    RESIDENTIAL, COOPERATIVE, HEALTH_STATION, SCHOOL, AGENCY, ENTERPRISE, POLICE, MILITARY, OTHER;

    public String messageKey() {
        return "organization.cellType." + name();
    }
}
