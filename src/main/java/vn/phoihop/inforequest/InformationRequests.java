package vn.phoihop.inforequest;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agreement.AgreementActivity;
import vn.phoihop.agreement.AgreementDirectory;
import vn.phoihop.agreement.AgreementDirectory.Facts;
import vn.phoihop.agreement.AgreementDirectory.Party;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.identity.Role;
import vn.phoihop.inforequest.InformationRequestProcess.Vars;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Asking for information over REST, and the read rule of requests.
 *
 * <ul>
 *   <li><b>Who asks whom.</b> An officer (staff, leader or liaison) of a party of an agreement in
 *       force asks another party of the same agreement. Someone who may not read the agreement gets
 *       404 (as for the agreement itself); someone who reads it but acts for no party (a manager,
 *       an administrator) gets 403.
 *   <li><b>Who reads.</b> PhoiHop's one read rule ({@link Readership}) over the request's two
 *       parties: their users, the managers of their provinces, national managers, administrators.
 *       Another party of the same agreement does not read a request between two others.
 *   <li><b>Restricted content.</b> The question and the replies of a restricted request are shown
 *       only to the officers (staff, leaders, liaisons) of its two parties; everyone else who reads
 *       it gets its metadata, with the content withheld and said so.
 * </ul>
 *
 * The content never goes into the engine: the process holds only the request's id, agreement,
 * parties and title (its subject), so neither Cockpit nor {@code /engine-rest} can show it.
 */
@Service
@Transactional
class InformationRequests {

  static final int SUBJECT_LENGTH = 500;
  static final int QUESTION_LENGTH = 20_000;

  private final InformationRequestRepository requests;
  private final AgreementDirectory agreements;
  private final Readership readership;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SystemEngine engine;
  private final InstanceAccess instanceAccess;
  private final ApplicationEventPublisher events;
  private final Notifications notifications;

  InformationRequests(
      InformationRequestRepository requests,
      AgreementDirectory agreements,
      Readership readership,
      RuntimeService runtimeService,
      TaskService taskService,
      SystemEngine engine,
      InstanceAccess instanceAccess,
      ApplicationEventPublisher events,
      Notifications notifications) {
    this.requests = requests;
    this.agreements = agreements;
    this.readership = readership;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.engine = engine;
    this.instanceAccess = instanceAccess;
    this.events = events;
    this.notifications = notifications;
  }

  /** The body of {@code POST /api/v1/agreements/{code}/information-requests}. */
  record Ask(String to, String subject, String question, Boolean restricted, String dueDate) {}

