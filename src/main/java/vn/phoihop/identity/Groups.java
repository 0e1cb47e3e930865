package vn.phoihop.identity;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Names of Camunda groups. Every agency is a group ({@code QLTT-TNI}); every role is a group
 * ({@code leader}); and the people of one role in one agency form a unit-role group ({@code
 * QLTT-TNI.leader}), which is what user tasks name as candidate group.
 *
 * <p>Exposed to BPMN expressions as {@code groups}: {@code ${groups.of(leadAgency, 'leader')}}.
 */
@Component("groups")
public class Groups {

  public static final String TYPE_AGENCY = "agency";
  public static final String TYPE_ROLE = "role";
  public static final String TYPE_UNIT_ROLE = "unit-role";
  public static final String TYPE_PROVINCE_ROLE = "province-role";
  public static final String TYPE_NATIONAL_ROLE = "national-role";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /**
   * Managers of central bodies (agencies without a province): they read every instance. Members are
   * derived from the {@code <AGENCY>.manager} groups, see {@link ManagerScopes}.
   */
  public static final String NATIONAL_MANAGERS = "national.manager";

  private static final String PROVINCE_PREFIX = "PROVINCE-";
  private static final char SEPARATOR = '.';

  /** The unit-role group of {@code role} within {@code agencyCode}. */
  public static String unitRole(String agencyCode, Role role) {
    return agencyCode + SEPARATOR + role.groupId();
  }

  /** Expression form: {@code ${groups.of('QLTT-TNI', 'leader')}} → {@code QLTT-TNI.leader}. */
  public String of(String agencyCode, String roleGroupId) {
    return unitRole(agencyCode, Role.fromGroupId(roleGroupId));
  }

  /** Comma-separated unit-role groups of several agencies, for a multi-agency candidate list. */
  public String ofAll(Collection<String> agencyCodes, String roleGroupId) {
    Role role = Role.fromGroupId(roleGroupId);
    return agencyCodes.stream().map(code -> unitRole(code, role)).collect(Collectors.joining(","));
  }

  /**
   * The managers of one province ({@code PROVINCE-TNI.manager}): they read the instances a party of
   * that province takes part in. Members are derived from the {@code <AGENCY>.manager} groups.
   */
  public static String provinceManagers(String provinceCode) {
    return PROVINCE_PREFIX + provinceCode + SEPARATOR + Role.MANAGER.groupId();
  }

  /** Whether this is a province-manager group or the national-manager group. */
  public static boolean isManagerScope(String groupId) {
    return groupId != null
        && (groupId.equals(NATIONAL_MANAGERS)
            || (groupId.startsWith(PROVINCE_PREFIX)
                && groupId.endsWith(SEPARATOR + Role.MANAGER.groupId())));
  }

  /**
   * The agency code of a unit-role group id, or {@code null} if it is not one (also for the
   * province- and national-manager groups, which belong to no agency).
   */
  public static String agencyOf(String unitRoleGroupId) {
    if (isManagerScope(unitRoleGroupId)) {
      return null;
    }
    int i = unitRoleGroupId.lastIndexOf(SEPARATOR);
    return i < 0 ? null : unitRoleGroupId.substring(0, i);
  }
}
