package vn.dangbo.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The schema version this build of the application expects: the versioned migrations on its classpath. */
final class ApplicationMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.*\\.sql");

    private ApplicationMigrations() {}

    static List<String> versions() {
        try {
            List<String> versions = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*__*.sql")) {
                Matcher m = VERSIONED.matcher(String.valueOf(r.getFilename()));
                if (m.matches()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            }
            return Catalog.sorted(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
