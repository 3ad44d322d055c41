package vn.dangbo.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationRecord;
import vn.dangbo.organization.OrganizationData;

public class OrganizationForm {

    private Long parentId;
    private Integer version;
    private OrganizationKind kind;
    private CellType cellType;
    private String name;
    private String placeName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;
    private String notes;

    static OrganizationForm of(OrganizationRecord o) {
        OrganizationForm f = new OrganizationForm();
        f.parentId = o.parentId();
        f.version = o.version();
        f.kind = o.kind();
        f.cellType = o.cellType();
        f.name = o.name();
        f.placeName = o.placeName();
        f.establishedOn = o.establishedOn();
        f.notes = o.notes();
        return f;
    }

    OrganizationData data() {
        return new OrganizationData(kind, cellType, name, placeName, establishedOn, notes);
    }

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public CellType getCellType() { return cellType; }
    public void setCellType(CellType cellType) { this.cellType = cellType; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
