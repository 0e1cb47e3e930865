package vn.phoihop.casefile;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.phoihop.agreement.AgreementCaseFiles;
import vn.phoihop.agreement.AgreementProcess;
import vn.phoihop.casefile.CaseFileView.DocumentItem;
import vn.phoihop.evaluation.EvaluationCaseFiles;
import vn.phoihop.evaluation.EvaluationProcess;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.WebappUsers;
import vn.phoihop.inforequest.InformationRequestCaseFiles;
import vn.phoihop.inforequest.InformationRequestProcess;
import vn.phoihop.referral.ReferralCaseFiles;
import vn.phoihop.referral.ReferralProcess;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.ProcessVariable;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * Which case a task belongs to, and that case's file as the signed-in Tasklist user may read it.
 * The task is looked up through the engine as that user, so the engine's authorizations decide
 * whether it exists for them; its agreement, evaluation or referral is then read by that feature's
 * own read rule. Either refusal is the same 404, so nothing tells a user that a task or case they
 * may not see exists.
 */
@Component
class CaseFiles {

  private static final ProcessVariable<Long> AGREEMENT_ID =
      ProcessVariable.longValue(AgreementProcess.Vars.AGREEMENT_ID);
  private static final ProcessVariable<Long> EVALUATION_ID =
      ProcessVariable.longValue(EvaluationProcess.Vars.EVALUATION_ID);
  private static final ProcessVariable<Long> REFERRAL_ID =
      ProcessVariable.longValue(ReferralProcess.Vars.REFERRAL_ID);
  private static final ProcessVariable<Long> REQUEST_ID =
      ProcessVariable.longValue(InformationRequestProcess.Vars.REQUEST_ID);

  private final ProcessEngine engine;
  private final SystemEngine system;
  private final WebappUsers webappUsers;
  private final AgreementCaseFiles agreements;
  private final EvaluationCaseFiles evaluations;
  private final ReferralCaseFiles referrals;
  private final InformationRequestCaseFiles informationRequests;
  private final CaseFileSections sections;
  private final long maxRequestBytes;

  CaseFiles(
      ProcessEngine engine,
      SystemEngine system,
      WebappUsers webappUsers,
      AgreementCaseFiles agreements,
      EvaluationCaseFiles evaluations,
      ReferralCaseFiles referrals,
      InformationRequestCaseFiles informationRequests,
      CaseFileSections sections,
      @Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxRequest) {
    this.engine = engine;
    this.system = system;
    this.webappUsers = webappUsers;
    this.agreements = agreements;
    this.evaluations = evaluations;
    this.referrals = referrals;
    this.informationRequests = informationRequests;
    this.sections = sections;
    this.maxRequestBytes = maxRequest.toBytes();
  }

  /** The case file of the task {@code taskId}. */
  CaseFileView view(String engineName, String taskId) {
    PhoiHopUser user = user(engineName);
    CaseRef ref = caseOf(taskId, user);
    String base = basePath(engineName, taskId);
    return switch (ref.kind()) {
      case AGREEMENT ->
          agreements
              .readable(ref.id(), user)
              .map(sections::agreement)
              .orElseThrow(() -> notFound(taskId));
      case EVALUATION ->
          evaluations
              .readable(ref.id(), user)
              .map(sections::evaluation)
              .orElseThrow(() -> notFound(taskId));
      case REFERRAL ->
          referrals
              .readable(ref.id(), user)
              .map(file -> sections.referral(file, base))
              .orElseThrow(() -> notFound(taskId));
      case INFORMATION_REQUEST ->
          informationRequests
              .readable(ref.id(), user)
              .map(sections::informationRequest)
              .orElseThrow(() -> notFound(taskId));
    };
  }

