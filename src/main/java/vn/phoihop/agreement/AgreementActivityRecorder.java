package vn.phoihop.agreement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.shared.Clocks;

/** Puts what other features report ({@link AgreementActivity}) on the agreement's timeline. */
@Component
class AgreementActivityRecorder {

  private static final Logger log = LoggerFactory.getLogger(AgreementActivityRecorder.class);

  private final AgreementRepository agreements;

  AgreementActivityRecorder(AgreementRepository agreements) {
    this.agreements = agreements;
  }

  @EventListener
  @Transactional
  void on(AgreementActivity activity) {
    Agreement agreement = agreements.findByCode(activity.agreementCode()).orElse(null);
    if (agreement == null) {
      log.warn("Activity {} for unknown agreement {}", activity.kind(), activity.agreementCode());
      return;
    }
    TimelineAction action =
        switch (activity.kind()) {
          case INFORMATION_REQUESTED -> TimelineAction.INFORMATION_REQUESTED;
          case INFORMATION_REPLIED -> TimelineAction.INFORMATION_REPLIED;
        };
    agreement.record(
        action, activity.actor(), activity.agencyCode(), activity.detail(), null, Clocks.now());
  }
}
