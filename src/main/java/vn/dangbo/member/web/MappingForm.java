package vn.dangbo.member.web;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.member.importing.ImportRecord;

/** The column mapping form: the field chosen for every column ("" = skip it) and the cell for the whole file. */
public class MappingForm {

    private List<String> fields = new ArrayList<>();
    private Long organizationId;

    static MappingForm of(ImportRecord r) {
        MappingForm f = new MappingForm();
        f.fields = new ArrayList<>(r.mapping());
        while (f.fields.size() < r.headers().size()) {
            f.fields.add("");
        }
        f.organizationId = r.targetOrganizationId();
        return f;
    }

    /** The field chosen for a column, "" when none. */
    public String field(int column) {
        return column < fields.size() && fields.get(column) != null ? fields.get(column) : "";
    }

    public List<String> getFields() { return fields; }
    public void setFields(List<String> fields) { this.fields = fields; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
}
