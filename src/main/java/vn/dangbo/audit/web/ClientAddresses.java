package vn.dangbo.audit.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Client addresses of the audit trail as an administrator reads them: the loopback address ("0:0:0:0:0:0:0:1",
 * "::1", "127.0.0.1") is this machine, an IPv4-mapped IPv6 address is its IPv4 address, and an IPv6 address is
 * written in its short form ("2001:db8::1", RFC 5952). Available in templates as {@code @clientAddresses}.
 */
@Component("clientAddresses")
public class ClientAddresses {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    /** Whether the address is this machine's own (IPv4 127.0.0.0/8 or IPv6 ::1). */
    public boolean local(String address) {
        InetAddress a = parse(address);
        return a != null && a.isLoopbackAddress();
    }

    /** The address written short: "127.0.0.1", "2001:db8::1", "203.0.113.5" for "::ffff:203.0.113.5". */
    public String show(String address) {
        InetAddress a = parse(address);
        if (a == null) {
            return address == null ? "" : address;
        }
        if (a.isLoopbackAddress()) {
            return "127.0.0.1";
        }
        String text = a.getHostAddress();
        return text.contains(":") ? compress(text) : text;
    }

    private static InetAddress parse(String address) {
        if (address == null || address.isBlank() || !LITERAL.matcher(address.strip()).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address.strip()); // a literal: no name lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** RFC 5952: lower case, leading zeros dropped, the longest run of two or more zero groups as "::". */
    static String compress(String full) {
        String[] groups = full.toLowerCase().split(":");
        for (int i = 0; i < groups.length; i++) {
            groups[i] = groups[i].replaceFirst("^0+(?=.)", "");
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            if (!groups[i].equals("0")) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
