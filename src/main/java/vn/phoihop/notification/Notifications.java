package vn.phoihop.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.SystemEngine;

/**
 * The one way to tell someone something: stores one outbox row per recipient, in the caller's
 * transaction. Delivery happens later ({@link NotificationSender}), so a message exists exactly
 * when the step that caused it committed.
 */
@Service
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private final NotificationRepository repository;
  private final IdentityService identityService;
  private final SystemEngine system;
  private final String baseUrl;

  Notifications(
      NotificationRepository repository,
      IdentityService identityService,
      SystemEngine system,
      @Value("${phoihop.base-url}") String baseUrl) {
    this.repository = repository;
    this.identityService = identityService;
    this.system = system;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Notifies every member of the given groups (each user once). Returns how many were stored. */
  @Transactional
  public int toGroups(
      Collection<String> groupIds,
      NotificationKind kind,
      String subject,
      String body,
      String businessKey,
      String taskId) {
    Map<String, User> recipients = new LinkedHashMap<>();
    // Recipients in other agencies: the caller may not list their users.
    system.run(
        () -> {
          for (String groupId : groupIds) {
            for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
              recipients.putIfAbsent(user.getId(), user);
            }
          }
        });
    if (recipients.isEmpty()) {
      log.warn("No members in groups {} for {} notification of {}", groupIds, kind, businessKey);
    }
    return store(recipients.values(), kind, subject, body, businessKey, taskId);
  }

  /** Notifies the given users. Returns how many were stored. */
  @Transactional
  public int toUsers(
      Collection<String> userIds,
      NotificationKind kind,
      String subject,
      String body,
      String businessKey,
      String taskId) {
    Map<String, User> recipients = new LinkedHashMap<>();
    // Recipients in other agencies: the caller may not list their users.
    system.run(
        () -> {
          for (String userId : userIds) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
              log.warn("Unknown recipient {} for {} notification of {}", userId, kind, businessKey);
            } else {
              recipients.putIfAbsent(user.getId(), user);
            }
          }
        });
    return store(recipients.values(), kind, subject, body, businessKey, taskId);
  }

  /** The Tasklist address of a task. */
  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  private int store(
      Collection<User> recipients,
      NotificationKind kind,
      String subject,
      String body,
      String businessKey,
      String taskId) {
    Instant now = Clocks.now();
    String link = taskId == null ? null : taskLink(taskId);
    List<Notification> rows =
        recipients.stream()
            .map(
                user ->
                    new Notification(
                        user.getId(),
                        blankToNull(user.getEmail()),
                        kind,
                        subject,
                        body,
                        link,
                        businessKey,
                        taskId,
                        now))
            .toList();
    repository.saveAll(rows);
    log.info(
        "Stored {} {} notification(s) for {} (task {})", rows.size(), kind, businessKey, taskId);
    return rows.size();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
