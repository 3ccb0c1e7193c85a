package dev.faibric.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any servlet runs (a malformed request line, bad
 * %-encoding in the URL, an illegal character in a header): the same problem shape as
 * every other error, instead of Tomcat's HTML page. Tomcat's error report valve on the
 * host is replaced by one that writes a problem.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
                // Replace whatever error valve is there once all customizers have run.
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        replaceErrorValves(host);
                    }
                });
            }
        });
    }

    private static void replaceErrorValves(StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ProblemValve) {
                return;
            }
        }
        host.getPipeline().addValve(new ProblemValve());
    }

    /** Tomcat's error report, as a problem with a generic detail. */
    public static final class ProblemValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ContainerErrors.class);

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            String detail = switch (status) {
                case 400 -> "The request is malformed (its request line, the %-encoding of its URL or a header); "
                        + "send a well-formed HTTP request.";
                case 404 -> "There is nothing at this address.";
                case 505 -> "Only HTTP/1.1 and HTTP/1.0 are spoken here.";
                default -> code.is5xxServerError() ? ApiErrors.INTERNAL : Problems.title(code) + ".";
            };
            if (code.is5xxServerError() && status != 505) {
                log.error("{} from the servlet container", status, throwable);
            }
            else {
                log.warn("{} from the servlet container: {}", status, response.getMessage());
            }
            try {
                response.setContentType(Problems.MEDIA_TYPE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                java.io.PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(Problems.json(status, Problems.title(code), detail));
                }
                response.finishResponse();
            }
            catch (IOException | IllegalStateException e) {
                log.debug("Could not write the error report: {}", e.toString());
            }
        }

    }

}
