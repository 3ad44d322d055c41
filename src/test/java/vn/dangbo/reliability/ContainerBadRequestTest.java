package vn.dangbo.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.support.DangboTest;
import vn.dangbo.support.HttpSession;

/**
 * What Tomcat refuses before the application sees the request, over real HTTP (MockMvc has no Tomcat): the
 * application's Vietnamese page, or a problem detail under /api/, never Tomcat's English "HTTP Status 400" page.
 */
@DangboTest
class ContainerBadRequestTest {

    @LocalServerPort int port;

    record Answer(int status, String head, String body) {}

    /** One request as raw bytes, so that nothing on the way cleans the address up. */
    Answer raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    Answer raw(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            try {
                if (body != null) {
                    for (int i = 0; i < body.length; i += 64 * 1024) {
                        out.write(body, i, Math.min(64 * 1024, body.length - i));
                    }
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // Tomcat answers and closes the connection without reading the rest of a too large body
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // what arrived before the connection was reset is the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP answer to " + new String(head, 0, Math.min(80, head.length),
                    StandardCharsets.ISO_8859_1)).isPositive();
            String headers = text.substring(0, split);
            return new Answer(Integer.parseInt(headers.substring(9, 12)), headers, text.substring(split + 4));
        }
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text.substring(0, split));
        if (length.find()) {
            return text.substring(split + 4).getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1));
        }
        return text.endsWith("0\r\n\r\n");
    }

    static String get(String target, String... headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headers) + "Connection: close\r\n\r\n";
    }

    private static void vietnamesePage(Answer a, int status) {
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.head()).containsIgnoringCase("content-type: text/html");
        assertThat(a.body()).contains("Yêu cầu không hợp lệ").doesNotContain("HTTP Status").doesNotContain("Apache Tomcat")
                .doesNotContain("Bad Request");
    }

    private static void problem(Answer a, int status, String code) {
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.head()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(a.body()).contains("\"code\":\"" + code + "\"").doesNotContain("HTTP Status");
    }

    @Test
    void aNulByteInTheAddressGetsTheVietnamesePage() throws IOException {
        vietnamesePage(raw(get("/members/%00")), 400);
    }

    @Test
    void aNulByteInAnApiAddressGetsAProblemDetail() throws IOException {
        problem(raw(get("/api/v1/members/%00")), 400, "BAD_REQUEST");
    }

    @Test
    void malformedPercentEncodingAndInvalidCharactersGetTheVietnamesePage() throws IOException {
        vietnamesePage(raw(get("/members/%zz")), 400);
        vietnamesePage(raw(get("/members/a\"b<c>")), 400);
        vietnamesePage(raw(get("/members?q=%zz%")), 400);
    }

    @Test
    void aQueryOverTheHeaderLimitGetsTheVietnamesePage() throws IOException {
        vietnamesePage(raw(get("/members?q=" + "a".repeat(9000))), 400);
        // a request line over the limit is never read, so Tomcat cannot know it was meant for the API: the page
        vietnamesePage(raw(get("/api/v1/members?q=" + "a".repeat(9000))), 400);
        problem(raw(get("/api/v1/members/%00?q=" + "a".repeat(100))), 400, "BAD_REQUEST");
    }

    @Test
    void aHeaderOverTheLimitGetsTheVietnamesePage() throws IOException {
        vietnamesePage(raw(get("/", "X-Long: " + "a".repeat(9000) + "\r\n")), 400);
    }

    @Test
    void aSearchForANulByteKeepsTheSearchAndSaysWhatIsWrongBesideIt() throws Exception {
        HttpResponse<String> r = new HttpSession(port).signIn("mythoi.vanphong", "dangbo@2025")
                .get("/members?q=Nguy%E1%BB%85n%00An");
        assertThat(r.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.selectFirst("[data-testid=error-q]").text()).startsWith("Có ký tự điều khiển không hợp lệ");
        assertThat(page.selectFirst("[data-testid=filter-errors]").text()).startsWith("Có ký tự điều khiển không hợp lệ");
        assertThat(page.selectFirst("#q").val()).startsWith("Nguyễn").endsWith("An");
        assertThat(page.selectFirst("[data-testid=no-results]")).isNull();
    }

    @Test
    void anUploadOverTheRequestLimitGetsA413ProblemDetail() throws IOException {
        byte[] body = new byte[26 * 1024 * 1024];
        String head = "POST /api/v1/results/1/evidence HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + body.length
                + "\r\nAuthorization: Bearer " + token() + "\r\nConnection: close\r\n\r\n";
        byte[] start = "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"lon.pdf\"\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, body, 0, start.length);
        Answer a = raw(head.getBytes(StandardCharsets.ISO_8859_1), body);
        problem(a, 413, "FILE_TOO_LARGE");
        assertThat(a.body()).contains("quá lớn");
    }

    @Test
    void aPageUploadOverTheRequestLimitGetsTheVietnamesePageWithAWayBackToTheForm() throws IOException {
        String cookie = signedInCookie("mythoi.vanphong");
        Answer tasks = raw(get("/tasks", "Cookie: " + cookie + "\r\n"));
        Matcher csrf = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(tasks.body());
        assertThat(csrf.find()).as("a CSRF token on /tasks").isTrue();
        byte[] body = new byte[26 * 1024 * 1024];
        byte[] start = "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"lon.pdf\"\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, body, 0, start.length);
        String head = "POST /tasks/1/report HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\n"
                + "X-CSRF-TOKEN: " + csrf.group(1) + "\r\nReferer: http://localhost:" + port + "/tasks/1\r\n"
                + "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        Answer a = raw(head.getBytes(StandardCharsets.ISO_8859_1), body);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.body()).contains("Tệp tải lên quá lớn").contains("data-testid=\"error-back\"")
                .contains("href=\"/tasks/1\"").doesNotContain("HTTP Status");
    }

    /** Signs in through the login form over raw HTTP; the session cookie. */
    private String signedInCookie(String username) throws IOException {
        Answer login = raw(get("/login"));
        String cookie = cookieOf(login);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=dangbo%402025&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        Answer signedIn = raw("POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(signedIn.status()).isEqualTo(302);
        return cookieOf(signedIn);
    }

    private static String cookieOf(Answer a) {
        Matcher m = Pattern.compile("(?im)^set-cookie: (JSESSIONID=[^;]+)").matcher(a.head());
        assertThat(m.find()).as("a session cookie in " + a.head()).isTrue();
        return m.group(1);
    }

    private String token() throws IOException {
        String json = "{\"username\":\"mythoi.vanphong\",\"password\":\"dangbo@2025\"}";
        Answer a = raw("POST /api/v1/auth/tokens HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + json.length() + "\r\nConnection: close\r\n\r\n" + json);
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(a.body());
        assertThat(m.find()).as("a token in " + a.body()).isTrue();
        return m.group(1);
    }
}
