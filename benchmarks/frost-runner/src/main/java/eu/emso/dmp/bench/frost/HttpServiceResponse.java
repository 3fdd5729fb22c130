package eu.emso.dmp.bench.frost;

import de.fraunhofer.iosb.ilt.frostserver.service.ServiceResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * A FROST {@link ServiceResponse} that writes status, headers and body straight to a servlet
 * response. One per request; not thread-safe.
 */
final class HttpServiceResponse implements ServiceResponse {
    private final HttpServletResponse http;
    private final Map<String, String> headers = new HashMap<>();
    private Object result;
    private int code = 200;
    private String message;

    HttpServiceResponse(HttpServletResponse http) {
        this.http = http;
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    @Override
    public String getContentType() {
        return http.getContentType();
    }

    @Override
    public ServiceResponse setContentType(String contentType) {
        http.setContentType(contentType);
        return this;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public ServiceResponse addHeader(String key, String value) {
        headers.put(key, value);
        http.setHeader(key, value);
        return this;
    }

    @Override
    public int getCode() {
        return code;
    }

    @Override
    public ServiceResponse setCode(int code) {
        this.code = code;
        http.setStatus(code);
        return this;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public ServiceResponse setMessage(String message) {
        this.message = message;
        if (message != null && !isSuccessful() && !http.isCommitted()) {
            try {
                http.getWriter().write(message);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    @Override
    public ServiceResponse setStatus(int code, String message) {
        setCode(code);
        return setMessage(message);
    }

    @Override
    public Object getResult() {
        return result;
    }

    @Override
    public ServiceResponse setResult(Object result) {
        this.result = result;
        return this;
    }

    @Override
    public Writer getWriter() {
        try {
            return http.getWriter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isSuccessful() {
        return code >= 200 && code < 300;
    }
}
