package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.phoihop.ModelScan.Form;
import vn.phoihop.ModelScan.Identifier;
import vn.phoihop.ModelScan.Use;
import vn.phoihop.engine.ExpressionBeans;
import vn.phoihop.engine.SystemVariables;

/**
 * Parses every model under {@code bpmn/} (BPMN and DMN) and every form under {@code forms/}, and
 * holds them to the two lists the features declare:
 *
 * <ul>
 *   <li>the expression beans ({@link ExpressionBeans}) are exactly the beans the models name: a
 *       bean a model names but no feature lists fails at run time, a listed bean that no model
 *       names widens what expressions reach for nothing;
 *   <li>every variable a model, its decision tables or its forms read is a system variable of its
 *       feature ({@link SystemVariables}) or a field one of its forms submits (or the output of a
 *       process it calls, checked in that process): anything else could be set by whoever works on
 *       a task, and re-route the instance; every variable the model itself sets is a system
 *       variable; no task form submits a system variable (the guard would refuse the form).
 * </ul>
 */
@PhoiHopIntegrationTest
class ModelExpressionsTests {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine processEngine;
  @Autowired List<ExpressionBeans> expressionBeans;
  @Autowired List<SystemVariables> systemVariables;

  private Set<String> whitelist;
  private Map<String, ModelScan.Process> processes;
  private Map<String, Form> forms;

  @BeforeEach
  void scan() throws IOException {
    whitelist =
        expressionBeans.stream()
            .flatMap(feature -> feature.names().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    processes = ModelScan.processes(whitelist);
    forms = ModelScan.forms();
  }

  @Test
  void theEngineResolvesExactlyTheListedExpressionBeans() {
    var configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getBeans().keySet()).containsExactlyInAnyOrderElementsOf(whitelist);
  }

  @Test
  void theListedExpressionBeansAreExactlyTheBeansTheModelsName() throws IOException {
    Map<String, List<String>> named = new TreeMap<>();
    for (Path file : ModelScan.files(ModelScan.BPMN, ".bpmn", ".dmn")) {
      for (ModelScan.Expression expression : ModelScan.expressions(file)) {
        for (Identifier identifier : ModelScan.juelIdentifiers(expression.text())) {
          String name = identifier.name();
          if (ModelScan.ENGINE_NAMES.contains(name)) {
            continue;
          }
          boolean bean =
              "delegateExpression".equals(expression.attribute())
                  || identifier.memberRoot()
                  || context.containsBean(name);
          if (bean) {
            named.computeIfAbsent(name, n -> new ArrayList<>()).add(expression.where());
          }
        }
      }
    }
    assertThat(named).as("beans named in bpmn/").isNotEmpty();
    Map<String, List<String>> notListed = new TreeMap<>(named);
    notListed.keySet().removeAll(whitelist);
    Set<String> notNamed = new TreeSet<>(whitelist);
    notNamed.removeAll(named.keySet());
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(notListed)
              .as("beans the models name that no feature lists in an ExpressionBeans bean")
              .isEmpty();
          softly
              .assertThat(notNamed)
              .as("listed expression beans that no model in bpmn/ names (remove them)")
              .isEmpty();
        });
  }

  @Test
  void everyProcessInTheModelsHasItsSystemVariablesAndCallsOnlyProcessesInTheModels() {
    assertThat(processes.values())
        .allSatisfy(
            process ->
                assertThat(process.defined)
                    .as(process.key + " is called but not in bpmn/")
                    .isTrue());
    assertThat(systemVariablesByProcess().keySet())
        .as("one SystemVariables bean per process in bpmn/")
        .containsExactlyInAnyOrderElementsOf(processes.keySet());
    for (ModelScan.Process process : processes.values()) {
      Set<String> formIds = new HashSet<>(process.startForms);
      formIds.addAll(process.taskForms);
      assertThat(forms.keySet()).as("forms of " + process.key).containsAll(formIds);
    }
  }

  @Test
  void everyVariableAModelOrItsFormsReadIsASystemVariableOrAFieldItsFormsSubmit() {
    Map<String, Set<String>> system = systemVariablesByProcess();
    List<String> undeclared = new ArrayList<>();
    for (ModelScan.Process process : processes.values()) {
      Set<String> declared = new HashSet<>(system.getOrDefault(process.key, Set.of()));
      declared.addAll(process.outputsOfCalledProcesses);
      List<Use> reads = new ArrayList<>(process.reads);
      for (String formId : formsOf(process)) {
        Form form = forms.get(formId);
        declared.addAll(form.submits());
        form.shows()
            .forEach(use -> reads.add(new Use(use.name(), process.key + " " + use.where())));
      }
      for (Use read : reads) {
        if (!declared.contains(read.name())) {
          undeclared.add(read.name() + " — read at " + read.where());
        }
      }
    }
    assertThat(undeclared)
        .as(
            "variables a model reads that are neither a system variable of its feature"
                + " (*SystemVariables) nor a field one of its forms submits")
        .isEmpty();
  }

  @Test
  void everyVariableAModelWritesIsASystemVariable() {
    Map<String, Set<String>> system = systemVariablesByProcess();
    List<String> undeclared = new ArrayList<>();
    for (ModelScan.Process process : processes.values()) {
      Set<String> declared = system.getOrDefault(process.key, Set.of());
      for (Use write : process.writes) {
        if (!declared.contains(write.name())) {
          undeclared.add(write.name() + " — written at " + write.where());
        }
      }
    }
    assertThat(undeclared)
        .as("variables the models set (result, element, initiator, mapped variables)")
        .isEmpty();
  }

  /**
   * the engine boundary refuses every task submission naming a system variable of any feature: a
   * task form submitting one could never be completed.
   */
  @Test
  void noTaskFormSubmitsASystemVariable() {
    Set<String> allSystem =
        systemVariables.stream()
            .flatMap(feature -> feature.names().stream())
            .collect(Collectors.toSet());
    List<String> clashes = new ArrayList<>();
    for (ModelScan.Process process : processes.values()) {
      for (String formId : process.taskForms) {
        for (String field : forms.get(formId).submits()) {
          if (allSystem.contains(field)) {
            clashes.add(field + " — submitted by form " + formId + " (" + process.key + ")");
          }
        }
      }
    }
    assertThat(clashes).as("task form fields that are system variables").isEmpty();
  }

  private Map<String, Set<String>> systemVariablesByProcess() {
    Map<String, Set<String>> byProcess = new TreeMap<>();
    for (SystemVariables feature : systemVariables) {
      assertThat(byProcess.put(feature.processKey(), feature.names()))
          .as("one SystemVariables bean for " + feature.processKey())
          .isNull();
    }
    return byProcess;
  }

  private static Set<String> formsOf(ModelScan.Process process) {
    Set<String> ids = new TreeSet<>(process.startForms);
    ids.addAll(process.taskForms);
    return ids;
  }
}
