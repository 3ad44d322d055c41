package vn.dangbo.member.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dangbo.member.ImportField;

/**
 * The import and export pages speak only through message keys: no text in the templates outside th:text, every key
 * they or the import code use exists in Vietnamese and in English, and both bundles hold the same keys.
 */
class ImportMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/member/import");
    private static final Path CODE = Path.of("src/main/java/vn/dangbo/member");
    private static final Pattern TEXT_NODE = Pattern.compile(">\\s*[^<>\\s][^<>]*<");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9])[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:member\\.import|member\\.export)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void theImportTemplatesHoldNoTextOutsideMessageKeys() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : templates()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (TEXT_NODE.matcher(line).find() && !line.contains("th:text") && !line.contains("th:utext")
                        && !line.contains("th:errors")) {
                    offending.add(file.getFileName() + ":" + (i + 1) + " " + line.strip());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExistsInVietnameseAndEnglish() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        Set<String> missing = new TreeSet<>();
        for (Path file : templates()) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!vi.containsKey(m.group(1)) || !en.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheImportCodeUsesExistsInVietnameseAndEnglish() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ImportField f : ImportField.values()) {
            used.add(f.messageKey());
        }
        for (ImportStatus s : ImportStatus.values()) {
            used.add(s.messageKey());
        }
        for (RowAction a : RowAction.values()) {
            used.add(a.messageKey());
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(used.stream().filter(k -> !vi.containsKey(k) || !en.containsKey(k))).isEmpty();
    }

    @Test
    void theVietnameseAndEnglishImportBundlesHoldTheSameKeys() throws IOException {
        assertThat(load("i18n/member-import_en.properties").keySet())
                .isEqualTo(load("i18n/member-import_vi.properties").keySet());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The keys the pages can resolve in a language: the core bundle plus the import bundle. */
    private static Properties bundle(String language) throws IOException {
        Properties p = load("messages_" + language + ".properties");
        p.putAll(load("i18n/member-import_" + language + ".properties"));
        return p;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getClassLoader().getResourceAsStream(resource);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
