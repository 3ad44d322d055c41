package vn.dangbo.member.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.member.Gender;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.member.MemberRecord;
import vn.dangbo.member.MemberData;

/** The member form; what the user typed comes back unchanged when there are errors. */
public class MemberForm {

    private Long organizationId;
    private RegistrationKind registrationKind = RegistrationKind.MEMBER;
    private String externalOrganization;
    private Integer version;
    private String fullName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    private Gender gender;
    private String ethnicity = "Kinh";
    private String religion;
    private String hometown;
    private String residence;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admissionDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate officialDate;
    private String cardNumber;
    private String citizenId;
    private String phone;
    private String email;
    private String education;
    private String politicalTheory;
    private String occupation;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate transferInDate;
    private String notes;

    static MemberForm of(MemberRecord m) {
        MemberForm f = new MemberForm();
        f.organizationId = m.organizationId();
        f.version = m.version();
        f.fullName = m.fullName();
        f.dateOfBirth = m.dateOfBirth();
        f.gender = m.gender();
        f.ethnicity = m.ethnicity();
        f.religion = m.religion();
        f.hometown = m.hometown();
        f.residence = m.residence();
        f.admissionDate = m.admissionDate();
        f.officialDate = m.officialDate();
        f.cardNumber = m.cardNumber();
        f.citizenId = m.citizenId();
        f.phone = m.phone();
        f.email = m.email();
        f.education = m.education();
        f.politicalTheory = m.politicalTheory();
        f.occupation = m.occupation();
        f.transferInDate = m.transferInDate();
        f.notes = m.notes();
        return f;
    }

    MemberData data() {
        return new MemberData(fullName, dateOfBirth, gender, ethnicity, religion, hometown, residence, admissionDate,
                officialDate, cardNumber, citizenId, phone, email, education, politicalTheory, occupation,
                transferInDate, notes);
    }

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public RegistrationKind getRegistrationKind() { return registrationKind; }
    public void setRegistrationKind(RegistrationKind registrationKind) { this.registrationKind = registrationKind; }
    public String getExternalOrganization() { return externalOrganization; }
    public void setExternalOrganization(String externalOrganization) { this.externalOrganization = externalOrganization; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getReligion() { return religion; }
    public void setReligion(String religion) { this.religion = religion; }
    public String getHometown() { return hometown; }
    public void setHometown(String hometown) { this.hometown = hometown; }
    public String getResidence() { return residence; }
    public void setResidence(String residence) { this.residence = residence; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate admissionDate) { this.admissionDate = admissionDate; }
    public LocalDate getOfficialDate() { return officialDate; }
    public void setOfficialDate(LocalDate officialDate) { this.officialDate = officialDate; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public String getCitizenId() { return citizenId; }
    public void setCitizenId(String citizenId) { this.citizenId = citizenId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public String getPoliticalTheory() { return politicalTheory; }
    public void setPoliticalTheory(String politicalTheory) { this.politicalTheory = politicalTheory; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public LocalDate getTransferInDate() { return transferInDate; }
    public void setTransferInDate(LocalDate transferInDate) { this.transferInDate = transferInDate; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
