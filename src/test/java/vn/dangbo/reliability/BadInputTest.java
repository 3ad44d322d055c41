package vn.dangbo.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * The generated bad-input run: every API write endpoint and every page form (found in the request mappings, so a
 * new one cannot slip by), signed in as an account allowed to use it, gets for each field NUL bytes and other
 * control characters, 100 kB strings, numbers too large for any column, numbers for dates, wrong JSON types,
 * missing fields and nested objects, an empty body, and odd files where it takes files. No answer may be a 5xx.
 * The fixture lives in a ward of its own, so that what bad input manages to save disturbs no other test.
 */
@DangboTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /** Endpoints this run does not send bad input to, each with its reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "DELETE /api/v1/auth/tokens/current", "takes no input",
            "POST /settings/calendar/{id}/remove", "takes no input but the id (an unknown one is a 404)",
            " /error", "the container's error path, reached by every other case");

    /** Used without signing in. */
    static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/tokens");

    static final String NUL = "a\u0000b";
    static final String CONTROL = "a\u0001b\u001Fc";
    static final String HUGE = "x".repeat(100_000);
    static final String OVERFLOW = "99999999999999999999";

    @Autowired org.springframework.web.context.WebApplicationContext context;
    /** The application's filters like the shared MockMvc, but printing nothing: thousands of 100 kB requests. */
    MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    // the application's controllers, not the actuator's controllerEndpointHandlerMapping beside them
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired org.springframework.beans.factory.config.AutowireCapableBeanFactory beans;

    final JsonMapper json = JsonMapper.builder().build();
    BadInputFixture.Ids ids;

    record Sent(String endpoint, String kind, String detail, int status, String failure, long nanos) {}

    final List<Sent> sent = new ArrayList<>();

    @BeforeAll
    void fixture() {
        var builder = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context);
        for (var c : context.getBeansOfType(org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer.class)
                .values()) {
            if (c instanceof org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer) {
                var quiet = new org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer(context);
                quiet.setPrint(org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE);
                quiet.customize(builder);
            } else {
                c.customize(builder);
            }
        }
        mvc = builder.build();
        ids = beans.createBean(BadInputFixture.class).create();
    }

    @Test
    void noBadInputToAnyWriteEndpointOrFormAnswersA5xx() throws Exception {
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> targets = new ArrayList<>();
        Set<String> cannot = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            String key = key(m.getKey());
            if (EXCLUDED.containsKey(key) || key.contains("/api/v1/openapi")) {
                continue;
            }
            if (!takesInput(m.getKey(), m.getValue())) {
                continue;
            }
            targets.add(m);
        }
        // what destroys the fixture (deleting, dissolving, closing, discarding, confirming) runs last
        targets.sort(java.util.Comparator.comparing((Map.Entry<RequestMappingInfo, HandlerMethod> m) -> destructive(key(m.getKey())))
                .thenComparing(m -> key(m.getKey())));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : targets) {
            String key = key(m.getKey());
            try {
                exercise(key, m.getKey(), m.getValue());
            } catch (CannotExercise e) {
                cannot.add(key + ": " + e.getMessage());
            }
        }
        signInForm();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Sent s : sent) {
            int[] c = byKind.computeIfAbsent(s.kind(), k -> new int[3]);
            c[2] += (int) (s.nanos() / 1_000_000);
            c[0]++;
            if (s.failure() != null) {
                c[1]++;
            }
        }
        List<Sent> failures = sent.stream().filter(s -> s.failure() != null).toList();
        StringBuilder report = new StringBuilder("Bad-input run: " + sent.size() + " requests to " + targets.size()
                + " endpoints, " + failures.size() + " answered 5xx\n");
        byKind.forEach((k, c) -> report.append(String.format(Locale.ROOT, "  %-28s %6d requests, %4d 5xx, %6d ms%n", k, c[0], c[1], c[2])));
        Map<String, Long> byEndpoint = new TreeMap<>();
        sent.forEach(x -> byEndpoint.merge(x.endpoint(), x.nanos() / 1_000_000, Long::sum));
        byEndpoint.forEach((k, ms) -> report.append(String.format(Locale.ROOT, "  %-60s %6d ms%n", k, ms)));
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-input-report.txt"), report + "\n"
                + String.join("\n", sent.stream().filter(x -> x.failure() != null).map(f -> f.endpoint() + " [" + f.kind()
                        + " " + f.detail() + "] -> " + f.status() + " " + f.failure()).toList()));
        assertThat(cannot).as("endpoints the bad-input run cannot exercise (add them, or exclude them with a reason)")
                .isEmpty();
        assertThat(failures.stream().map(f -> f.endpoint() + " [" + f.kind() + " " + f.detail() + "] -> " + f.status()
                + (f.failure().isEmpty() ? "" : " " + f.failure())).toList())
                .as("bad input answered with a 5xx").isEmpty();
        assertThat(sent.size()).isGreaterThan(1000);
    }

    static final class CannotExercise extends RuntimeException {
        CannotExercise(String message) {
            super(message);
        }
    }

    static String key(RequestMappingInfo info) {
        String method = info.getMethodsCondition().getMethods().stream().map(Enum::name).findFirst().orElse("");
        return method + " " + info.getPatternValues().iterator().next();
    }

    static boolean destructive(String key) {
        return key.startsWith("DELETE") || key.matches(".*/(delete|dissolve|close|discard|confirm|end|move|reopen|unlock|remap)$");
    }

    /** Write endpoints, and reads that take query parameters (searches, filters). */
    static boolean takesInput(RequestMappingInfo info, HandlerMethod h) {
        boolean get = info.getMethodsCondition().getMethods().isEmpty()
                || info.getMethodsCondition().getMethods().stream().allMatch(m -> m.name().equals("GET"));
        if (!get) {
            return true;
        }
        for (MethodParameter p : h.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(ModelAttribute.class)
                    || (!BeanUtils.isSimpleProperty(p.getParameterType()) && isForm(p.getParameterType()))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- one endpoint

    /** What a request to one endpoint is made of. */
    final class Shape {
        String method;
        String path;
        Class<?> bodyType;
        final Map<String, Class<?>> params = new LinkedHashMap<>();
        final Map<String, Class<?>> formFields = new LinkedHashMap<>();
        final List<String> fileParts = new ArrayList<>();
        String fileHint = "csv";
    }

    void exercise(String key, RequestMappingInfo info, HandlerMethod h) throws Exception {
        Shape s = new Shape();
        s.method = key.substring(0, key.indexOf(' '));
        if (s.method.isEmpty()) {
            throw new CannotExercise("no HTTP method");
        }
        String pattern = key.substring(key.indexOf(' ') + 1);
        s.path = resolvePath(pattern);
        for (MethodParameter p : h.getMethodParameters()) {
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(PathVariable.class)
                    || p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class)) {
                continue;
            }
            if (p.hasParameterAnnotation(RequestBody.class)) {
                if (!type.isRecord()) {
                    throw new CannotExercise("request body " + type.getName() + " is not a record");
                }
                s.bodyType = type;
            } else if (p.hasParameterAnnotation(RequestPart.class)) {
                RequestPart rp = p.getParameterAnnotation(RequestPart.class);
                s.fileParts.add(rp.value().isEmpty() ? rp.name().isEmpty() ? p.getParameterName() : rp.name() : rp.value());
            } else if (p.hasParameterAnnotation(RequestParam.class)) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                String name = !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getParameterName();
                if (MultipartFile.class.isAssignableFrom(type)) {
                    s.fileParts.add(name);
                } else if (isSimple(type)) {
                    s.params.put(name, type);
                } else if (Collection.class.isAssignableFrom(type)
                        && isSimple(ResolvableType.forMethodParameter(p).asCollection().resolveGeneric(0))) {
                    s.params.put(name, ResolvableType.forMethodParameter(p).asCollection().resolveGeneric(0));
                } else {
                    throw new CannotExercise("request parameter " + name + " of type " + type.getName());
                }
            } else if (isFramework(type)) {
                continue;
            } else if (p.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                formFields(type, "", s, 0);
            } else {
                throw new CannotExercise("parameter " + p.getParameterName() + " of type " + type.getName());
            }
        }
        if (key.contains("/targets/import") || key.contains("/results/import")) {
            s.fileHint = "xlsx";
        }
        String who = PUBLIC.contains(key) ? "" : account(s);
        if (who == null) {
            throw new CannotExercise("no fixture account may use it (every account was refused)");
        }
        if (s.bodyType != null) {
            jsonCases(key, s, who);
        }
        if (!s.params.isEmpty() || !s.formFields.isEmpty()) {
            formCases(key, s, who);
        }
        if (!s.fileParts.isEmpty()) {
            fileCases(key, s, who);
        }
    }

    static boolean isFramework(Class<?> type) {
        return Model.class.isAssignableFrom(type) || BindingResult.class.isAssignableFrom(type)
                || RedirectAttributes.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.servlet")
                || type == Locale.class || java.security.Principal.class.isAssignableFrom(type)
                || type.getName().startsWith("org.springframework.security");
    }

    static boolean isForm(Class<?> type) {
        return type.getName().startsWith("vn.dangbo") && !type.isEnum() && !type.isRecord();
    }

    static boolean isSimple(Class<?> type) {
        return type == String.class || type.isPrimitive() || Number.class.isAssignableFrom(type) || type.isEnum()
                || type == Boolean.class || type == LocalDate.class;
    }

    void formFields(Class<?> type, String prefix, Shape s, int depth) {
        if (depth > 2) {
            throw new CannotExercise("form nested too deep at " + prefix);
        }
        for (PropertyDescriptor pd : BeanUtils.getPropertyDescriptors(type)) {
            if (pd.getWriteMethod() == null) {
                continue;
            }
            String name = prefix + pd.getName();
            Class<?> t = pd.getPropertyType();
            if (isSimple(t)) {
                s.formFields.put(name, t);
            } else if (MultipartFile.class.isAssignableFrom(t)) {
                s.fileParts.add(name);
            } else if (Collection.class.isAssignableFrom(t)) {
                Class<?> element = ResolvableType.forMethodReturnType(pd.getReadMethod()).asCollection().resolveGeneric(0);
                if (element == null) {
                    throw new CannotExercise("collection " + name + " without an element type");
                } else if (MultipartFile.class.isAssignableFrom(element)) {
                    s.fileParts.add(name);
                } else if (isSimple(element)) {
                    s.formFields.put(name + "[0]", element);
                } else if (isForm(element)) {
                    formFields(element, name + "[0].", s, depth + 1);
                } else {
                    throw new CannotExercise("form field " + name + " of type " + t.getName());
                }
            } else if (isForm(t)) {
                formFields(t, name + ".", s, depth + 1);
            } else {
                throw new CannotExercise("form field " + name + " of type " + t.getName());
            }
        }
    }

    /** A path variable is the fixture record named by the path segment before it. */
    String resolvePath(String pattern) {
        String[] parts = pattern.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            path.append('/');
            if (!part.startsWith("{")) {
                path.append(part);
                continue;
            }
            String before = parts[i - 1];
            String beforeThat = i >= 2 ? parts[i - 2] : "";
            if (before.equals("settings") && part.equals("{key}")) {
                path.append("meeting.thematicPerQuarter"); // a rule setting is named by its key
                continue;
            }
            Long id = switch (before) {
                case "organizations" -> ids.cell();
                case "members" -> ids.member();
                case "accounts" -> ids.spareAccount();
                case "positions" -> ids.position();
                case "resolutions" -> ids.resolution();
                case "targets" -> ids.target();
                case "periods" -> ids.openPeriod();
                case "results" -> ids.result();
                case "programs" -> ids.program();
                case "tasks" -> ids.task();
                case "evidence" -> ids.evidence();
                case "files" -> ids.taskFile();
                case "import" -> switch (beforeThat) {
                    case "members" -> ids.memberImport();
                    case "targets" -> ids.targetImport();
                    case "results" -> ids.resultImport();
                    default -> null;
                };
                default -> null;
            };
            if (id == null) {
                throw new CannotExercise("no fixture record for path variable " + part + " after /" + before);
            }
            path.append(id);
        }
        return path.toString();
    }

    /** The first account not refused a plain request: the ward office of the fixture ward, else the administrator. */
    String account(Shape s) throws Exception {
        for (String who : List.of(BadInputFixture.OFFICE, "admin")) {
            MockHttpServletResponse r = perform(baseRequest(s, jsonBody(s, null, null), formValues(s), who, null));
            if (r != null && r.getStatus() != 401 && r.getStatus() != 403) {
                return who;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- requests

    AbstractMockHttpServletRequestBuilder<?> baseRequest(Shape s, String body, Map<String, String> form, String who,
            Consumer<MockMultipartHttpServletRequestBuilder> files) {
        AbstractMockHttpServletRequestBuilder<?> b;
        if (!s.fileParts.isEmpty()) {
            MockMultipartHttpServletRequestBuilder mb = multipart(HttpMethod.valueOf(s.method), s.path);
            if (files == null) {
                mb.file(new MockMultipartFile(s.fileParts.get(0), "bien-ban.pdf", "application/pdf",
                        "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8)));
            } else {
                files.accept(mb);
            }
            b = mb;
        } else {
            b = request(HttpMethod.valueOf(s.method), s.path);
        }
        if (s.bodyType != null && body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        }
        form.forEach(b::param);
        if (!who.isEmpty()) {
            b.with(as.user(who));
        }
        if (!s.method.equals("GET")) {
            b.with(csrf());
        }
        return b;
    }

    MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> b) {
        try {
            return mvc.perform(b).andReturn().getResponse();
        } catch (Exception e) {
            return null;
        }
    }

    void send(String endpoint, String kind, String detail, AbstractMockHttpServletRequestBuilder<?> b) {
        long start = System.nanoTime();
        try {
            MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
            int status = r.getStatus();
            String failure = status >= 500 ? "" : null;
            if (failure == null && r.getContentAsString(StandardCharsets.UTF_8).contains("at vn.dangbo.")) {
                failure = "stack trace in the answer";
            }
            sent.add(new Sent(endpoint, kind, detail, status, failure, System.nanoTime() - start));
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            sent.add(new Sent(endpoint, kind, detail, 500, "unhandled " + root.getClass().getSimpleName() + ": "
                    + String.valueOf(root.getMessage()).lines().findFirst().orElse(""), System.nanoTime() - start));
        }
    }

    // ---------------------------------------------------------------- JSON bodies

    record Leaf(String path, Class<?> type) {}

    void jsonCases(String key, Shape s, String who) throws Exception {
        Map<String, String> form = formValues(s);
        for (String raw : List.of("", "{}", "null", "[]", "\"x\"", "{", "{\"a\":", "\u0000", "{}{}", "1")) {
            send(key, "json-body", raw, baseRequest(s, raw, form, who, null));
        }
        List<Leaf> leaves = new ArrayList<>();
        leaves(s.bodyType, "", leaves, 0);
        for (Leaf leaf : leaves) {
            Map<String, JsonNode> bad = jsonVariants(leaf.type());
            for (Map.Entry<String, JsonNode> b : bad.entrySet()) {
                send(key, "json-" + b.getKey(), leaf.path(), baseRequest(s, jsonBody(s, leaf.path(), b.getValue()), form,
                        who, null));
            }
            send(key, "json-missing", leaf.path(), baseRequest(s, jsonBody(s, leaf.path(), null), form, who, null));
        }
    }

    /** The bad values a JSON field of this type gets. */
    static Map<String, JsonNode> jsonVariants(Class<?> type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        bad.put("null", f.nullNode());
        bad.put("wrong-type-object", f.objectNode());
        bad.put("wrong-type-array", f.arrayNode());
        if (type.isRecord() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            bad.put("wrong-type-text", f.stringNode("abc"));
            return bad;
        }
        bad.put("nul", f.stringNode(NUL));
        bad.put("wrong-type-boolean", f.booleanNode(true));
        if (type == String.class) {
            bad.put("control-char", f.stringNode(CONTROL));
            bad.put("string-100kB", f.stringNode(HUGE));
        }
        if (type != LocalDate.class && !type.isEnum() && type != boolean.class && type != Boolean.class) {
            bad.put("number-overflow", f.numberNode(new BigInteger(OVERFLOW)));
            bad.put("number-negative-overflow", f.numberNode(new BigInteger("-" + OVERFLOW)));
            bad.put("number-1e400", f.numberNode(new BigDecimal("1E+400")));
        }
        if (type == LocalDate.class || type == String.class) {
            bad.put("number-as-date", f.numberNode(20250101));
            bad.put("date-year-0", f.stringNode("0000-01-01"));
        }
        if (type.isEnum()) {
            bad.put("enum-ordinal", f.numberNode(0));
        }
        return bad;
    }

    void leaves(Class<?> type, String prefix, List<Leaf> out, int depth) {
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            out.add(new Leaf(path, c.getType()));
            Class<?> t = c.getType();
            if (t.isRecord() && depth < 3) {
                leaves(t, path + ".", out, depth + 1);
            } else if (List.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)) {
                Type g = c.getGenericType();
                if (g instanceof ParameterizedType pt) {
                    Type[] args = pt.getActualTypeArguments();
                    Class<?> element = ResolvableType.forType(args[args.length - 1]).resolve();
                    if (element != null && element.isRecord() && depth < 3) {
                        leaves(element, path + (List.class.isAssignableFrom(t) ? "[0]." : "{}."), out, depth + 1);
                    } else if (element != null) {
                        out.add(new Leaf(path + (List.class.isAssignableFrom(t) ? "[0]" : "{}"), element));
                    }
                }
            }
        }
    }

    /** A plausible body, with the value at {@code badPath} replaced by {@code bad} (or left out when null). */
    String jsonBody(Shape s, String badPath, JsonNode bad) {
        if (s.bodyType == null) {
            return null;
        }
        JsonNode node = plausible(s.bodyType, "", badPath, bad, 0);
        return json.writeValueAsString(node);
    }

    JsonNode plausible(Class<?> type, String prefix, String badPath, JsonNode bad, int depth) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            if (path.equals(badPath)) {
                if (bad != null) {
                    o.set(c.getName(), bad);
                }
                continue;
            }
            o.set(c.getName(), plausibleValue(c.getType(), c.getGenericType(), c.getName(), path, badPath, bad, depth));
        }
        return o;
    }

    JsonNode plausibleValue(Class<?> t, Type generic, String name, String path, String badPath, JsonNode bad, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (t.isRecord()) {
            return depth < 3 ? plausible(t, path + ".", badPath, bad, depth + 1) : f.nullNode();
        }
        if (List.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)) {
            boolean list = List.class.isAssignableFrom(t);
            String elementPath = path + (list ? "[0]" : "{}");
            Class<?> element = null;
            if (generic instanceof ParameterizedType pt) {
                Type[] args = pt.getActualTypeArguments();
                element = ResolvableType.forType(args[args.length - 1]).resolve();
            }
            if (element == null || badPath == null || !badPath.startsWith(elementPath)) {
                return list ? f.arrayNode() : f.objectNode();
            }
            JsonNode value = badPath.equals(elementPath) ? bad
                    : plausibleValue(element, element, name, elementPath, badPath, bad, depth);
            if (value == null) {
                return list ? f.arrayNode() : f.objectNode();
            }
            if (list) {
                ArrayNode a = f.arrayNode();
                a.add(value);
                return a;
            }
            ObjectNode m = f.objectNode();
            m.set("2025", value);
            return m;
        }
        return f.stringNode(plausibleText(t, name));
    }

    // ---------------------------------------------------------------- forms and query parameters

    Map<String, String> formValues(Shape s) {
        Map<String, String> values = new LinkedHashMap<>();
        s.params.forEach((name, type) -> values.put(name, plausibleText(type, name)));
        s.formFields.forEach((name, type) -> values.put(name, plausibleText(type, name)));
        return values;
    }

    void formCases(String key, Shape s, String who) {
        Map<String, Class<?>> fields = new LinkedHashMap<>(s.params);
        fields.putAll(s.formFields);
        send(key, "form-empty", "no parameters", baseRequest(s, jsonBody(s, null, null), Map.of(), who, null));
        for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
            for (Map.Entry<String, String> b : formVariants(field.getValue()).entrySet()) {
                Map<String, String> values = formValues(s);
                values.put(field.getKey(), b.getValue());
                send(key, "form-" + b.getKey(), field.getKey(), baseRequest(s, jsonBody(s, null, null), values, who, null));
            }
        }
    }

    /** The bad values a form field of this type gets (text fields also get numbers: many are read as numbers). */
    static Map<String, String> formVariants(Class<?> type) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("nul", NUL); // in a number, date or choice also text of the wrong type
        if (type == String.class) {
            bad.put("control-char", CONTROL);
            bad.put("string-100kB", HUGE);
            bad.put("number-overflow", OVERFLOW);
        } else {
            bad.put("blank", "");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            bad.put("number-overflow", OVERFLOW);
            bad.put("number-1e400", "-1E+400");
        }
        if (type == LocalDate.class) {
            bad.put("number-as-date", "20250101");
            bad.put("date-year-0", "0000-01-01");
        }
        if (type.isEnum()) {
            bad.put("enum-ordinal", "0");
        }
        return bad;
    }

    /** A plausible text for a field: ids of the fixture by the field's name, else a value of its type. */
    String plausibleText(Class<?> t, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (t == String.class) {
            return n.contains("date") || n.endsWith("on") && !n.endsWith("reason") ? "2025-06-01" : "Thử";
        }
        if (t == LocalDate.class) {
            return "2025-06-01";
        }
        if (t.isEnum()) {
            return ((Enum<?>) t.getEnumConstants()[0]).name();
        }
        if (t == boolean.class || t == Boolean.class) {
            return "false";
        }
        if (n.contains("organization") || n.contains("parent") || n.equals("org") || n.contains("owner")) {
            return "" + ids.ward();
        }
        if (n.contains("resolution")) {
            return "" + ids.resolution();
        }
        if (n.contains("member")) {
            return "" + ids.member();
        }
        if (n.contains("period")) {
            return "" + ids.openPeriod();
        }
        if (n.contains("target")) {
            return "" + ids.target();
        }
        if (n.contains("year")) {
            return "2025";
        }
        return "1";
    }

    // ---------------------------------------------------------------- files

    void fileCases(String key, Shape s, String who) {
        Map<String, String> form = formValues(s);
        String body = jsonBody(s, null, null);
        String part = s.fileParts.get(0);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Map<String, MockMultipartFile> files = new LinkedHashMap<>();
        files.put("png-renamed-csv", new MockMultipartFile(part, "danh-sach.csv", "text/csv", png));
        files.put("png-renamed-xlsx", new MockMultipartFile(part, "so-lieu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", png));
        files.put("utf16-csv-without-bom", new MockMultipartFile(part, "danh-sach.csv", "text/csv",
                "Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn An,01/02/1980,Nam\n".getBytes(StandardCharsets.UTF_16LE)));
        files.put("utf16be-csv-without-bom", new MockMultipartFile(part, "danh-sach.csv", "text/csv",
                "Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn An,01/02/1980,Nam\n".getBytes(StandardCharsets.UTF_16BE)));
        files.put("csv-with-nul", new MockMultipartFile(part, "danh-sach.csv", "text/csv",
                "Họ và tên,Ngày sinh,Giới tính\nNguyễn\u0000Văn An,01/02/1980,Nam\u0001\n".getBytes(StandardCharsets.UTF_8)));
        files.put("csv-100kB-cell", new MockMultipartFile(part, "danh-sach.csv", "text/csv",
                ("Họ và tên,Ngày sinh,Giới tính\n" + HUGE + ",01/02/1980,Nam\n").getBytes(StandardCharsets.UTF_8)));
        files.put("xlsx-with-nul", new MockMultipartFile(part, "so-lieu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                BadInputFixture.xlsx(new String[] {"STT", "Chỉ tiêu", "Giá trị", "Họ và tên"},
                        new String[] {"1\u0000", "Tên\u0000", OVERFLOW, "An\u0001"})));
        files.put("zip-garbage-xlsx", new MockMultipartFile(part, "so-lieu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4, 0, 0, 1}));
        files.put("empty-file", new MockMultipartFile(part, "rong.csv", "text/csv", new byte[0]));
        files.put("nul-in-file-name", new MockMultipartFile(part, "bien\u0000ban.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        files.put("control-in-file-name", new MockMultipartFile(part, "bien\u0001ban\u001F.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        files.put("100kB-file-name", new MockMultipartFile(part, HUGE + ".pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        files.put("no-file-name", new MockMultipartFile(part, "", "application/octet-stream", new byte[] {1, 2}));
        files.put("executable", new MockMultipartFile(part, "x.exe", "application/octet-stream", new byte[] {'M', 'Z', 0}));
        files.put("nul-content-type", new MockMultipartFile(part, "bien-ban.pdf", "application/pdf\u0000", new byte[] {1}));
        for (Map.Entry<String, MockMultipartFile> f : files.entrySet()) {
            send(key, "file-" + f.getKey(), part, baseRequest(s, body, form, who, mb -> mb.file(f.getValue())));
        }
        send(key, "file-no-file-part", part, baseRequest(s, body, form, who, mb -> {}));
        send(key, "file-wrong-part-name", part, baseRequest(s, body, form, who,
                mb -> mb.file(new MockMultipartFile("other", "a.pdf", "application/pdf", new byte[] {1}))));
    }

    // ---------------------------------------------------------------- sign-in

    void signInForm() {
        AbstractMockHttpServletRequestBuilder<?>[] cases = {
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", NUL).param("password", NUL).with(csrf()),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", HUGE).param("password", HUGE).with(csrf()),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"a\\u0000b\",\"password\":\"x\"}"),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":99999999999999999999}"),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON).content(""),
        };
        for (AbstractMockHttpServletRequestBuilder<?> b : cases) {
            send("sign-in", "sign-in", "", b);
        }
    }
}
