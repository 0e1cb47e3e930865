package vn.phoihop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * What the models under {@code bpmn/} and the forms under {@code forms/} read and write, found by
 * parsing them: JUEL identifiers of every {@code ${…}} / {@code #{…}} (with Camunda's own JUEL
 * parser), FEEL names of the rating and routing tables and of the forms' expressions and templates,
 * variable names in attributes ({@code camunda:in source}, {@code camunda:resultVariable}, …) and
 * the fields each form submits.
 */
final class ModelScan {

  static final Path BPMN = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String DMN_CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

  /** Names the engine itself gives expressions (not variables, not beans). */
  static final Set<String> ENGINE_NAMES =
      Set.of(
          "execution",
          "task",
          "externalTask",
          "caseExecution",
          "authenticatedUserId",
          "decisionResult");

  private static final Set<String> FEEL_KEYWORDS =
      Set.of(
          "true",
          "false",
          "null",
          "and",
          "or",
          "not",
          "if",
          "then",
          "else",
          "for",
          "in",
          "return",
          "some",
          "every",
          "satisfies",
          "instance",
          "of",
          "between",
          "function",
          "external",
          "this",
          "parent");

  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
  private static final Pattern FEEL_NAME =
      Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  /** One name at one place: {@code where} says which model, element and attribute. */
  record Use(String name, String where) {}

  /** A JUEL identifier; {@code memberRoot} when a property or method of it is taken. */
  record Identifier(String name, boolean memberRoot) {}

  /** One JUEL expression in a model file, with the attribute (or element) it sits in. */
  record Expression(String text, String attribute, String where) {}

  /**
   * The fields a form submits (top-level variable names; form-js does not submit disabled fields)
   * and the variables it only shows (templates, FEEL, disabled fields, {@code valuesKey}).
   */
  record Form(String id, Set<String> submits, List<Use> shows) {}

  /** What one process reads and writes, and which forms its start event and user tasks use. */
  static final class Process {
    final String key;
    final List<Use> reads = new ArrayList<>();
    final List<Use> writes = new ArrayList<>();
    final Set<String> outputsOfCalledProcesses = new LinkedHashSet<>();
    final Set<String> startForms = new LinkedHashSet<>();
    final Set<String> taskForms = new LinkedHashSet<>();
    boolean defined;

    Process(String key) {
      this.key = key;
    }
  }

  private ModelScan() {}

