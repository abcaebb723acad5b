package org.portverify.interfaces.rest;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * Refusals made below JAX-RS (RESTEasy answers a request whose headers it cannot parse, e.g. a malformed
 * {@code Accept}, with a bare {@code sendError}) get the JSON error body too, instead of the container's HTML page.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class JsonErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JsonErrorFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String ignored) throws IOException {
                if (isCommitted() || status < 400) {
                    super.sendError(status);
                    return;
                }
                RuleViolation refusal;
                if (status >= 500) {
                    refusal = new RuleViolation(ErrorCode.UNEXPECTED_ERROR, UUID.randomUUID());
                    LOG.severe(refusal.getMessage() + " at " + path + ": the container answered " + status);
                } else {
                    refusal = UnmappedErrorMapper.refusal(status, path);
                }
                resetBuffer();
                setStatus(status);
                setContentType("application/json");
                setCharacterEncoding("UTF-8");
                getWriter().write(Json.createObjectBuilder().add("code", refusal.code().code())
                        .add("status", status).add("message", refusal.getMessage()).build().toString());
                flushBuffer();
            }
        });
    }
}
