package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The modelling rules of {@code docs/process-conventions.md} that a reader of the XML would
 * otherwise have to check by hand, over every model in {@code bpmn/}: version tags, default flows,
 * async boundaries at parallel joins, retry cycles on every job, no task repeating its own id in a
 * deadline expression.
 */
class ModelConventionsTests {

  private static final Path BPMN = Path.of("bpmn");
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** The version tag scheme: year and month of the release, an optional sequence number. */
  static final Pattern VERSION_TAG = Pattern.compile("\\d{4}\\.(0[1-9]|1[0-2])(\\.\\d+)?");

  /** The retry cycle of every job the models create. */
  static final String RETRY_CYCLE = "R5/PT5M";

  private static final Pattern DEADLINE_CALL = Pattern.compile("deadlines\\.\\w+\\(([^}]*)\\)");

  @Test
  void everyProcessCarriesTheReleaseVersionTag() throws IOException {
    Map<String, String> tags = new TreeMap<>();
    for (BpmnModelInstance model : models().values()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        tags.put(process.getId(), String.valueOf(process.getCamundaVersionTag()));
      }
    }
    assertThat(tags).isNotEmpty();
    assertThat(tags.values())
        .as("version tags %s", tags)
        .allSatisfy(tag -> assertThat(tag).matches(VERSION_TAG));
    assertThat(tags.values().stream().distinct())
        .as("one release, one tag on every model: %s", tags)
        .hasSize(1);
  }

  @Test
  void everyDecidingExclusiveGatewayHasADefaultFlowWithoutCondition() throws IOException {
    List<String> problems = new ArrayList<>();
    models()
        .forEach(
            (file, model) -> {
              for (ExclusiveGateway gateway :
                  model.getModelElementsByType(ExclusiveGateway.class)) {
                if (gateway.getOutgoing().size() < 2) {
                  continue;
                }
                SequenceFlow fallback = gateway.getDefault();
                String where = file + "#" + gateway.getId();
                if (fallback == null) {
                  problems.add(where + " has no default flow");
                } else if (fallback.getConditionExpression() != null) {
                  problems.add(where + ": default " + fallback.getId() + " has a condition");
                }
                gateway.getOutgoing().stream()
                    .filter(flow -> flow != fallback && flow.getConditionExpression() == null)
                    .forEach(
                        flow -> problems.add(where + ": " + flow.getId() + " has no condition"));
              }
            });
    assertThat(problems).isEmpty();
  }

  /**
   * A parallel multi-instance joins by counting completed instances on one shared execution, a
   * parallel gateway by counting arrived branches: each inner instance must end at an async
   * boundary, and a joining gateway must start with one, or two users completing at once collide.
   */
  @Test
  void everyParallelJoinHasAnAsyncBoundary() throws IOException {
    List<String> problems = new ArrayList<>();
    models()
        .forEach(
            (file, model) -> {
              for (MultiInstanceLoopCharacteristics loop :
                  model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
                Activity activity = (Activity) loop.getParentElement();
                if (!loop.isSequential() && !loop.isCamundaAsyncAfter()) {
                  problems.add(file + "#" + activity.getId() + ": inner instance not asyncAfter");
                }
              }
              for (ParallelGateway join : model.getModelElementsByType(ParallelGateway.class)) {
                if (join.getIncoming().size() > 1 && !join.isCamundaAsyncBefore()) {
                  problems.add(file + "#" + join.getId() + ": joining gateway not asyncBefore");
                }
              }
            });
    assertThat(problems).isEmpty();
  }

  /**
   * Every job the models create retries on the same cycle: timers (the job that fires them runs
   * what follows up to the next wait state) and async continuations. Service tasks right after a
   * timer run in a job of their own, so a failing delegate is retried without firing the timer
   * again.
   */
  @Test
  void everyJobHasTheRetryCycleAndTimerDrivenServiceTasksRunInTheirOwnJob() throws IOException {
    List<String> problems = new ArrayList<>();
    models()
        .forEach(
            (file, model) -> {
              for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
                if (!event.getEventDefinitions().stream()
                    .anyMatch(TimerEventDefinition.class::isInstance)) {
                  continue;
                }
                checkCycle(file, event, problems);
                for (SequenceFlow flow : event.getOutgoing()) {
                  if (flow.getTarget() instanceof ServiceTask task
                      && !task.isCamundaAsyncBefore()) {
                    problems.add(file + "#" + task.getId() + " follows a timer but is not async");
                  }
                }
              }
              for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
                  checkCycle(file, node, problems);
                  checkExclusive(file, node, node.isCamundaExclusive(), problems);
                }
              }
              for (MultiInstanceLoopCharacteristics loop :
                  model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
                if (loop.isCamundaAsyncBefore() || loop.isCamundaAsyncAfter()) {
                  checkCycle(file, loop, problems);
                  checkExclusive(file, loop, loop.isCamundaExclusive(), problems);
                }
              }
            });
    assertThat(problems).isEmpty();
  }

  /** The policy key of a task's deadline is the task's own id, read from the execution. */
  @Test
  void noTaskRepeatsItsOwnIdInADeadlineExpression() throws Exception {
    List<String> repeated = new ArrayList<>();
    for (Path file : files()) {
      Document document = xml(file);
      NodeList tasks = document.getElementsByTagNameNS(BPMN_NS, "userTask");
      for (int i = 0; i < tasks.getLength(); i++) {
        Element task = (Element) tasks.item(i);
        repeats(file, task.getAttribute("id"), task, repeated);
      }
      NodeList boundaries = document.getElementsByTagNameNS(BPMN_NS, "boundaryEvent");
      for (int i = 0; i < boundaries.getLength(); i++) {
        Element timer = (Element) boundaries.item(i);
        repeats(file, timer.getAttribute("attachedToRef"), timer, repeated);
      }
    }
    assertThat(repeated).isEmpty();
  }

  private static void repeats(Path file, String ownId, Element element, List<String> repeated) {
    StringBuilder text = new StringBuilder();
    collect(element, text);
    Matcher call = DEADLINE_CALL.matcher(text);
    while (call.find()) {
      if (call.group(1).contains("'" + ownId + "'")) {
        repeated.add(file.getFileName() + "#" + ownId + ": " + call.group());
      }
    }
  }

  /** Attribute values and text of a node and everything in it, one per line. */
  private static void collect(Node node, StringBuilder text) {
    NamedNodeMap attributes = node.getAttributes();
    if (attributes != null) {
      for (int i = 0; i < attributes.getLength(); i++) {
        text.append(attributes.item(i).getNodeValue()).append('\n');
      }
    }
    if (node.getNodeType() == Node.TEXT_NODE) {
      text.append(node.getNodeValue()).append('\n');
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collect(child, text);
    }
  }

  private static void checkCycle(String file, BaseElement element, List<String> problems) {
    String where = file + "#" + idOf(element);
    List<String> cycles =
        element.getExtensionElements() == null
            ? List.of()
            : element
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                .list()
                .stream()
                .map(CamundaFailedJobRetryTimeCycle::getTextContent)
                .toList();
    if (!cycles.equals(List.of(RETRY_CYCLE))) {
      problems.add(where + ": retry cycle " + cycles + ", expected " + RETRY_CYCLE);
    }
  }

  private static void checkExclusive(
      String file, BaseElement element, boolean exclusive, List<String> problems) {
    if (!exclusive) {
      problems.add(file + "#" + idOf(element) + " is async but not exclusive");
    }
  }

  private static String idOf(BaseElement element) {
    if (element instanceof MultiInstanceLoopCharacteristics loop) {
      return ((BaseElement) loop.getParentElement()).getId() + " (inner instance)";
    }
    return element.getId();
  }

  private static Map<String, BpmnModelInstance> models() throws IOException {
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    for (Path file : files()) {
      models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
    }
    return models;
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(BPMN)) {
      List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).as("models in bpmn/").isNotEmpty();
      return models;
    }
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