  /** Adds the {@code file} part of a multipart request to the task's referral. */
  DocumentItem upload(String engineName, String taskId, HttpServletRequest request) {
    PhoiHopUser user = user(engineName);
    long referralId = referralOf(taskId, user);
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      throw DomainException.invalid("file", Texts.text("casefile.upload.notMultipart"));
    }
    FileUpload upload = new FileUpload();
    upload.setSizeMax(maxRequestBytes);
    upload.setPartHeaderSizeMax(8 * 1024);
    upload.setFileCountMax(10);
    try {
      FileItemIterator parts = upload.getItemIterator(new ServletRequestContext(request));
      while (parts.hasNext()) {
        FileItemStream part = parts.next();
        if (!part.isFormField() && "file".equals(part.getFieldName())) {
          String name = part.getName();
          try (InputStream in = part.openStream()) {
            ReferralCaseFiles.Document document =
                referrals.upload(referralId, name, part.getContentType(), in, user);
            return sections.document(document, basePath(engineName, taskId));
          }
        }
      }
    } catch (InvalidFileNameException e) {
      throw DomainException.invalid("file", Texts.text("casefile.upload.controlCharacter"));
    } catch (FileUploadException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Header section has more than")) {
        throw DomainException.invalid("file", Texts.text("casefile.upload.nameHeaderTooLong"));
      }
      throw unreadable(e);
    } catch (IOException e) {
      throw unreadable(e);
    }
    throw DomainException.invalid("file", Texts.text("casefile.upload.missing"));
  }

  /** A multipart body that could not be read: over the request limit (413), or broken (400). */
  private static RuntimeException unreadable(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SizeException) {
        return new TooLarge(Texts.text("casefile.upload.requestTooLarge"));
      }
    }
    return DomainException.invalid("file", Texts.text("casefile.upload.unreadable"));
  }

  ReferralCaseFiles.Download download(String engineName, String taskId, String documentId) {
    PhoiHopUser user = user(engineName);
    return referrals.download(referralOf(taskId, user), documentId(documentId), user);
  }

  void remove(String engineName, String taskId, String documentId) {
    PhoiHopUser user = user(engineName);
    referrals.remove(referralOf(taskId, user), documentId(documentId), user);
  }

  /** An upload over the request limit: 413. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message);
    }

    String field() {
      return "file";
    }
  }

  enum Kind {
    AGREEMENT,
    EVALUATION,
    REFERRAL,
    INFORMATION_REQUEST
  }

  record CaseRef(Kind kind, long id) {}

  private long referralOf(String taskId, PhoiHopUser user) {
    CaseRef ref = caseOf(taskId, user);
    if (ref.kind() != Kind.REFERRAL) {
      throw DomainException.notFound(Texts.text("casefile.documents.none"));
    }
    return ref.id();
  }

  /**
   * The case of a task the user can see: the task is queried as the user (the engine's
   * authorizations apply; the webapp's filter has set the user on the engine for this request), its
   * process's variables then read by PhoiHop.
   */
  private CaseRef caseOf(String taskId, PhoiHopUser user) {
    TaskService tasks = engine.getTaskService();
    IdentityService identity = engine.getIdentityService();
    org.camunda.bpm.engine.impl.identity.Authentication before =
        identity.getCurrentAuthentication();
    Task task;
    identity.setAuthentication(user.userId(), user.groupIds());
    try {
      task = tasks.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
    if (task == null || task.getProcessInstanceId() == null) {
      throw notFound(taskId);
    }
    RuntimeService runtime = engine.getRuntimeService();
    RepositoryService repository = engine.getRepositoryService();
    return system.call(
        () -> {
          String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
          Map<String, Object> variables =
              runtime.getVariables(
                  task.getProcessInstanceId(),
                  List.of(
                      AGREEMENT_ID.name(),
                      EVALUATION_ID.name(),
                      REFERRAL_ID.name(),
                      REQUEST_ID.name()));
          Optional<CaseRef> ref =
              switch (key) {
                case ReferralProcess.KEY ->
                    REFERRAL_ID.find(variables).map(id -> new CaseRef(Kind.REFERRAL, id));
                case EvaluationProcess.KEY ->
                    EVALUATION_ID
                        .find(variables)
                        .map(id -> new CaseRef(Kind.EVALUATION, id))
                        .or(
                            () ->
                                AGREEMENT_ID
                                    .find(variables)
                                    .map(id -> new CaseRef(Kind.AGREEMENT, id)));
                case AgreementProcess.KEY ->
                    AGREEMENT_ID.find(variables).map(id -> new CaseRef(Kind.AGREEMENT, id));
                case InformationRequestProcess.KEY ->
                    REQUEST_ID.find(variables).map(id -> new CaseRef(Kind.INFORMATION_REQUEST, id));
                default -> Optional.empty();
              };
          return ref.orElseThrow(() -> notFound(taskId));
        });
  }

  /**
   * The signed-in webapp user of this request as PhoiHop's user: their groups as the engine knows
   * them now, their agency the group of type {@code agency}. No webapp login for that engine: 401.
   */
  private PhoiHopUser user(String engineName) {
    if (!engine.getName().equals(engineName)) {
      throw DomainException.notFound(Texts.text("casefile.engine.unknown", engineName));
    }
    PhoiHopUser user = webappUsers.signedIn(engineName);
    if (user == null) {
      throw new Unauthenticated(Texts.text("casefile.login.required"));
    }
    return user;
  }

  /** Not signed in to the webapps (the security filter normally answers first): 401. */
  static final class Unauthenticated extends RuntimeException {
    Unauthenticated(String message) {
      super(message);
    }
  }

  private static long documentId(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw DomainException.invalid("documentId", Texts.text("casefile.document.badId", value));
    }
  }

  private static DomainException notFound(String taskId) {
    return DomainException.notFound(Texts.text("casefile.task.notFound", taskId));
  }

  /** Where the task's case file is served, for the links it lists. */
  private static String basePath(String engineName, String taskId) {
    return "/camunda/api/tasklist/plugin/"
        + CaseFilePlugin.ID
        + "/"
        + engineName
        + "/task/"
        + taskId;
  }
}
