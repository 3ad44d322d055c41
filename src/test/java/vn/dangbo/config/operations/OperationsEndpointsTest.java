package vn.dangbo.config.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.catalina.Globals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * The operations endpoints on the application's port: health probes for anyone (a load balancer on the instance's
 * address), metrics and build info only for a direct connection from this machine; the request id and the one log
 * line per request.
 */
@DangboTest
class OperationsEndpointsTest {

    static final String OUTSIDE = "203.0.113.7";

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;

    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    Logger requestLogger = (Logger) LoggerFactory.getLogger("vn.dangbo.request");

    @BeforeEach
    void capture() {
        lines.start();
        requestLogger.addAppender(lines);
    }

    @AfterEach
    void release() {
        requestLogger.detachAppender(lines);
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    /** As Tomcat's RemoteIpValve leaves a request a trusted proxy forwarded for this client. */
    static RequestPostProcessor forwardedFor(String address) {
        return r -> {
            r.setRemoteAddr(address);
            r.setAttribute(Globals.REQUEST_FORWARDED_ATTRIBUTE, Boolean.TRUE);
            return r;
        };
    }

    @Test
    void theLivenessAndReadinessProbesAnswerALoadBalancerWithoutSigningInAndSayNothingMore() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            mvc.perform(get(probe).with(from(OUTSIDE)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist())
                    .andExpect(jsonPath("$.details").doesNotExist());
        }
    }

    @Test
    void metricsAndBuildInfoAreRefusedToAnyoneOutsideTheMachineEvenAnAdministrator() throws Exception {
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/env",
                "/actuator/metrics"}) {
            mvc.perform(get(endpoint).with(from(OUTSIDE))).andExpect(status().isForbidden());
            mvc.perform(get(endpoint).with(from(OUTSIDE)).with(as.user("admin"))).andExpect(status().isForbidden());
            // through a reverse proxy on this machine: the visitor's own address counts, not the proxy's
            mvc.perform(get(endpoint).with(forwardedFor(OUTSIDE))).andExpect(status().isForbidden());
        }
    }

    @Test
    void fromThisMachinePrometheusReadsTheTimingsOfEachEndpointByItsPathTemplate() throws Exception {
        long member = jdbc.sql("SELECT id FROM member WHERE card_number = '90000001'").query(Long.class).single();
        mvc.perform(get("/members/" + member).with(as.user("mythoi.vanphong"))).andExpect(status().isOk());

        String scrape = mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(scrape).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/members/\\{id}\"");
        assertThat(scrape).doesNotContain("uri=\"/members/" + member + "\"");
        assertThat(scrape).contains("application=\"dangbo\"");
    }

    @Test
    void fromThisMachineTheBuildInfoNamesTheVersionRunning() throws Exception {
        mvc.perform(get("/actuator/info").with(from("::1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("dangbo"))
                .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"));
    }

    @Test
    void eachRequestIsLoggedOnceWithMethodPathTemplateStatusAccountAndTime() throws Exception {
        long member = jdbc.sql("SELECT id FROM member WHERE card_number = '90000001'").query(Long.class).single();
        String id = mvc.perform(get("/members/" + member).with(as.user("mythoi.vanphong")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Request-Id");

        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(lines.list).hasSize(1);
        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getLevel()).hasToString("INFO");
        assertThat(line.getFormattedMessage()).matches("GET /members/\\{id} 200 mythoi\\.vanphong \\d+ ms");
        assertThat(line.getMDCPropertyMap()).containsEntry("requestId", id);
        assertThat(line.getKeyValuePairs()).extracting(kv -> kv.key + "=" + kv.value)
                .contains("http.method=GET", "http.path=/members/{id}", "http.status=200", "account=mythoi.vanphong");
    }

    @Test
    void aRefusedAnonymousRequestIsLoggedWithoutAnAccount() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(from(OUTSIDE))).andExpect(status().isForbidden());
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .singleElement().asString().matches("GET /actuator/prometheus 403 - \\d+ ms");
    }

    @Test
    void theRequestIdOfATrustedProxyIsKeptAndEchoedAnyoneElsesIsReplaced() throws Exception {
        mvc.perform(get("/login").with(forwardedFor(OUTSIDE)).header("X-Request-Id", "lb-7f3a.91"))
                .andExpect(header().string("X-Request-Id", "lb-7f3a.91"));
        String replaced = mvc.perform(get("/login").with(from(OUTSIDE)).header("X-Request-Id", "lb-7f3a.91"))
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(replaced).isNotEqualTo("lb-7f3a.91").matches("[0-9a-f]{16}");
        // even a trusted proxy's id is replaced when it is not a short token (it would end up in every log line)
        String odd = mvc.perform(get("/login").with(forwardedFor(OUTSIDE)).header("X-Request-Id", "a b\nc"))
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(odd).matches("[0-9a-f]{16}");
    }

    @Test
    void jsonLogsAreChosenWithDangboLogFormat() {
        assertThat(LogFormat.structuredFormat("json")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat(" JSON ")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat("logstash")).isEqualTo("logstash");
        assertThat(LogFormat.structuredFormat("plain")).isNull();
        assertThat(LogFormat.structuredFormat(null)).isNull();
    }
}
