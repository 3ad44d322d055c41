package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Exact Vietnamese, everywhere: every text a person reads comes from the message bundles; Vietnamese and English
 * bundles have the same keys; every key the templates and the code use exists; every text is NFC.
 */
class I18nTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value", "content",
            "data-confirm");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String base : bundles()) {
            Set<String> vi = load(base + "_vi").stringPropertyNames();
            Set<String> en = load(base + "_en").stringPropertyNames();
            assertThat(new TreeSet<>(vi)).as("keys of %s_vi vs %s_en", base, base).isEqualTo(new TreeSet<>(en));
        }
    }

    @Test
    void everyVietnameseTextIsNfcAndNotBlank() throws IOException {
        for (String base : bundles()) {
            Properties vi = load(base + "_vi");
            for (String key : vi.stringPropertyNames()) {
                String value = vi.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as("%s is NFC", key).isTrue();
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_EXPRESSION.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() throws IOException {
        Set<String> keys = allKeys();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = messageLiteral(keys).matcher(Files.readString(file));
                // a rule setting's key is a name, shown through its label "setting.<key>" (RuleSetting's own javadoc)
                boolean settingKeys = file.getFileName().toString().equals("RuleSetting.java");
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefixOfDynamicKey = keys.stream().anyMatch(k -> k.startsWith(key + "."));
                    boolean settingWithLabel = settingKeys && keys.contains("setting." + key);
                    if (!keys.contains(key) && !prefixOfDynamicKey && !settingWithLabel) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToPeopleHasALabelForEachValue() throws Exception {
        Set<String> keys = allKeys();
        List<String> missing = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dangbo")) {
            if (!c.isEnum()) {
                continue;
            }
            Class<?> type = Class.forName(c.getName());
            Method messageKey;
            try {
                messageKey = type.getMethod("messageKey");
            } catch (NoSuchMethodException e) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = (String) messageKey.invoke(constant);
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Text in a template is allowed only as the placeholder of a th:text/th:utext element, or as punctuation. */
    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element e : doc.getAllElements()) {
                boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace")
                        || e.hasAttr("th:insert") || e.hasAttr("th:errors") || e.tagName().equals("script")
                        || e.tagName().equals("style") || e.tagName().equals("svg");
                if (!replaced) {
                    for (TextNode t : e.textNodes()) {
                        if (hasWords(t.text())) {
                            offences.add(TEMPLATES.relativize(template) + " <" + e.tagName() + ">: " + t.text().strip());
                        }
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (e.hasAttr(attribute) && hasWords(e.attr(attribute)) && !e.hasAttr("th:" + attribute)
                            && !isMachineValue(e, attribute)) {
                        offences.add(TEMPLATES.relativize(template) + " <" + e.tagName() + " " + attribute + ">: "
                                + e.attr(attribute));
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static boolean isMachineValue(Element e, String attribute) {
        // meta content (viewport, htmx config) and form values are not read by people
        return (attribute.equals("content") && e.tagName().equals("meta"))
                || (attribute.equals("value") && !e.attr("type").equals("submit") && !e.attr("type").equals("button"));
    }

    private static boolean hasWords(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /**
     * A string literal in the code that looks like a message key: a first segment that some bundle's keys start
     * with (derived from the bundles, so a new module's keys are checked as soon as its bundle exists), a dot, more.
     */
    static Pattern messageLiteral(Set<String> keys) {
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        return Pattern.compile("\"((?:" + String.join("|", prefixes.stream().map(Pattern::quote).toList())
                + ")\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    }

    /** Every bundle on disk (messages*.properties, i18n/*.properties) is one spring.messages.basename names. */
    @Test
    void everyBundleOnDiskIsLoadedByTheApplication() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES, 2)) {
            files.map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.matches("(i18n/[^/]+|messages[^/]*)\\.properties"))
                    .forEach(f -> onDisk.add(f.replaceAll("(_[a-z]{2})?\\.properties$", "")));
        }
        assertThat(new TreeSet<>(bundles())).as("bundles named by spring.messages.basename").isEqualTo(onDisk);
    }

    static List<String> bundles() throws IOException {
        Properties app = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8)) {
            app.load(r);
        }
        return List.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*"));
    }

    static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String base : bundles()) {
            keys.addAll(load(base + "_vi").stringPropertyNames());
        }
        return keys;
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name + ".properties"));
                Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
