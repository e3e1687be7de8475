// Validates a Teams app manifest (and the localization files it names) offline against the Teams JSON schemas
// bundled with @microsoft/app-manifest. Usage: node validate-manifest.js FOLDER
// FOLDER holds manifest.json (placeholders filled) and its localization files. Prints a JSON report
// {"errors": [...]} and exits 0 when there are none, 1 otherwise, 2 when it could not validate at all.
"use strict";
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const AjvDraft04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");

async function schemaFor(url) {
  // Only the bundled schemas: this must never reach the network.
  const suffix = AppManifestUtils.getLocalSchemaSuffix(url);
  const file = suffix && AppManifestUtils.getLocalSchemaCandidates(suffix).find((f) => fs.existsSync(f));
  if (!file) {
    throw new Error(`No bundled schema for ${url}`);
  }
  return AppManifestUtils.fetchSchema(url);
}

async function validate(file, localization) {
  const json = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  if (!json.$schema) {
    return [`${path.basename(file)}: no $schema`];
  }
  const schema = await schemaFor(json.$schema);
  let errors;
  if (localization) {
    // The bundled localization schema has a pattern that is not a valid Unicode regular expression, which the
    // package's own validator rejects: compile it here without the Unicode flag.
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    const check = ajv.compile(schema);
    errors = check(json) ? [] : check.errors.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  } else {
    errors = await AppManifestUtils.validateAgainstSchema(json, schema);
  }
  return errors.map((e) => `${path.basename(file)}: ${e}`);
}

async function main() {
  const folder = process.argv[2];
  if (!folder) {
    throw new Error("Usage: node validate-manifest.js FOLDER");
  }
  const manifestFile = path.join(folder, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  const errors = await validate(manifestFile, false);
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    errors.push(...(await validate(path.join(folder, language.file), true)));
  }
  process.stdout.write(JSON.stringify({ schema: manifest.$schema, errors }) + "\n");
  process.exitCode = errors.length === 0 ? 0 : 1;
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ errors: [String(e && e.message ? e.message : e)] }) + "\n");
  process.exitCode = 2;
});
