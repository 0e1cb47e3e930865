package vn.phoihop.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  @Query(
      "select n.id from Notification n where n.status = vn.phoihop.notification.DeliveryStatus.PENDING"
          + " and n.nextAttemptAt <= :now order by n.nextAttemptAt")
  List<Long> findDueIds(@Param("now") Instant now, Pageable page);

  /**
   * Claims a due notification for one delivery attempt. Only one node's update matches, so in a
   * cluster a message is not sent twice; if the node dies mid-attempt, the lease expires and
   * another node retries.
   */
  @Modifying
  @Query(
      "update Notification n set n.attempts = n.attempts + 1, n.nextAttemptAt = :leaseUntil"
          + " where n.id = :id and n.status = vn.phoihop.notification.DeliveryStatus.PENDING"
          + " and n.nextAttemptAt <= :now")
  int claim(
      @Param("id") Long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

  List<Notification> findByRecipientUserIdOrderByCreatedAtDesc(
      String recipientUserId, Pageable page);

  List<Notification> findByBusinessKeyOrderByCreatedAt(String businessKey);

  List<Notification> findByTaskIdOrderByCreatedAt(String taskId);
}
