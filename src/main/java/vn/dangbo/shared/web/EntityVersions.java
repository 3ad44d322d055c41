package vn.dangbo.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import vn.dangbo.shared.DomainException;

/**
 * The API's side of optimistic locking: a single resource is read with {@code ETag: "<version>"}, and a change
 * names the version it was made from either in its body ({@code "version": 3}) or as {@code If-Match: "3"}.
 * The facade then refuses a change that names none (428) or an older one (409), see {@link vn.dangbo.shared.Versions}.
 */
public final class EntityVersions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,9})\"\\s*");

    private EntityVersions() {}

    /** The ETag of a record at a version. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** A single resource with its version as ETag. */
    public static <T> ResponseEntity<T> tagged(int version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /**
     * The version a change names: the body's, or the one in {@code If-Match}; null when neither is sent (the facade
     * answers 428). A malformed If-Match, {@code *} or one that differs from the body's version is a 400.
     */
    public static Integer expected(Integer bodyVersion, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        Matcher m = TAG.matcher(ifMatch);
        if (!m.matches()) {
            throw DomainException.invalid("VERSION_INVALID", "error.versionInvalid").onField("If-Match");
        }
        int tagged = Integer.parseInt(m.group(1));
        if (bodyVersion != null && bodyVersion != tagged) {
            throw DomainException.invalid("VERSION_INVALID", "error.versionInvalid").onField("version");
        }
        return tagged;
    }
}
