#!/usr/bin/env node
// Writes the models in bpmn/ the way Camunda Modeler saves them, so that opening and saving a
// model in the Modeler changes nothing but what was edited.
//
// The Modeler (bpmn-js / dmn-js) parses a file into moddle objects and, on save, serialises them
// again with toXML({ format: true }), after setting the definitions' exporter and exporterVersion.
// This script does the same with the same libraries (bpmn-moddle + camunda-bpmn-moddle,
// dmn-moddle + camunda-dmn-moddle). It also refuses a model that the Modeler could not show in
// full: an element the parser does not know (it would be dropped on save) or a flow element,
// artifact or decision without a shape or edge in the diagram.
//
//   node scripts/bpmn-format.mjs            rewrite every .bpmn and .dmn under bpmn/
//   node scripts/bpmn-format.mjs --check    fail (exit 1) if rewriting would change any byte
//   node scripts/bpmn-format.mjs [--check] FILE...   only these files

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';

const require = createRequire(import.meta.url);
const camundaBpmn = require('camunda-bpmn-moddle/resources/camunda.json');
const camundaDmn = require('camunda-dmn-moddle/resources/camunda.json');

/** What Camunda Modeler writes into the definitions it saves. */
export const EXPORTER = 'Camunda Modeler';
export const EXPORTER_VERSION = '5.31.0';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODELS = path.join(ROOT, 'bpmn');

const KINDS = {
  '.bpmn': {
    moddle: () => new BpmnModdle({ camunda: camundaBpmn }),
    root: 'bpmn:Definitions',
    missingDiagram: bpmnElementsWithoutDiagram,
  },
  '.dmn': {
    moddle: () => new DmnModdle({ camunda: camundaDmn }),
    root: 'dmn:Definitions',
    missingDiagram: dmnElementsWithoutDiagram,
  },
};

/** The file as Camunda Modeler would save it, or problems that keep it from being saved as is. */
export async function format(file, xml) {
  const kind = KINDS[path.extname(file)];
  if (!kind) {
    return { problems: [`not a .bpmn or .dmn file`] };
  }
  const moddle = kind.moddle();
  let parsed;
  try {
    parsed = await moddle.fromXML(xml, kind.root);
  } catch (error) {
    return { problems: [`cannot be parsed: ${error.message}`] };
  }
  const { rootElement: definitions, warnings } = parsed;
  const problems = warnings.map((warning) => `parser: ${warning.message}`);
  problems.push(...kind.missingDiagram(definitions));
  definitions.exporter = EXPORTER;
  definitions.exporterVersion = EXPORTER_VERSION;
  const { xml: formatted } = await moddle.toXML(definitions, { format: true });
  return { problems, formatted };
}

function bpmnElementsWithoutDiagram(definitions) {
  const drawn = new Set();
  for (const diagram of definitions.diagrams || []) {
    if (diagram.plane?.bpmnElement) {
      drawn.add(diagram.plane.bpmnElement);
    }
    for (const di of diagram.plane?.planeElement || []) {
      if (di.bpmnElement) {
        drawn.add(di.bpmnElement);
      }
    }
  }
  const missing = [];
  const visit = (container) => {
    for (const element of [...(container.flowElements || []), ...(container.artifacts || [])]) {
      if (!drawn.has(element)) {
        missing.push(`${element.$type} ${element.id} has no shape or edge in the diagram`);
      }
      if (element.flowElements) {
        visit(element);
      }
    }
  };
  for (const root of definitions.rootElements || []) {
    if (root.$type === 'bpmn:Process') {
      if (!drawn.has(root)) {
        missing.push(`process ${root.id} has no diagram plane`);
      }
      visit(root);
    } else if (root.$type === 'bpmn:Collaboration') {
      for (const element of [...(root.participants || []), ...(root.messageFlows || [])]) {
        if (!drawn.has(element)) {
          missing.push(`${element.$type} ${element.id} has no shape or edge in the diagram`);
        }
      }
    }
  }
  return missing;
}

function dmnElementsWithoutDiagram(definitions) {
  const drawn = new Set();
  for (const diagram of definitions.dmnDI?.diagrams || []) {
    for (const di of diagram.diagramElements || []) {
      if (di.dmnElementRef) {
        drawn.add(di.dmnElementRef);
      }
    }
  }
  return (definitions.drgElement || [])
    .filter((element) => !drawn.has(element))
    .map((element) => `${element.$type} ${element.id} has no shape in the diagram`);
}

async function modelFiles() {
  const names = await readdir(MODELS);
  return names
    .filter((name) => KINDS[path.extname(name)])
    .sort()
    .map((name) => path.join(MODELS, name));
}

async function main(args) {
  const check = args.includes('--check');
  const named = args.filter((arg) => arg !== '--check');
  const files = named.length ? named.map((file) => path.resolve(file)) : await modelFiles();
  let failed = false;
  for (const file of files) {
    const shown = path.relative(process.cwd(), file);
    const xml = await readFile(file, 'utf8');
    const { problems, formatted } = await format(file, xml);
    if (problems.length) {
      failed = true;
      problems.forEach((problem) => console.error(`${shown}: ${problem}`));
      continue;
    }
    if (formatted === xml) {
      continue;
    }
    if (check) {
      failed = true;
      console.error(
        `${shown}: not in Camunda Modeler's format (run: node scripts/bpmn-format.mjs ${shown})`,
      );
    } else {
      await writeFile(file, formatted, 'utf8');
      console.log(`${shown}: rewritten`);
    }
  }
  if (failed) {
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
