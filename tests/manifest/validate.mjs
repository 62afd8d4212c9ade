// Validates Teams app manifests and localization files against the JSON schemas that
// @microsoft/app-manifest ships, with that package's validator, never over the network.
//
//   node validate.mjs FILE.json...
//
// Each file is checked against the schema its "$schema" names. Prints one JSON object on stdout,
//   {"FILE.json": {"schema": "<schema file>", "errors": ["..."], "nonUnicodePatterns": ["..."]}}
// and exits 0 when every file could be judged (valid or not); exits 2 with one line on stderr when
// a file is not JSON, names no "$schema", or names a schema the package does not ship.
//
// The validator is AppManifestUtils.validateAgainstSchema: Ajv for draft-04 (with `const` and
// `if`/`then`), ajv-formats for uri/email/regex, and Unicode regexes (`\p{L}` in the 1.23+
// manifest schemas). Unicode mode also rejects a bare `]`, which the Localization schemas of
// 1.2x use (`...\[\b(...)\b]\.description$`), so that schema does not compile there. For such a
// schema only, the same Ajv with the same options runs again, compiling in Unicode mode every
// pattern that allows it and the others without the `u` flag (their plain-JS meaning, as
// Microsoft's other tooling reads them); the patterns that needed it are listed in the output.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const entry = require.resolve("@microsoft/app-manifest");
const { AppManifestUtils } = require("@microsoft/app-manifest");
// Ajv and its plugins exactly as the package resolves them.
const fromPackage = createRequire(entry);
const AjvDraft04 = fromPackage("ajv-draft-04");
const addFormats = fromPackage("ajv-formats");
const packageRoot = path.dirname(entry); // .../@microsoft/app-manifest/build

function fail(message) {
  process.stderr.write(`validate.mjs: ${message}\n`);
  process.exit(2);
}

async function schemaFor(file, url) {
  // The package maps developer.microsoft.com/json-schemas/... URLs (also /en-us/...) to its own
  // copies; fetchSchema would fall back to the network for anything else, so insist on a copy.
  const suffix = typeof url === "string" ? AppManifestUtils.getLocalSchemaSuffix(url) : undefined;
  const local = suffix && path.join(packageRoot, suffix);
  if (!local || !existsSync(local)) {
    fail(`${file}: "$schema" ${JSON.stringify(url)} is not a schema @microsoft/app-manifest ships`);
  }
  return [local, await AppManifestUtils.fetchSchema(url)];
}

function validateWithNonUnicodeFallback(document, schema) {
  const nonUnicode = new Set();
  const regExp = (pattern, flags) => {
    try {
      return new RegExp(pattern, flags);
    } catch (error) {
      if (!(error instanceof SyntaxError) || !flags.includes("u")) throw error;
      nonUnicode.add(pattern);
      return new RegExp(pattern, flags.replace("u", ""));
    }
  };
  regExp.code = "nonUnicodeFallbackRegExp";
  // The options of AppManifestUtils.validateAgainstSchema, plus the RegExp engine above.
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, code: { regExp } });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  const errors = validate(JSON.parse(JSON.stringify(document)))
    ? []
    : validate.errors.map(
        (error) =>
          `${error.instancePath} ${error.message || ""}. Details: ${JSON.stringify(error.params)}`,
      );
  return [errors, [...nonUnicode]];
}

const files = process.argv.slice(2);
if (files.length === 0) fail("usage: node validate.mjs FILE.json...");
const results = {};
for (const file of files) {
  let document;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
  const [local, schema] = await schemaFor(file, document?.$schema);
  let errors;
  let nonUnicodePatterns = [];
  try {
    errors = await AppManifestUtils.validateAgainstSchema(document, schema);
  } catch (error) {
    if (!(error instanceof SyntaxError && /regular expression/i.test(error.message))) throw error;
    [errors, nonUnicodePatterns] = validateWithNonUnicodeFallback(document, schema);
  }
  results[file] = { schema: local, errors, nonUnicodePatterns };
}
process.stdout.write(JSON.stringify(results) + "\n");
