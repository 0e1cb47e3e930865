package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import vn.phoihop.agreement.AgreementProcess;
import vn.phoihop.campaign.CampaignProcess;
import vn.phoihop.evaluation.EvaluationProcess;
import vn.phoihop.inforequest.InformationRequestProcess;
import vn.phoihop.referral.ReferralProcess;

/**
 * The strings that tie Java to the models are spelled once, in the process classes, and every one
 * of them is true: each {@code Elements} constant is an element of its model and each user task of
 * the model is named there; each {@code Messages} constant is a message of the model and back; each
 * {@code Vars} name is used by the model, its forms or Java; each {@code FormFields} constant is a
 * field of one of the process's forms; every user task with a due date has its entry in {@code
 * deadline-policy.yaml} and every entry is such a task; every form a model names exists and every
 * form is named by a model.
 */
class ProcessContractTests {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final Map<String, Class<?>> PROCESS_CLASSES =
      Map.of(
          AgreementProcess.KEY, AgreementProcess.class,
          EvaluationProcess.KEY, EvaluationProcess.class,
          ReferralProcess.KEY, ReferralProcess.class,
          CampaignProcess.KEY, CampaignProcess.class,
          InformationRequestProcess.KEY, InformationRequestProcess.class);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coordination-agreement",
        "agreement-evaluation",
        "case-referral",
        "report-campaign",
        "information-request"
      })
  void elementConstantsAreTheModelsElementsAndNameEveryUserTask(String key) throws Exception {
    BpmnModelInstance model = model(key);
    Map<String, String> elements = constants(key, "Elements");
    assertThat(elements).as("%s has Elements constants", key).isNotEmpty();
    for (Map.Entry<String, String> element : elements.entrySet()) {
      assertThat((Object) model.getModelElementById(element.getValue()))
          .as("%s.Elements.%s = %s in the model", key, element.getKey(), element.getValue())
          .isNotNull();
    }
    Set<String> userTasks = ids(model.getModelElementsByType(UserTask.class));
    assertThat(elements.values())
        .as("user tasks of %s named in Elements", key)
        .containsAll(userTasks);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coordination-agreement",
        "agreement-evaluation",
        "case-referral",
        "report-campaign",
        "information-request"
      })
  void messageConstantsAreExactlyTheModelsMessages(String key) throws Exception {
    Set<String> inModel = new TreeSet<>();
    for (Message message : model(key).getModelElementsByType(Message.class)) {
      inModel.add(message.getName());
    }
    assertThat(new TreeSet<>(constants(key, "Messages").values()))
        .as("%s.Messages against the model's messages", key)
        .isEqualTo(inModel);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coordination-agreement",
        "agreement-evaluation",
        "case-referral",
        "report-campaign",
        "information-request"
      })
  void everyVariableNameIsUsedByTheModelItsFormsOrJava(String key) throws Exception {
    Map<String, String> vars = constants(key, "Vars");
    assertThat(vars).as("%s has Vars constants", key).isNotEmpty();
    String model = Files.readString(file(key));
    StringBuilder forms = new StringBuilder();
    for (String form : formsOf(model(key))) {
      forms.append(Files.readString(formFiles().get(form)));
    }
    String java = javaSources();
    List<String> unused = new ArrayList<>();
    for (Map.Entry<String, String> var : vars.entrySet()) {
      String name = var.getValue();
      boolean inModel = model.matches("(?s).*\\b" + name + "\\b.*");
      boolean inForms = forms.indexOf("\"" + name + "\"") >= 0 || forms.indexOf(name) >= 0;
      boolean inJava = Pattern.compile("\\bVars\\." + var.getKey() + "\\b").matcher(java).find();
      if (!inModel && !inForms && !inJava) {
        unused.add(var.getKey() + " = " + name);
      }
    }
    assertThat(unused).as("%s.Vars nobody uses", key).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coordination-agreement",
        "agreement-evaluation",
        "case-referral",
        "report-campaign",
        "information-request"
      })
  void formFieldConstantsAreFieldsOfTheProcessForms(String key) throws Exception {
    Map<String, String> fields = constants(key, "FormFields");
    // A form field is submitted (key, path) or shown (an expression, a template, valuesKey).
    Set<String> keys = new LinkedHashSet<>();
    StringBuilder shown = new StringBuilder();
    for (String form : formsOf(model(key))) {
      collectKeys(new ObjectMapper().readTree(formFiles().get(form).toFile()), keys);
      shown.append(Files.readString(formFiles().get(form)));
    }
    List<String> missing = new ArrayList<>();
    fields.forEach(
        (constant, field) -> {
          if (!keys.contains(field)
              && !Pattern.compile("\\b" + Pattern.quote(field) + "\\b").matcher(shown).find()) {
            missing.add(constant + " = " + field);
          }
        });
    assertThat(missing).as("%s.FormFields that no form of the process has", key).isEmpty();
  }

  @Test
  void theDeadlinePolicyHasOneEntryPerUserTaskWithADueDate() throws Exception {
    Set<String> dueTasks = new TreeSet<>();
    Set<String> userTasks = new TreeSet<>();
    for (String key : PROCESS_CLASSES.keySet()) {
      for (UserTask task : model(key).getModelElementsByType(UserTask.class)) {
        userTasks.add(task.getId());
        if (task.getCamundaDueDate() != null && task.getCamundaDueDate().contains("deadlines.")) {
          dueTasks.add(task.getId());
        }
      }
    }
    assertThat(dueTasks).isNotEmpty();
    assertThat(policyKeys())
        .as("user tasks whose due date the policy computes have a policy entry")
        .containsAll(dueTasks);
    // A policy entry is a user task's, or a rule a model names by itself (a leader's notice).
    Set<String> named = new TreeSet<>(userTasks);
    for (String key : PROCESS_CLASSES.keySet()) {
      Matcher literal =
          Pattern.compile("deadlines\\.[^}]*'(\\w+)'").matcher(Files.readString(file(key)));
      while (literal.find()) {
        named.add(literal.group(1));
      }
    }
    assertThat(named)
        .as("every deadline-policy.yaml entry is a user task or a rule a model names")
        .containsAll(policyKeys());
  }

  @Test
  void everyFormAModelNamesExistsAndEveryFormIsNamed() throws Exception {
    Set<String> named = new TreeSet<>();
    for (String key : PROCESS_CLASSES.keySet()) {
      named.addAll(formsOf(model(key)));
    }
    assertThat(formFiles().keySet())
        .as("forms in forms/ against forms the models name")
        .containsExactlyInAnyOrderElementsOf(named);
  }

  @Test
  void eachProcessClassIsTheOnlyProcessOfItsModel() throws Exception {
    for (String key : PROCESS_CLASSES.keySet()) {
      List<String> processes = new ArrayList<>();
      for (Process process : model(key).getModelElementsByType(Process.class)) {
        processes.add(process.getId());
      }
      assertThat(processes).as("processes in %s", file(key)).containsExactly(key);
    }
  }

  private static Map<String, String> constants(String key, String nested) {
    Class<?> process = PROCESS_CLASSES.get(key);
    Map<String, String> constants = new LinkedHashMap<>();
    for (Class<?> inner : process.getDeclaredClasses()) {
      if (!inner.getSimpleName().equals(nested)) {
        continue;
      }
      for (Field field : inner.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            && Modifier.isFinal(modifiers)
            && field.getType() == String.class) {
          try {
            field.setAccessible(true);
            constants.put(field.getName(), (String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return constants;
  }

  private static Set<String> formsOf(BpmnModelInstance model) {
    Set<String> forms = new TreeSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        forms.add(task.getCamundaFormRef());
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        forms.add(start.getCamundaFormRef());
      }
    }
    return forms;
  }

  private static Map<String, Path> formFiles() throws IOException {
    Map<String, Path> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        forms.put(new ObjectMapper().readTree(file.toFile()).path("id").asText(), file);
      }
    }
    return forms;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("key")) {
        keys.add(node.get("key").asText());
      }
      if (node.hasNonNull("path")) {
        keys.add(node.get("path").asText());
      }
      node.elements().forEachRemaining(child -> collectKeys(child, keys));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectKeys(child, keys));
    }
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> policyKeys() throws IOException {
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/deadline-policy.yaml"))) {
      Map<String, Object> root = new Yaml().load(in);
      Map<String, Object> phoihop = (Map<String, Object>) root.get("phoihop");
      Map<String, Object> deadlines = (Map<String, Object>) phoihop.get("deadlines");
      return ((Map<String, Object>) deadlines.get("policies")).keySet();
    }
  }

  private static Path file(String key) throws IOException {
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        if (Files.readString(file).contains("id=\"" + key + "\"")) {
          return file;
        }
      }
    }
    throw new IllegalStateException("No model has process " + key);
  }

  private static BpmnModelInstance model(String key) throws IOException {
    return Bpmn.readModelFromFile(file(key).toFile());
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    Set<String> ids = new TreeSet<>();
    elements.forEach(element -> ids.add(element.getId()));
    return ids;
  }

  private static String javaSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(file));
      }
    }
    return all.toString();
  }
}
