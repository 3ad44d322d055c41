package vn.dangbo.resolution.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionItemKind;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.ResolutionItem;

/** The resolution form; key programs, breakthroughs and area directions are typed one per line. */
public class ResolutionForm {

    private Long organizationId;
    private Integer version;
    private ResolutionKind kind = ResolutionKind.ANNUAL;
    private String number;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    private Integer startYear;
    private Integer endYear;
    private String generalGoal;
    private String keyPrograms;
    private String breakthroughs;
    private String economy;
    private String cultureSociety;
    private String defenceSecurity;
    private String partyBuilding;

    static ResolutionForm of(Resolution r, List<ResolutionItem> items) {
        ResolutionForm f = new ResolutionForm();
        f.organizationId = r.organizationId();
        f.version = r.version();
        f.kind = r.kind();
        f.number = r.number();
        f.title = r.title();
        f.issuedOn = r.issuedOn();
        f.startYear = r.startYear();
        f.endYear = r.endYear();
        f.generalGoal = r.generalGoal();
        f.keyPrograms = lines(items, ResolutionItemKind.KEY_PROGRAM, null);
        f.breakthroughs = lines(items, ResolutionItemKind.BREAKTHROUGH, null);
        f.economy = lines(items, ResolutionItemKind.AREA_DIRECTION, Area.ECONOMY);
        f.cultureSociety = lines(items, ResolutionItemKind.AREA_DIRECTION, Area.CULTURE_SOCIETY);
        f.defenceSecurity = lines(items, ResolutionItemKind.AREA_DIRECTION, Area.DEFENCE_SECURITY);
        f.partyBuilding = lines(items, ResolutionItemKind.AREA_DIRECTION, Area.PARTY_BUILDING);
        return f;
    }

    private static String lines(List<ResolutionItem> items, ResolutionItemKind kind, Area area) {
        return items.stream().filter(i -> i.kind() == kind && (area == null || area == i.area()))
                .map(ResolutionItem::text).collect(Collectors.joining("\n"));
    }

    ResolutionData data() {
        List<ResolutionData.Item> items = new ArrayList<>();
        add(items, ResolutionItemKind.AREA_DIRECTION, Area.ECONOMY, economy);
        add(items, ResolutionItemKind.AREA_DIRECTION, Area.CULTURE_SOCIETY, cultureSociety);
        add(items, ResolutionItemKind.AREA_DIRECTION, Area.DEFENCE_SECURITY, defenceSecurity);
        add(items, ResolutionItemKind.AREA_DIRECTION, Area.PARTY_BUILDING, partyBuilding);
        add(items, ResolutionItemKind.KEY_PROGRAM, null, keyPrograms);
        add(items, ResolutionItemKind.BREAKTHROUGH, null, breakthroughs);
        return new ResolutionData(kind, number, title, issuedOn, startYear, endYear, generalGoal, items);
    }

    private static void add(List<ResolutionData.Item> items, ResolutionItemKind kind, Area area, String text) {
        if (text != null) {
            Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> items.add(new ResolutionData.Item(kind, area, s)));
        }
    }

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public ResolutionKind getKind() { return kind; }
    public void setKind(ResolutionKind kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public Integer getStartYear() { return startYear; }
    public void setStartYear(Integer startYear) { this.startYear = startYear; }
    public Integer getEndYear() { return endYear; }
    public void setEndYear(Integer endYear) { this.endYear = endYear; }
    public String getGeneralGoal() { return generalGoal; }
    public void setGeneralGoal(String generalGoal) { this.generalGoal = generalGoal; }
    public String getKeyPrograms() { return keyPrograms; }
    public void setKeyPrograms(String keyPrograms) { this.keyPrograms = keyPrograms; }
    public String getBreakthroughs() { return breakthroughs; }
    public void setBreakthroughs(String breakthroughs) { this.breakthroughs = breakthroughs; }
    public String getEconomy() { return economy; }
    public void setEconomy(String economy) { this.economy = economy; }
    public String getCultureSociety() { return cultureSociety; }
    public void setCultureSociety(String cultureSociety) { this.cultureSociety = cultureSociety; }
    public String getDefenceSecurity() { return defenceSecurity; }
    public void setDefenceSecurity(String defenceSecurity) { this.defenceSecurity = defenceSecurity; }
    public String getPartyBuilding() { return partyBuilding; }
    public void setPartyBuilding(String partyBuilding) { this.partyBuilding = partyBuilding; }
}
