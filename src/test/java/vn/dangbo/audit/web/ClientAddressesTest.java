package vn.dangbo.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 8, part 1.9: the audit trail shows "máy này" for loopback, not "0:0:0:0:0:0:0:1", and IPv6 written short. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses();

    @Test
    void theIpv6LoopbackWrittenInFullIsThisMachine() {
        assertThat(addresses.local("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(addresses.local("::1")).isTrue();
        assertThat(addresses.local("127.0.0.1")).isTrue();
        assertThat(addresses.show("0:0:0:0:0:0:0:1")).isEqualTo("127.0.0.1");
    }

    @Test
    void anotherAddressIsNotThisMachineAndIpv6IsWrittenShort() {
        assertThat(addresses.local("203.0.113.5")).isFalse();
        assertThat(addresses.show("203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(addresses.show("2001:0db8:0:0:0:0:0:0001")).isEqualTo("2001:db8::1");
        assertThat(addresses.show("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
        assertThat(addresses.show("::ffff:203.0.113.5")).isEqualTo("203.0.113.5");
    }

    @Test
    void whatIsNoAddressIsShownAsItIsWithoutANameLookup() {
        assertThat(addresses.local("example.org")).isFalse();
        assertThat(addresses.show("example.org")).isEqualTo("example.org");
        assertThat(addresses.show(null)).isEmpty();
    }
}
