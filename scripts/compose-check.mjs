#!/usr/bin/env node
// Validates docker-compose.yml as Docker Compose does before it runs anything: parse the YAML
// (anchors and `<<` merge keys resolved), interpolate ${VAR} in the values, then check the result
// against the Compose Specification JSON schema (deploy/compose-spec.json, vendored; see
// deploy/README.md). Then a few references the schema cannot see (depends_on targets, named
// volumes, bind-mounted files, the build context), and the project's own rule that no password has
// a default. Last, it proves that it can fail: broken variants of the same file must be rejected.
//
//   node scripts/compose-check.mjs [path/to/docker-compose.yml]
//
// Interpolation uses fixed dummy values for the required secrets (never the caller's environment),
// so the check gives the same answer on every machine.
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import draft7 from "ajv/dist/refs/json-schema-draft-07.json" with { type: "json" };

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const composePath = resolve(process.argv[2] ?? resolve(root, "docker-compose.yml"));
const schemaPath = resolve(root, "deploy/compose-spec.json");

/** The variables a deployer must set (in .env); CI gives them dummy values. */
const CI_ENV = Object.freeze({
  POSTGRES_PASS: "ci-dummy-db-password",
  PHOIHOP_ADMIN_PASSWORD: "ci-dummy-admin-password",
});

class CheckError extends Error {}

// ---- interpolation (the Compose Specification's "Interpolation" section) ----------------------

/**
 * Interpolates one string value: $$ is a literal $, $VAR and ${VAR} the variable (empty when
 * unset), ${VAR:-d} / ${VAR-d} a default when unset-or-empty / unset, ${VAR:?e} / ${VAR?e} an
 * error, ${VAR:+r} / ${VAR+r} a replacement when set. Defaults and replacements may themselves
 * contain ${…}. Records every variable used, with the operator, in `uses`.
 */
function interpolateString(text, env, where, uses) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      // find the matching brace (nested ${…} allowed in defaults)
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text[j] === "{") depth++;
        else if (text[j] === "}") depth--;
        if (depth > 0) j++;
      }
      if (depth !== 0) throw new CheckError(`${where}: unclosed \${ in "${text}"`);
      const body = text.slice(i + 2, j);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body);
      if (!m) throw new CheckError(`${where}: invalid interpolation \${${body}}`);
      const [, name, op = "", arg = ""] = m;
      uses.push({ name, op, where });
      const set = Object.prototype.hasOwnProperty.call(env, name);
      const value = set ? env[name] : undefined;
      const present = op.startsWith(":") ? set && value !== "" : set;
      const sub = (s) => interpolateString(s, env, where, uses);
      switch (op.replace(":", "")) {
        case "":
          out += set ? value : "";
          break;
        case "-":
          out += present ? value : sub(arg);
          break;
        case "?":
          if (!present) throw new CheckError(`${where}: required variable ${name} is missing a value: ${arg}`);
          out += value;
          break;
        case "+":
          out += present ? sub(arg) : "";
          break;
      }
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (m) {
      uses.push({ name: m[0], op: "", where });
      out += Object.prototype.hasOwnProperty.call(env, m[0]) ? env[m[0]] : "";
      i += 1 + m[0].length;
      continue;
    }
    out += "$";
    i++;
  }
  return out;
}

/** Interpolates every string value (not keys, as Compose does) of a parsed file. */
function interpolate(node, env, path, uses) {
  if (typeof node === "string") return interpolateString(node, env, path, uses);
  if (Array.isArray(node)) return node.map((v, k) => interpolate(v, env, `${path}[${k}]`, uses));
  if (node && typeof node === "object") {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = interpolate(v, env, path ? `${path}.${k}` : k, uses);
    return out;
  }
  return node;
}

// ---- the checks ----------------------------------------------------------------------------------

const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// The schema names its meta-schema https://json-schema.org/draft-07/schema, Ajv knows draft-07 as
// http://json-schema.org/draft-07/schema#: the same meta-schema under the schema's name, so that
// Ajv also checks the vendored file is a valid draft-07 schema.
ajv.addMetaSchema({ ...draft7, $id: schema.$schema });
const validateSchema = ajv.compile(schema);

