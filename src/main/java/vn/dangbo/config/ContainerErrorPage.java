package vn.dangbo.config;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, before the application sees the request (a {@code %00} or another invalid
 * character in the address, malformed percent-encoding, a request line or header over the 8 kB limit): the
 * application's Vietnamese page, or a problem detail with a machine {@code code} under {@code /api/}, instead of
 * Tomcat's English "HTTP Status 400 – Bad Request" page. Replaces the host's error report valve (Spring Boot's one
 * included), after Spring Boot's own customizers ran.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrorPage(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                for (Valve v : host.getPipeline().getValves()) {
                    if (v instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(v);
                    }
                }
                host.getPipeline().addValve(new VietnameseValve(messages));
                host.setErrorReportValveClass(VietnameseValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, in Vietnamese and in the application's two shapes. */
    static final class VietnameseValve extends ErrorReportValve {

        private final MessageSource messages;

        VietnameseValve(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean io = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
            if (!io.get()) {
                return;
            }
            Locale locale = english(request) ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
            String detailKey = switch (status) {
                case 400 -> "error.badRequest";
                case 404 -> "error.404.detail";
                case 405 -> "error.405.detail";
                case 413 -> "error.fileTooLarge";
                case 414, 431 -> "error.requestTooLarge";
                default -> status >= 500 ? "error.500.detail" : "error.badRequest";
            };
            String title = messages.getMessage("error." + status + ".title", null,
                    messages.getMessage("error.title", null, locale), locale);
            String detail = messages.getMessage(detailKey, null, locale);
            String uri = request.getCoyoteRequest().requestURI().toString();
            try {
                Writer writer;
                if (uri != null && uri.startsWith("/api/")) {
                    response.setContentType("application/problem+json");
                    response.setCharacterEncoding("UTF-8");
                    String code = status == 413 ? "FILE_TOO_LARGE" : status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
                    writer = response.getReporter();
                    if (writer != null) {
                        writer.write("{\"type\":\"urn:dangbo:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')
                                + "\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
                                + json(detail) + "\",\"code\":\"" + code + "\"}");
                    }
                } else {
                    response.setContentType("text/html");
                    response.setCharacterEncoding("UTF-8");
                    writer = response.getReporter();
                    if (writer != null) {
                        writer.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                                + HtmlUtils.htmlEscape(title, "UTF-8") + " – Đảng bộ số</title>"
                                + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\"></head>"
                                + "<body class=\"container py-5\"><h1 class=\"h3\">" + HtmlUtils.htmlEscape(title, "UTF-8")
                                + "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(detail, "UTF-8") + "</p><p><a href=\"/\">"
                                + HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale), "UTF-8")
                                + "</a></p></body></html>");
                    }
                }
                if (writer != null) {
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: nothing more to tell
            }
        }

        private static boolean english(Request request) {
            String cookies = request.getHeader("Cookie");
            return cookies != null && cookies.contains("dangbo-lang=en");
        }

        private static String json(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