  static List<Path> files(Path dir, String... suffixes) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s)))
          .sorted()
          .toList();
    }
  }

  // ---------------------------------------------------------------- JUEL

  static List<Identifier> juelIdentifiers(String text) {
    List<Identifier> found = new ArrayList<>();
    try {
      Node root =
          new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS)
              .build(text)
              .getRoot();
      collect(root, false, found);
    } catch (TreeBuilderException e) {
      throw new IllegalArgumentException("Not a JUEL expression: " + text, e);
    }
    return found;
  }

  private static void collect(Node node, boolean memberRoot, List<Identifier> found) {
    if (node instanceof IdentifierNode identifier) {
      found.add(new Identifier(identifier.getName(), memberRoot));
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      collect(node.getChild(i), node instanceof AstProperty && i == 0, found);
    }
  }

  private static boolean isJuel(String text) {
    return text.contains("${") || text.contains("#{");
  }

  /** Every JUEL expression in every attribute and text of a BPMN or DMN file. */
  static List<Expression> expressions(Path file) {
    List<Expression> found = new ArrayList<>();
    Document document = xml(file);
    walk(
        document.getDocumentElement(),
        (element, where) -> {
          NamedNodeMap attributes = element.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (isJuel(attribute.getValue())) {
              found.add(
                  new Expression(
                      attribute.getValue(),
                      attribute.getLocalName(),
                      file.getFileName() + " " + where + " @" + attribute.getName()));
            }
          }
          String text = ownText(element);
          if (isJuel(text)) {
            found.add(
                new Expression(
                    text,
                    element.getLocalName(),
                    file.getFileName() + " " + where + " <" + element.getTagName() + ">"));
          }
        });
    return found;
  }

  // ---------------------------------------------------------------- FEEL

  static Set<String> feelNames(String feel) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = FEEL_NAME.matcher(FEEL_STRING.matcher(feel).replaceAll(" "));
    while (matcher.find()) {
      if (!FEEL_KEYWORDS.contains(matcher.group(1))) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  static Set<String> templateNames(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = TEMPLATE.matcher(template);
    while (matcher.find()) {
      names.addAll(feelNames(matcher.group(1).replaceAll("^\\s*[#/]\\w+", " ")));
    }
    return names;
  }

  // ---------------------------------------------------------------- forms

  static Map<String, Form> forms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Form> forms = new LinkedHashMap<>();
    for (Path file : files(FORMS, ".form")) {
      JsonNode schema = json.readTree(file.toFile());
      String id = schema.path("id").asText();
      Form form = new Form(id, new LinkedHashSet<>(), new ArrayList<>());
      Set<String> nested = new LinkedHashSet<>();
      component(schema, false, form, nested, "form " + id);
      // FEEL inside a dynamic list or a group with a path may name the fields next to it
      form.shows().removeIf(use -> nested.contains(use.name()));
      forms.put(id, form);
    }
    return forms;
  }

  private static void component(
      JsonNode component, boolean underPath, Form form, Set<String> nested, String where) {
    String here = component.has("id") ? where + " #" + component.get("id").asText() : where;
    boolean disabled =
        component.path("disabled").isBoolean() && component.get("disabled").asBoolean();
    for (String field : List.of("path", "key")) {
      if (component.has(field)) {
        String variable = firstSegment(component.get(field).asText());
        if (underPath) {
          nested.add(variable);
        } else if (disabled) {
          form.shows().add(new Use(variable, here + " (disabled " + field + ")"));
        } else {
          form.submits().add(variable);
        }
      }
    }
    if (component.has("valuesKey")) {
      form.shows().add(new Use(component.get("valuesKey").asText(), here + " valuesKey"));
    }
    component
        .fields()
        .forEachRemaining(
            field -> {
              if (!"components".equals(field.getKey())) {
                expressions(field.getValue(), here + " " + field.getKey(), form);
              }
            });
    for (JsonNode child : component.path("components")) {
      component(child, underPath || component.has("path"), form, nested, where);
    }
  }

  /** FEEL ({@code =…}) and templates ({@code {{…}}}) in a property, nested ones included. */
  private static void expressions(JsonNode value, String where, Form form) {
    if (value.isTextual()) {
      String text = value.asText();
      Set<String> names = text.startsWith("=") ? feelNames(text.substring(1)) : templateNames(text);
      names.forEach(name -> form.shows().add(new Use(name, where)));
    } else if (value.isObject()) {
      value
          .fields()
          .forEachRemaining(
              field -> expressions(field.getValue(), where + "." + field.getKey(), form));
    } else if (value.isArray()) {
      value.forEach(item -> expressions(item, where, form));
    }
  }

  private static String firstSegment(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  // ---------------------------------------------------------------- processes

  /** Reads and writes of every process in {@code bpmn/}, by process key. */
  static Map<String, Process> processes(Set<String> beans) throws IOException {
    Map<String, Process> processes = new LinkedHashMap<>();
    Map<String, List<Use>> decisionReads = decisionReads();
    for (Path file : files(BPMN, ".bpmn")) {
      Document document = xml(file);
      NodeList elements = document.getElementsByTagNameNS(BPMN_NS, "process");
      for (int i = 0; i < elements.getLength(); i++) {
        Element element = (Element) elements.item(i);
        Process process = processes.computeIfAbsent(element.getAttribute("id"), Process::new);
        process.defined = true;
        scanProcess(element, process, processes, decisionReads, beans);
      }
    }
    return processes;
  }

  private static void scanProcess(
      Element processElement,
      Process process,
      Map<String, Process> processes,
      Map<String, List<Use>> decisionReads,
      Set<String> beans) {
    String key = process.key;
    walk(
        processElement,
        (element, where) -> {
          String at = key + " " + where;
          String name = element.getLocalName();
          boolean camunda = CAMUNDA_NS.equals(element.getNamespaceURI());
          if (camunda && ("in".equals(name) || "out".equals(name))) {
            callMapping(element, "in".equals(name), process, processes, at, beans);
            return;
          }
          NamedNodeMap attributes = element.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (isJuel(attribute.getValue())) {
              reads(attribute.getValue(), at + " @" + attribute.getName(), process.reads, beans);
            }
          }
          String text = ownText(element);
          if (isJuel(text)) {
            reads(text, at + " <" + element.getTagName() + ">", process.reads, beans);
          }
          String collection = element.getAttributeNS(CAMUNDA_NS, "collection");
          if (!collection.isEmpty() && !isJuel(collection)) {
            process.reads.add(new Use(collection, at + " @camunda:collection"));
          }
          for (String written : List.of("resultVariable", "elementVariable", "initiator")) {
            String variable = element.getAttributeNS(CAMUNDA_NS, written);
            if (!variable.isEmpty()) {
              process.writes.add(new Use(variable, at + " @camunda:" + written));
            }
          }
          if (camunda && ("inputParameter".equals(name) || "outputParameter".equals(name))) {
            process.writes.add(
                new Use(element.getAttribute("name"), at + " camunda:" + name + " name"));
          }
          String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
          if (!formRef.isEmpty()) {
            ("startEvent".equals(name) ? process.startForms : process.taskForms).add(formRef);
          }
          String decisionRef = element.getAttributeNS(CAMUNDA_NS, "decisionRef");
          if ("businessRuleTask".equals(name) && !decisionRef.isEmpty()) {
            List<Use> inputs = decisionReads.get(decisionRef);
            if (inputs == null) {
              throw new IllegalStateException(at + " names unknown decision " + decisionRef);
            }
            inputs.forEach(use -> process.reads.add(new Use(use.name(), at + " " + use.where())));
          }
        });
  }

  /**
   * {@code camunda:in} reads the caller's variables and writes the called process's; {@code
   * camunda:out} reads the called process's and writes the caller's (checked where they come from).
   */
  private static void callMapping(
      Element mapping,
      boolean in,
      Process caller,
      Map<String, Process> processes,
      String at,
      Set<String> beans) {
    Element callActivity = (Element) mapping.getParentNode().getParentNode();
    String calledElement = callActivity.getAttribute("calledElement");
    if (isJuel(calledElement)) {
      throw new IllegalStateException(at + ": calledElement must be a process key");
    }
    Process called = processes.computeIfAbsent(calledElement, Process::new);
    String tag = at + " <camunda:" + (in ? "in" : "out") + ">";
    Process source = in ? caller : called;
    String variable = mapping.getAttribute("source");
    if (!variable.isEmpty()) {
      source.reads.add(new Use(variable, tag + " source (" + caller.key + ")"));
    }
    for (String expression : List.of("sourceExpression", "businessKey")) {
      String text = mapping.getAttribute(expression);
      if (isJuel(text)) {
        reads(text, tag + " " + expression + " (" + caller.key + ")", source.reads, beans);
      }
    }
    String target = mapping.getAttribute("target");
    if (!target.isEmpty()) {
      if (in) {
        called.writes.add(new Use(target, tag + " target (" + caller.key + ")"));
      } else {
        caller.outputsOfCalledProcesses.add(target);
      }
    }
  }

  private static void reads(String expression, String where, List<Use> reads, Set<String> beans) {
    for (Identifier identifier : juelIdentifiers(expression)) {
      if (!beans.contains(identifier.name()) && !ENGINE_NAMES.contains(identifier.name())) {
        reads.add(new Use(identifier.name(), where));
      }
    }
  }

  /** Per decision id: the variables its input expressions and rules read. */
  private static Map<String, List<Use>> decisionReads() throws IOException {
    Map<String, List<Use>> reads = new LinkedHashMap<>();
    for (Path file : files(BPMN, ".dmn")) {
      Document document = xml(file);
      NodeList decisions = document.getElementsByTagNameNS("*", "decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        Element decision = (Element) decisions.item(i);
        List<Use> uses = new ArrayList<>();
        Set<String> inputVariables = new LinkedHashSet<>(Set.of("cellInput"));
        NodeList inputs = decision.getElementsByTagNameNS("*", "input");
        for (int j = 0; j < inputs.getLength(); j++) {
          String variable =
              ((Element) inputs.item(j)).getAttributeNS(DMN_CAMUNDA_NS, "inputVariable");
          if (!variable.isEmpty()) {
            inputVariables.add(variable);
          }
        }
        for (String tag : List.of("inputExpression", "inputEntry", "outputEntry")) {
          NodeList cells = decision.getElementsByTagNameNS("*", tag);
          for (int j = 0; j < cells.getLength(); j++) {
            Element cell = (Element) cells.item(j);
            String text = cell.getTextContent().strip();
            String where =
                file.getFileName()
                    + " "
                    + decision.getAttribute("id")
                    + " "
                    + cell.getAttribute("id");
            Set<String> names = new LinkedHashSet<>();
            if (isJuel(text)) {
              juelIdentifiers(text).forEach(id -> names.add(id.name()));
            } else {
              names.addAll(feelNames(text));
            }
            names.removeAll(inputVariables);
            names.forEach(name -> uses.add(new Use(name, where)));
          }
        }
        reads.put(decision.getAttribute("id"), uses);
      }
    }
    return reads;
  }

  // ---------------------------------------------------------------- XML

  private static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  /**
   * Visits an element and its descendants, skipping documentation, text annotations and diagrams;
   * {@code where} is the id of the element, or of the nearest one above it that has one.
   */
  private static void walk(Element element, BiConsumer<Element, String> visitor) {
    walk(element, "", visitor);
  }

  private static void walk(Element element, String idAbove, BiConsumer<Element, String> visitor) {
    String name = element.getLocalName();
    if ("documentation".equals(name)
        || "textAnnotation".equals(name)
        || "BPMNDiagram".equals(name)
        || "DMNDI".equals(name)) {
      return;
    }
    String id = element.hasAttribute("id") ? element.getAttribute("id") : idAbove;
    visitor.accept(element, id);
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        walk(child, id, visitor);
      }
    }
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      org.w3c.dom.Node child = children.item(i);
      if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
          || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString().strip();
  }
}
