package org.portverify.interfaces.rest;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.infrastructure.ServerSettings;

/**
 * The API's request body limit (system property {@value ServerSettings#UPLOAD_MAX_BYTES}): a declared
 * {@code Content-Length} over it is refused before a byte is read; a body without one (chunked) is counted while it
 * streams and reading stops with {@link TooLarge} at the first byte over, which {@link UnmappedErrorMapper} answers as
 * 413 PV-1080 like the first case.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = ServerSettings.uploadMaxBytes();
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static RuleViolation violation(long limit) {
        return new RuleViolation(ErrorCode.REQUEST_TOO_LARGE, limit, ServerSettings.UPLOAD_MAX_BYTES);
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        RuleViolation violation = violation(limit);
        response.setStatus(violation.code().httpStatus());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // the client may still be sending: tell it the connection ends here
        response.setHeader("Connection", "close");
        // the same body as ErrorBody, written here because JAX-RS is not reached
        response.getWriter().write(Json.createObjectBuilder().add("code", violation.code().code())
                .add("status", violation.code().httpStatus()).add("message", violation.getMessage()).build()
                .toString());
    }

    /** Reading past the limit: carries the refusal through whatever reads the body. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient RuleViolation violation;

        TooLarge(RuleViolation violation) {
            super(violation.getMessage());
            this.violation = violation;
        }

        RuleViolation violation() {
            return violation;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counted(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(violation(limit));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
