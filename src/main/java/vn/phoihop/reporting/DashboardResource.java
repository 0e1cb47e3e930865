package vn.phoihop.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.phoihop.shared.Csv;
import vn.phoihop.shared.DomainException;
import vn.phoihop.web.Problems;
import vn.phoihop.web.WebappPluginResponses;

/**
 * The dashboard's HTTP side, inside Tasklist's own API: {@code
 * /camunda/api/tasklist/plugin/phoihop-dashboard/{engine}/summary} (every figure), {@code
 * .../lists/{list}} (the list behind a figure; {@code ?format=csv} for the same list as CSV, UTF-8
 * with BOM) and {@code .../link} (the header link's label). Camunda's security filter lets through
 * only a user signed in to that engine; {@link Dashboard} reads everything by PhoiHop's one read
 * rule for that user. Only GETs: the CSRF filter has nothing to check. Jersey creates this class,
 * not Spring: the work is done by beans taken from the application context.
 */
@Path("plugin/" + DashboardPlugin.ID)
public class DashboardResource extends AbstractTasklistPluginRootResource {

  private static final Logger log = LoggerFactory.getLogger(DashboardResource.class);

  @Context private HttpServletRequest request;

  public DashboardResource() {
    super(DashboardPlugin.ID);
  }

  @GET
  @Path("{engine}/link")
  public Response link(@PathParam("engine") String engine) {
    return answer(() -> json(dashboard().link(engine)));
  }

  @GET
  @Path("{engine}/summary")
  public Response summary(@PathParam("engine") String engine) {
    return answer(() -> json(dashboard().summary(engine)));
  }

  @GET
  @Path("{engine}/lists/{list}")
  public Response list(@PathParam("engine") String engine, @PathParam("list") String list) {
    return answer(
        () -> {
          Map<String, String> filters = new LinkedHashMap<>();
          request
              .getParameterMap()
              .forEach(
                  (name, values) -> {
                    if (values.length > 0) {
                      filters.put(name, values[0]);
                    }
                  });
          String format = filters.remove("format");
          DashboardTable table = dashboard().list(engine, list, filters);
          if (format == null || format.equalsIgnoreCase("json")) {
            return json(table);
          }
          if (!format.equalsIgnoreCase("csv")) {
            throw DomainException.invalid(
                "format", vn.phoihop.shared.Texts.text("reporting.format", format));
          }
          return Response.ok(table.csv(), Csv.MEDIA_TYPE)
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  ContentDisposition.attachment()
                      .filename(table.fileName() + ".csv", StandardCharsets.UTF_8)
                      .build()
                      .toString())
              .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
              .build();
        });
  }

  private Response answer(Supplier<Response> action) {
    try {
      return action.get();
    } catch (DomainException refusal) {
      log.info(
          "Refused dashboard {} {} : {}",
          request.getMethod(),
          request.getRequestURI(),
          refusal.getMessage());
      return WebappPluginResponses.problem(objectMapper(), refusal);
    } catch (Dashboard.Unauthenticated unauthenticated) {
      return WebappPluginResponses.problem(
          objectMapper(), 401, Problems.title(401), unauthenticated.getMessage(), null);
    }
  }

  private Response json(Object value) {
    return WebappPluginResponses.json(objectMapper(), 200, value);
  }

  private Dashboard dashboard() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(Dashboard.class);
  }

  private ObjectMapper objectMapper() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(ObjectMapper.class);
  }
}