/** Every problem found in one compose file's text; an empty list means valid. */
function problems(source, env, baseDir) {
  const found = [];
  let doc;
  try {
    doc = parse(source, { merge: true, uniqueKeys: true });
  } catch (e) {
    return [`YAML: ${e.message.split("\n")[0]}`];
  }
  const uses = [];
  let model;
  try {
    model = interpolate(doc, env, "", uses);
  } catch (e) {
    if (e instanceof CheckError) return [e.message];
    throw e;
  }
  // The project's rule: a secret is never defaulted; it must come from the environment.
  for (const u of uses) {
    if (/PASS/.test(u.name) && !/\?/.test(u.op)) {
      found.push(`${u.where}: ${u.name} must be required (\${${u.name}:?…}), not defaulted or optional`);
    }
  }
  if (!validateSchema(model)) {
    for (const e of validateSchema.errors) {
      const extra = e.params?.additionalProperty ? ` ("${e.params.additionalProperty}")` : "";
      found.push(`schema: ${e.instancePath || "/"} ${e.message}${extra}`);
    }
  }
  const services = model?.services ?? {};
  const volumes = model?.volumes ?? {};
  for (const [name, svc] of Object.entries(services)) {
    const deps = Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {});
    for (const d of deps) if (!(d in services)) found.push(`services.${name}.depends_on: no service "${d}"`);
    for (const v of svc.volumes ?? []) {
      const spec = typeof v === "string" ? v : `${v.source ?? ""}:${v.target ?? ""}`;
      const source = spec.split(":")[0];
      if (source.startsWith(".") || source.startsWith("/")) {
        if (!existsSync(resolve(baseDir, source))) found.push(`services.${name}.volumes: ${source} does not exist`);
      } else if (source && !(source in volumes)) {
        found.push(`services.${name}.volumes: named volume "${source}" is not declared under volumes`);
      }
    }
    if (svc.build !== undefined) {
      const ctx = resolve(baseDir, typeof svc.build === "string" ? svc.build : (svc.build.context ?? "."));
      const file = typeof svc.build === "object" && svc.build.dockerfile ? svc.build.dockerfile : "Dockerfile";
      if (!existsSync(ctx) || !statSync(ctx).isDirectory() || !existsSync(resolve(ctx, file))) {
        found.push(`services.${name}.build: no ${file} in ${ctx}`);
      }
    }
    if (!svc.image && svc.build === undefined) found.push(`services.${name}: neither image nor build`);
  }
  return found;
}

const source = readFileSync(composePath, "utf8");
const baseDir = dirname(composePath);
const real = problems(source, CI_ENV, baseDir);
if (real.length > 0) {
  console.error(`compose-check: ${composePath} is NOT valid:`);
  for (const p of real) console.error(`  - ${p}`);
  process.exit(1);
}
const serviceCount = Object.keys(parse(source, { merge: true }).services).length;
console.log(
  `compose-check: ${composePath} is valid against the Compose Specification schema ` +
    `(${serviceCount} services, interpolated with the CI dummy secrets)`,
);

// The same check must reject broken files: each variant below changes the real file in one way.
const variants = [
  {
    what: "an unknown key under a service",
    text: source.replace(/^  postgres:\n/m, "  postgres:\n    helthcheck:\n      test: [\"CMD\", \"true\"]\n"),
    expect: /additional properties.*"helthcheck"/,
  },
  {
    what: "a value of the wrong type (restart as a list)",
    text: source.replace(/^(  postgres:\n    image: .*\n)    restart: unless-stopped\n/m, "$1    restart: [always]\n"),
    expect: /\/services\/postgres\/restart must be string/,
  },
  {
    what: "a depends_on naming no service",
    text: source.replace(/^    postgres:\n      condition: service_healthy\n/m, "    postgress:\n      condition: service_healthy\n"),
    expect: /depends_on: no service "postgress"/,
  },
  {
    what: "a password with a default",
    text: source.replace("${PHOIHOP_ADMIN_PASSWORD:?", "${PHOIHOP_ADMIN_PASSWORD:-changeme}${UNUSED:?"),
    env: { ...CI_ENV, UNUSED: "x" },
    expect: /PHOIHOP_ADMIN_PASSWORD must be required/,
  },
  {
    what: "a start without the database password in the environment",
    text: source,
    env: { PHOIHOP_ADMIN_PASSWORD: CI_ENV.PHOIHOP_ADMIN_PASSWORD },
    expect: /required variable POSTGRES_PASS is missing a value/,
  },
];
let failures = 0;
for (const v of variants) {
  if (v.text === source && v.env === undefined) throw new Error(`variant "${v.what}" changes nothing`);
  const found = problems(v.text, v.env ?? CI_ENV, baseDir);
  const hit = found.find((p) => v.expect.test(p));
  if (hit) {
    console.log(`compose-check: rejected as it must be, ${v.what}: ${hit}`);
  } else {
    failures++;
    console.error(`compose-check: NOT rejected, ${v.what}; problems found: ${JSON.stringify(found)}`);
  }
}
if (failures > 0) process.exit(1);
console.log(`compose-check: all ${variants.length} broken variants rejected`);
