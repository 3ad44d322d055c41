package vn.dangbo.config.operations;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code DANGBO_LOG_FORMAT=json} writes the console log as JSON lines in the Elastic Common Schema (Spring Boot's
 * structured logging, {@code logging.structured.format.console=ecs}), with the MDC ({@code requestId},
 * {@code account}) and the request line's key-value pairs as fields; anything else (or nothing) keeps the plain
 * lines. {@code logstash} and {@code gelf} are accepted as well, for a collector that wants those. An explicit
 * {@code logging.structured.format.console} setting wins. Runs before logging is initialised.
 */
class LogFormat implements EnvironmentPostProcessor {

    static final String VARIABLE = "DANGBO_LOG_FORMAT";
    static final String PROPERTY = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = structuredFormat(environment.getProperty(VARIABLE));
        if (format != null && !environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource("dangboLogFormat", Map.of(PROPERTY, format)));
        }
    }

    static String structuredFormat(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            case "gelf" -> "gelf";
            default -> null;
        };
    }
}
