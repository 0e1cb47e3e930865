package vn.phoihop.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.function.Supplier;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.phoihop.agency.AgencyAdministration;
import vn.phoihop.shared.DomainException;
import vn.phoihop.web.JsonRefusals;
import vn.phoihop.web.Problems;
import vn.phoihop.web.WebappPluginResponses;

/**
 * The "Danh mục đơn vị" page's HTTP side, inside the Admin webapp's own API: {@code
 * /camunda/api/admin/plugin/registry/{engine}/...}. Camunda's webapp filters let through only a
 * user signed in to that engine and refuse a POST without the session's {@code X-XSRF-TOKEN};
 * {@link RegistryPage} then lets only administrators in. Jersey creates this class, not Spring: the
 * work is done by beans taken from the application context. Refusals are PhoiHop problems ({@code
 * message} = {@code detail}, as on the other webapp APIs).
 */
@Path("plugin/" + RegistryAdminPlugin.ID)
public class RegistryAdminResource extends AbstractAdminPluginRootResource {

  private static final Logger log = LoggerFactory.getLogger(RegistryAdminResource.class);

  @Context private HttpServletRequest request;

  public RegistryAdminResource() {
    super(RegistryAdminPlugin.ID);
  }

  @GET
  @Path("{engine}/options")
  public Response options(@PathParam("engine") String engine) {
    return answer(() -> json(page().options(engine)));
  }

  @GET
  @Path("{engine}/agencies")
  public Response agencies(
      @PathParam("engine") String engine,
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("province") String province) {
    return answer(() -> json(page().agencies(engine, q, type, province)));
  }

  @GET
  @Path("{engine}/agencies/{code}/changes")
  public Response changes(@PathParam("engine") String engine, @PathParam("code") String code) {
    return answer(() -> json(page().changes(engine, code)));
  }

  @POST
  @Path("{engine}/agencies")
  public Response create(@PathParam("engine") String engine) {
    return answer(
        () -> json(201, page().create(engine, body(AgencyAdministration.NewAgency.class))));
  }

  @POST
  @Path("{engine}/agencies/{code}/rename")
  public Response rename(@PathParam("engine") String engine, @PathParam("code") String code) {
    return answer(() -> json(page().rename(engine, code, body(RegistryRequests.Rename.class))));
  }

  @POST
  @Path("{engine}/agencies/{code}/move")
  public Response move(@PathParam("engine") String engine, @PathParam("code") String code) {
    return answer(() -> json(page().move(engine, code, body(RegistryRequests.Move.class))));
  }

  @POST
  @Path("{engine}/agencies/{code}/close")
  public Response close(@PathParam("engine") String engine, @PathParam("code") String code) {
    return answer(() -> json(page().close(engine, code, body(RegistryRequests.Close.class))));
  }

  @POST
  @Path("{engine}/provinces/{province}/customs-branch")
  public Response customsBranch(
      @PathParam("engine") String engine, @PathParam("province") String province) {
    return answer(
        () ->
            json(
                page()
                    .customsBranch(engine, province, body(RegistryRequests.CustomsBranch.class))));
  }

  private <T> T body(Class<T> type) {
    try {
      return bean(ObjectMapper.class).readValue(request.getInputStream(), type);
    } catch (IOException e) {
      throw JsonRefusals.refusal(e);
    }
  }

  private Response answer(Supplier<Response> action) {
    try {
      return action.get();
    } catch (DomainException refusal) {
      log.info(
          "Refused registry {} {} : {}",
          request.getMethod(),
          request.getRequestURI(),
          refusal.getMessage());
      return WebappPluginResponses.problem(bean(ObjectMapper.class), refusal);
    } catch (RegistryPage.Unauthenticated unauthenticated) {
      return WebappPluginResponses.problem(
          bean(ObjectMapper.class), 401, Problems.title(401), unauthenticated.getMessage(), null);
    }
  }

  private Response json(Object value) {
    return json(200, value);
  }

  private Response json(int status, Object value) {
    return WebappPluginResponses.json(bean(ObjectMapper.class), status, value);
  }

  private RegistryPage page() {
    return bean(RegistryPage.class);
  }

  private <T> T bean(Class<T> type) {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(type);
  }
}
