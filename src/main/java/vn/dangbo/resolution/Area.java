package vn.dangbo.resolution;

/** The areas a resolution's targets and directions fall in. */
public enum Area {
    ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, PARTY_BUILDING;

    public String messageKey() {
        return "resolution.area." + name();
    }
}