  /** Checks the request, stores it and starts its process. */
  InformationRequest ask(String agreementCode, Ask body, PhoiHopUser user) {
    Facts agreement = readableAgreement(agreementCode, user);
    String own = user.agencyCode();
    Party requester = own == null ? null : agreement.party(own).orElse(null);
    if (requester == null || !isOfficer(user)) {
      throw DomainException.forbidden(Texts.text("inforequest.ask.notParty", agreement.code()));
    }
    if (!agreement.inForce()) {
      throw DomainException.conflict(
          Texts.text("inforequest.ask.notInForce", agreement.code(), agreement.statusLabel()));
    }
    String to =
        FormInput.requiredLine("to", body.to(), 64, Texts.text("inforequest.field.to"))
            .toUpperCase(Locale.ROOT);
    Party receiver =
        agreement
            .party(to)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "to", Texts.text("inforequest.to.notParty", to, agreement.code())));
    if (receiver.agencyCode().equals(requester.agencyCode())) {
      throw DomainException.invalid("to", Texts.text("inforequest.to.self"));
    }
    String subject =
        FormInput.requiredLine(
            "subject", body.subject(), SUBJECT_LENGTH, Texts.text("inforequest.field.subject"));
    String question =
        FormInput.requiredText(
            "question", body.question(), QUESTION_LENGTH, Texts.text("inforequest.field.question"));
    if (body.dueDate() != null) {
      // No agreement has a term on information requests yet: the deadline is the configured one.
      throw DomainException.invalid(
          "dueDate", Texts.text("inforequest.dueDate.notAllowed", agreement.code()));
    }
    boolean restricted = Boolean.TRUE.equals(body.restricted());

    InformationRequest request =
        new InformationRequest(
            agreement.code(),
            requester.agencyCode(),
            receiver.agencyCode(),
            subject,
            question,
            restricted,
            user.userId(),
            Clocks.now());
    request.locate(requester.provinceCode(), receiver.provinceCode());
    requests.saveAndFlush(request);

    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.REQUEST_ID, request.getId());
    variables.put(Vars.AGREEMENT_CODE, agreement.code());
    variables.put(Vars.REQUESTER_AGENCY, requester.agencyCode());
    variables.put(Vars.RECEIVER_AGENCY, receiver.agencyCode());
    variables.put(Vars.CASE_TITLE, subject);
    String instanceId =
        engine.call(
            () ->
                runtimeService
                    .startProcessInstanceByKey(
                        InformationRequestProcess.KEY, request.code(), variables)
                    .getId());
    instanceAccess.grantProvinces(
        instanceId, List.of(requester.agencyCode(), receiver.agencyCode()));
    notifyReceiver(request, instanceId, requester, receiver, agreement.code());
    events.publishEvent(
        new AgreementActivity(
            agreement.code(),
            AgreementActivity.Kind.INFORMATION_REQUESTED,
            user.userId(),
            requester.agencyCode(),
            restricted
                ? Texts.text(
                    "inforequest.timeline.requestedRestricted",
                    requester.agencyName(),
                    receiver.agencyName(),
                    request.code())
                : Texts.text(
                    "inforequest.timeline.requested",
                    requester.agencyName(),
                    receiver.agencyName(),
                    subject,
                    request.code())));
    return request;
  }

  /**
   * The receiver's officers learn that a request arrived, with its deadline and the task's link; a
   * restricted request's subject is not put in a mail.
   */
  private void notifyReceiver(
      InformationRequest request,
      String instanceId,
      Party requester,
      Party receiver,
      String agreementCode) {
    Task task =
        engine.call(
            () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult());
    String about =
        request.isRestricted()
            ? Texts.text("inforequest.mail.restrictedSubject")
            : Texts.text("inforequest.mail.subjectLine", request.getSubject());
    notifications.toGroups(
        List.of(
            Groups.unitRole(receiver.agencyCode(), Role.STAFF),
            Groups.unitRole(receiver.agencyCode(), Role.LIAISON),
            Groups.unitRole(receiver.agencyCode(), Role.LEADER)),
        NotificationKind.INFO,
        Texts.text("inforequest.mail.askedSubject", request.code(), requester.agencyName()),
        Texts.text(
            "inforequest.mail.askedBody",
            requester.agencyName(),
            agreementCode,
            about,
            task == null || task.getDueDate() == null
                ? Texts.text("inforequest.mail.noDue")
                : VietnameseFormats.date(task.getDueDate())),
        request.code(),
        task == null ? null : task.getId());
  }

  /** One request as {@code user} may see it (404 if there is none, 403 if not theirs). */
  @Transactional(readOnly = true)
  InformationRequestView view(long id, PhoiHopUser user) {
    return view(readable(id, user), user);
  }

  /** The requests of one agreement the caller may read, newest first, as they may see them. */
  @Transactional(readOnly = true)
  List<InformationRequestView> views(String agreementCode, PhoiHopUser user) {
    return ofAgreement(agreementCode, user).stream().map(r -> view(r, user)).toList();
  }

  private InformationRequestView view(InformationRequest request, PhoiHopUser user) {
    Facts agreement = agreements.find(request.getAgreementCode()).orElse(null);
    Map<String, String> names =
        agreement == null
            ? Map.of()
            : agreement.parties().stream()
                .collect(Collectors.toMap(Party::agencyCode, Party::agencyName, (a, b) -> a));
    return InformationRequestView.of(
        request,
        readsContent(user, request),
        Texts.text("inforequest.withheld"),
        dueAt(request),
        code -> names.getOrDefault(code, code));
  }

  /** When the open reply task is due, if there is one. */
  private Instant dueAt(InformationRequest request) {
    Task task =
        engine.call(
            () ->
                taskService
                    .createTaskQuery()
                    .processDefinitionKey(InformationRequestProcess.KEY)
                    .processInstanceBusinessKey(request.code())
                    .singleResult());
    Date due = task == null ? null : task.getDueDate();
    return due == null ? null : due.toInstant();
  }

  /** One request, if the caller may read it (404 if there is none, 403 if not theirs). */
  @Transactional(readOnly = true)
  InformationRequest readable(long id, PhoiHopUser user) {
    InformationRequest request =
        requests
            .findById(id)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        Texts.text("inforequest.notFound", String.valueOf(id))));
    if (!reads(readership.of(user), request)) {
      throw DomainException.forbidden(Texts.text("inforequest.read.forbidden"));
    }
    return request;
  }

  /** The requests of one agreement the caller may read, newest first. */
  @Transactional(readOnly = true)
  List<InformationRequest> ofAgreement(String agreementCode, PhoiHopUser user) {
    Facts agreement = readableAgreement(agreementCode, user);
    Readership.Reader reader = readership.of(user);
    return requests.findByAgreementCodeOrderByIdDesc(agreement.code()).stream()
        .filter(r -> reads(reader, r))
        .toList();
  }

  /**
   * Whether {@code user} reads the question and replies of {@code request}: always for a request
   * that is not restricted (they read it), otherwise only an officer of one of its two parties.
   */
  boolean readsContent(PhoiHopUser user, InformationRequest request) {
    if (!request.isRestricted()) {
      return true;
    }
    return isOfficer(user)
        && readership.of(user).agencyCodes().stream()
            .anyMatch(
                a ->
                    a.equals(request.getRequesterAgency())
                        || a.equals(request.getReceiverAgency()));
  }

  private Facts readableAgreement(String agreementCode, PhoiHopUser user) {
    Facts agreement =
        agreements
            .find(agreementCode)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        Texts.text("inforequest.agreementNotFound", agreementCode)));
    boolean reads =
        readership
            .of(user)
            .reads(
                agreement.parties().stream().map(Party::agencyCode).toList(),
                agreement.parties().stream().map(Party::provinceCode).toList());
    if (!reads) {
      throw DomainException.notFound(Texts.text("inforequest.agreementNotFound", agreementCode));
    }
    return agreement;
  }

  static boolean reads(Readership.Reader reader, InformationRequest request) {
    return reader.reads(
        java.util.Arrays.asList(request.getRequesterAgency(), request.getReceiverAgency()),
        java.util.Arrays.asList(request.getRequesterProvince(), request.getReceiverProvince()));
  }

  /** Staff, leaders and liaisons act for their agency; managers and administrators oversee. */
  private static boolean isOfficer(PhoiHopUser user) {
    return user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER) || user.hasRole(Role.LIAISON);
  }
}
