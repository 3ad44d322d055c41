package vn.dangbo.identity.web;

import vn.dangbo.identity.AccountManagement;
import vn.dangbo.shared.security.Role;

/** The account form; every field kept as typed when the form comes back with errors. */
public class AccountForm {

    private String username;
    private String displayName;
    private Role role;
    private Long scopeOrganizationId;
    private String memberCardNumber;
    private boolean enabled = true;
    private String password;

    static AccountForm of(AccountManagement.AccountView a, String cardNumber) {
        AccountForm f = new AccountForm();
        f.username = a.username();
        f.displayName = a.displayName();
        f.role = a.role();
        f.scopeOrganizationId = a.scopeOrganizationId();
        f.memberCardNumber = cardNumber;
        f.enabled = a.enabled();
        return f;
    }

    AccountManagement.AccountData data() {
        return new AccountManagement.AccountData(username, displayName, role, scopeOrganizationId, memberCardNumber,
                enabled);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getScopeOrganizationId() { return scopeOrganizationId; }
    public void setScopeOrganizationId(Long scopeOrganizationId) { this.scopeOrganizationId = scopeOrganizationId; }
    public String getMemberCardNumber() { return memberCardNumber; }
    public void setMemberCardNumber(String memberCardNumber) { this.memberCardNumber = memberCardNumber; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
