package vn.dangbo.config.operations;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the request log line and the per-endpoint timer add to one request, in CPU time of the request's thread
 * (docs/performance.md, "Operations overhead"): a filter chain ending in a servlet that only sets the status,
 * bare, with {@link RequestLog} writing its line through Logback's pattern encoder (to a discarding stream), and with
 * Spring's {@link ServerHttpObservationFilter} recording {@code http.server.requests} into a Prometheus registry.
 * Not part of the default suite (no Test suffix); run with
 * {@code ./mvnw -q -B -ntp test -Dtest=RequestOverheadBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RequestOverheadBench {

    static final int WARM_UP = 200_000;
    static final int RUNS = 500_000;
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static final HttpServlet HANDLER = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/members/{id}");
            response.setStatus(200);
        }
    };

    public static void main(String[] args) throws Exception {
        new RequestOverheadBench().measure();
    }

    @Test
    void measure() throws Exception {
        quietLogToNowhere();
        ObservationRegistry observations = ObservationRegistry.create();
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(prometheus));
        Filter observe = new ServerHttpObservationFilter(observations);
        Filter log = new RequestLog();

        List<String> report = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            double bare = nanosPerRequest();
            double logged = nanosPerRequest(log);
            double both = nanosPerRequest(log, observe);
            report.add(String.format("round %d: bare %.0f ns, + request log %.0f ns, + log and timer %.0f ns", round,
                    bare, logged, both));
        }
        report.forEach(System.out::println);
    }

    static double nanosPerRequest(Filter... filters) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            once(filters, i);
        }
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < RUNS; i++) {
            once(filters, i);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / (double) RUNS;
    }

    static void once(Filter[] filters, int i) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members/" + (i % 1000));
        MockHttpServletResponse response = new MockHttpServletResponse();
        new MockFilterChain(HANDLER, filters).doFilter(request, response);
    }

    /** The request logger at INFO with Spring Boot's console pattern, writing to a stream that discards. */
    static void quietLogToNowhere() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p %pid --- [%t] [%X{requestId} %X{account}] "
                + "%-40.40logger{39} : %m%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(OutputStream.nullOutputStream());
        appender.start();
        Logger logger = context.getLogger("vn.dangbo.request");
        logger.detachAndStopAllAppenders();
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
    }
}
