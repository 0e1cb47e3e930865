package vn.phoihop.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.phoihop.referral.ReferralCaseFiles;
import vn.phoihop.shared.DomainException;
import vn.phoihop.web.Problems;
import vn.phoihop.web.WebappPluginResponses;

/**
 * The case file's HTTP side, inside Tasklist's own API: {@code
 * /camunda/api/tasklist/plugin/casefile/{engine}/task/{taskId}} and its {@code documents}.
 * Camunda's webapp filters stand in front of it — the security filter lets through only a user
 * signed in to that engine, the CSRF filter refuses a POST or DELETE without the session's {@code
 * X-XSRF-TOKEN} — so a browser never sends credentials of its own. Jersey creates this class, not
 * Spring: the work is done by {@link CaseFiles}, a bean taken from the application context. Every
 * refusal is a problem of PhoiHop's error model ({@code message} = {@code detail}, as on the other
 * webapp APIs).
 */
@Path("plugin/" + CaseFilePlugin.ID)
public class CaseFileResource extends AbstractTasklistPluginRootResource {

  private static final Logger log = LoggerFactory.getLogger(CaseFileResource.class);

  @Context private HttpServletRequest request;

  public CaseFileResource() {
    super(CaseFilePlugin.ID);
  }

  @GET
  @Path("{engine}/task/{taskId}")
  public Response caseFile(@PathParam("engine") String engine, @PathParam("taskId") String taskId) {
    return answer(() -> json(caseFiles().view(engine, taskId)));
  }

  @POST
  @Path("{engine}/task/{taskId}/documents")
  public Response upload(@PathParam("engine") String engine, @PathParam("taskId") String taskId) {
    return answer(
        () ->
            WebappPluginResponses.json(
                objectMapper(), 201, caseFiles().upload(engine, taskId, request)));
  }

  @GET
  @Path("{engine}/task/{taskId}/documents/{documentId}")
  public Response download(
      @PathParam("engine") String engine,
      @PathParam("taskId") String taskId,
      @PathParam("documentId") String documentId) {
    return answer(
        () -> {
          ReferralCaseFiles.Download file = caseFiles().download(engine, taskId, documentId);
          return Response.ok(file.content(), file.contentType())
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  ContentDisposition.attachment()
                      .filename(file.fileName(), StandardCharsets.UTF_8)
                      .build()
                      .toString())
              .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
              .header("X-Content-Type-Options", "nosniff")
              .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
              .build();
        });
  }

  @DELETE
  @Path("{engine}/task/{taskId}/documents/{documentId}")
  public Response remove(
      @PathParam("engine") String engine,
      @PathParam("taskId") String taskId,
      @PathParam("documentId") String documentId) {
    return answer(
        () -> {
          caseFiles().remove(engine, taskId, documentId);
          return Response.noContent().build();
        });
  }

  private Response answer(Supplier<Response> action) {
    try {
      return action.get();
    } catch (DomainException refusal) {
      log.info(
          "Refused case file {} {} : {}",
          request.getMethod(),
          request.getRequestURI(),
          refusal.getMessage());
      return WebappPluginResponses.problem(objectMapper(), refusal);
    } catch (CaseFiles.Unauthenticated unauthenticated) {
      return WebappPluginResponses.problem(
          objectMapper(), 401, Problems.title(401), unauthenticated.getMessage(), null);
    } catch (CaseFiles.TooLarge tooLarge) {
      return WebappPluginResponses.problem(
          objectMapper(), 413, Problems.title(413), tooLarge.getMessage(), tooLarge.field());
    }
  }

  private Response json(Object value) {
    return WebappPluginResponses.json(objectMapper(), 200, value);
  }

  private CaseFiles caseFiles() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(CaseFiles.class);
  }

  private ObjectMapper objectMapper() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(ObjectMapper.class);
  }
}
