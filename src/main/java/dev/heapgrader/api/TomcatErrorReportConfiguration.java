package dev.heapgrader.api;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemDetailsErrorReportValve} on the Tomcat host instead of the {@link ErrorReportValve} that
 * Spring Boot installs (it runs last among the customizers, so Boot's valve is already there to be replaced) and
 * of the one the host would add on start.
 */
@Component
class TomcatErrorReportConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            // The host adds a valve of this class on start unless it finds one, matching by class name.
            ((StandardHost) context.getParent()).setErrorReportValveClass(
                    ProblemDetailsErrorReportValve.class.getName());
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemDetailsErrorReportValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
