package dev.heapgrader.api;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on a request that never reached Spring: the connector refuses some request targets itself
 * (encoded slashes {@code %2F}, {@code %00}, {@code %5C}, invalid percent-encoding) with a 400 that Tomcat's
 * {@link ErrorReportValve} renders as an HTML page. This valve, in its place on the host, answers those with the
 * same RFC 9457 shape as every other error of the API: status, title, and no server details. It follows
 * {@code ErrorReportValve.report}'s rules: only errors, only when nothing was written yet and the connection can
 * still take a response.
 */
final class ProblemDetailsErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String title = status == 400 ? "Invalid request target" : "Request refused";
        String detail = status == 400
                ? "The server cannot route this URL: encoded slashes, backslashes, NUL characters and invalid "
                        + "percent-encoding are refused"
                : "The server refused the request";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The client went away or the response was already committed; there is no one left to tell.
        }
    }
}
