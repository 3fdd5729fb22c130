package eu.emso.dmp.server.sos;

import eu.emso.dmp.model.store.StoreException;
import eu.emso.dmp.server.auth.Requires;
import eu.emso.dmp.server.auth.WriteAccess;
import eu.emso.dmp.server.http.ErrorMapper;
import eu.emso.dmp.server.sos.kvp.KvpDecoder;
import eu.emso.dmp.server.sos.pox.PoxDecoder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge of SOS 2.0: {@code GET /sos/service?service=SOS&...} (KVP) and
 * {@code POST /sos/service} with an XML body (POX). Decodes, hands the request to the
 * {@link SosService}, and streams its document; every failure becomes an OWS ExceptionReport
 * with the status of its code, never an HTML or JSON error.
 */
@Path("/sos/service")
public final class SosResource {
    private static final Logger LOG = LoggerFactory.getLogger(SosResource.class);
    private static final String XML = "application/xml";
    private final SosService service;
    private final Optional<String> baseUrl;

    /** @param baseUrl the external base URL; empty to take it from each request */
    public SosResource(SosService service, Optional<String> baseUrl) {
        this.service = service;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    @GET
    public Response get(@Context UriInfo uri, @Context ContainerRequestContext caller) {
        return answer(() -> KvpDecoder.decode(uri.getQueryParameters(), serviceUrl(uri)), caller);
    }

    @POST
    @Requires(Requires.Need.BY_OPERATION) // reads are POSTs too: transactional operations are checked below
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, @Context ContainerRequestContext caller,
                         InputStream body) {
        return answer(() -> {
            String type = headers.getMediaType() == null ? "" : headers.getMediaType().getSubtype();
            if (!type.equals("xml") && !type.endsWith("+xml")) {
                throw new SosException(OwsCode.INVALID_REQUEST, null, "POST bodies are XML documents "
                        + "(Content-Type application/xml), not '" + headers.getMediaType() + "'");
            }
            return PoxDecoder.decode(body, serviceUrl(uri));
        }, caller);
    }

    private Response answer(Supplier<SosRequest> decode, ContainerRequestContext caller) {
        SosResponse r;
        try {
            SosRequest request = decode.get();
            if (request.operation().transactional()) {
                WriteAccess.require(caller); // 401 or 403 before anything is written
            }
            r = service.handle(request);
        } catch (WebApplicationException e) {
            throw e;
        } catch (SosException e) {
            r = ExceptionReport.of(e);
        } catch (ErrorMapper.NotReady e) {
            r = ExceptionReport.of(new SosException(OwsCode.NOT_READY, null, e.getMessage()));
        } catch (StoreException e) {
            if (e.fault() != StoreException.Fault.INTERNAL) {
                throw e; // 503 or 507 with Retry-After, as on every face (ErrorMapper)
            }
            LOG.error("internal error in an SOS request", e);
            r = ExceptionReport.of(new SosException(OwsCode.NO_APPLICABLE_CODE, null,
                    "internal server error; the server log has the details"));
        } catch (RuntimeException e) {
            LOG.error("internal error in an SOS request", e);
            r = ExceptionReport.of(new SosException(OwsCode.NO_APPLICABLE_CODE, null,
                    "internal server error; the server log has the details"));
        }
        SosResponse.Body body = r.body();
        StreamingOutput out = os -> {
            try (Xml xml = new Xml(os)) {
                body.write(xml);
            } catch (XMLStreamException e) {
                throw new java.io.IOException(e);
            }
        };
        return Response.status(r.status()).type(XML + ";charset=UTF-8").entity(out).build();
    }

    private String serviceUrl(UriInfo uri) {
        String root = baseUrl.orElseGet(() -> {
            String b = uri.getBaseUri().toString();
            return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        });
        return root + "/sos/service";
    }
}
