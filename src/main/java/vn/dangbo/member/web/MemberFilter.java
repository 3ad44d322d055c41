package vn.dangbo.member.web;

import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangbo.member.AgeBand;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberQuery;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.PartyAgeBand;
import vn.dangbo.organization.PartyPosition;

/** The list's filter parameters as they arrive in the URL (bookmarkable, shareable within scope). */
public class MemberFilter {

    private String q;
    private Long org;
    private MemberStatus status;
    private Gender gender;
    private AgeBand age;
    private PartyAgeBand partyAge;
    private PartyPosition position;
    private boolean former;
    private MemberQuery.Sort sort = MemberQuery.Sort.NAME;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate admittedFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate admittedTo;

    MemberQuery query() {
        return new MemberQuery(q, org, status == null ? List.of() : List.of(status), gender, age, partyAge, position,
                former, sort, admittedFrom, admittedTo);
    }

    /** The query string without the page number, for pager and export links. */
    String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "q", q);
        add(b, "org", org);
        add(b, "status", status);
        add(b, "gender", gender);
        add(b, "age", age);
        add(b, "partyAge", partyAge);
        add(b, "position", position);
        if (former) {
            b.queryParam("former", true);
        }
        add(b, "sort", sort);
        add(b, "admittedFrom", admittedFrom);
        add(b, "admittedTo", admittedTo);
        String s = b.build().encode().getQuery();
        return s == null ? "" : s;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
        }
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public AgeBand getAge() { return age; }
    public void setAge(AgeBand age) { this.age = age; }
    public PartyAgeBand getPartyAge() { return partyAge; }
    public void setPartyAge(PartyAgeBand partyAge) { this.partyAge = partyAge; }
    public PartyPosition getPosition() { return position; }
    public void setPosition(PartyPosition position) { this.position = position; }
    public boolean isFormer() { return former; }
    public void setFormer(boolean former) { this.former = former; }
    public java.time.LocalDate getAdmittedFrom() { return admittedFrom; }
    public void setAdmittedFrom(java.time.LocalDate admittedFrom) { this.admittedFrom = admittedFrom; }
    public java.time.LocalDate getAdmittedTo() { return admittedTo; }
    public void setAdmittedTo(java.time.LocalDate admittedTo) { this.admittedTo = admittedTo; }
    public MemberQuery.Sort getSort() { return sort; }
    public void setSort(MemberQuery.Sort sort) { this.sort = sort == null ? MemberQuery.Sort.NAME : sort; }
}
