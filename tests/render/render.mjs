#!/usr/bin/env node
// Picture tests for Adaptive Cards: `node render.mjs IN_DIR OUT_DIR`.
//
// Renders every IN_DIR/*.json (one Adaptive Card JSON object each) with Microsoft's official
// `adaptivecards` renderer in headless Debian Chromium, 480 px wide like a card in a Teams chat,
// and writes OUT_DIR/<name>.png. A button whose title is cut short ("Otwó…") is an error.
// Prints one JSON line per card to stdout:
//   {"file": "<name>.json", "png": "<abs path or null>", "errors": ["...", ...]}
// Exit status: 0 when no card had an error, 1 when some card had one, 2 when the toolchain
// itself failed (bad arguments, Chromium missing or crashing); details go to stderr.
//
// Chromium is launched once for all files; cards are rendered one after another in one page.
// The page never touches the network: scripts and styles are inlined from node_modules, every
// http(s) request is answered locally (images with a grey placeholder) or aborted and reported.

import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import puppeteer from "puppeteer-core";
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from "../chromium_args.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODULES = path.join(HERE, "node_modules");
const ADAPTIVECARDS_JS = path.join(MODULES, "adaptivecards", "dist", "adaptivecards.min.js");
const ADAPTIVECARDS_CSS = path.join(MODULES, "adaptivecards", "dist", "adaptivecards.css");
const MARKDOWN_IT_JS = path.join(MODULES, "markdown-it", "dist", "markdown-it.min.js");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CARD_WIDTH = 480; // px: a bot card in a Teams chat
const IMAGE_WAIT_MS = 3000;

// Chromium as root in a container. puppeteer-core adds --headless=new itself (headless: true)
// and a few more defaults; these are the ones we rely on, listed explicitly.
const CHROMIUM_ARGS = [...BASE_CHROMIUM_ARGS, `--window-size=${CARD_WIDTH + 40},900`];

// Teams has no Segoe UI on Linux: fall back to metric-compatible Liberation Sans, DejaVu Sans
// (Cyrillic, Vietnamese, symbols) and Noto CJK (Chinese, Japanese, Korean), glyph by glyph.
const FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', 'Noto Sans', 'Liberation Sans', " +
  "'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR', sans-serif";
const MONO_FAMILY =
  "Consolas, 'Liberation Mono', 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace";

function colors(base) {
  // foregroundColors of a container style; `base` overrides the default text color.
  return {
    default: { default: base ?? "#242424", subtle: "#616161" },
    dark: { default: "#252423", subtle: "#605E5C" },
    light: { default: "#FFFFFF", subtle: "#F3F2F1" },
    accent: { default: "#5B5FC7", subtle: "#6264A7" },
    good: { default: "#237B4B", subtle: "#2D8653" },
    warning: { default: "#835C00", subtle: "#9A6D00" },
    attention: { default: "#C4314B", subtle: "#A4262C" },
  };
}

// A Teams-like host config (light theme), shaped after the one Teams' web client uses.
const HOST_CONFIG = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ",",
  fontTypes: {
    default: {
      fontFamily: FONT_FAMILY,
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: MONO_FAMILY,
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
  },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E1DFDD" },
  imageSizes: { small: 32, medium: 52, large: 100 },
  imageSet: { imageSize: "medium", maxImageHeight: 100 },
  containerStyles: {
    default: { backgroundColor: "#FFFFFF", foregroundColors: colors() },
    emphasis: { backgroundColor: "#F5F5F5", foregroundColors: colors() },
    accent: { backgroundColor: "#E8EBFA", foregroundColors: colors() },
    good: { backgroundColor: "#E7F2DA", foregroundColors: colors() },
    attention: { backgroundColor: "#FCF4F6", foregroundColors: colors() },
    warning: { backgroundColor: "#FBF6D9", foregroundColors: colors() },
  },
  actions: {
    maxActions: 6, // Teams shows at most six actions per action set
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 16, style: "emphasis" },
    actionsOrientation: "horizontal",
    actionAlignment: "left",
    iconPlacement: "leftOfTitle",
    iconSize: 16,
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { color: "default", size: "default", isSubtle: false, weight: "bolder", wrap: true },
    value: { color: "default", size: "default", isSubtle: false, weight: "default", wrap: true },
    spacing: 16,
  },
  textStyles: {
    heading: { size: "large", weight: "bolder", color: "default", isSubtle: false },
    columnHeader: { size: "default", weight: "bolder", color: "default", isSubtle: false },
  },
  textBlock: { headingLevel: 2 },
  inputs: {
    label: {
      inputSpacing: "small",
      requiredInputs: { suffix: " *", suffixColor: "attention" },
      optionalInputs: {},
    },
    errorMessage: { spacing: "small", size: "default", weight: "default" },
  },
};

// Teams-like chrome around the card and its buttons, on top of adaptivecards' own stylesheet.
const TEAMS_CSS = `
html, body { margin: 0; padding: 0; background: #F5F5F5; }
body { padding: 8px; font-family: ${FONT_FAMILY}; color: #242424; }
#card {
  width: ${CARD_WIDTH}px; box-sizing: border-box; background: #FFFFFF; overflow: hidden;
  border: 1px solid #E1DFDD; border-radius: 4px;
}
.ac-pushButton {
  font-family: ${FONT_FAMILY}; font-size: 14px; font-weight: 600; color: #242424;
  background: #FFFFFF; border: 1px solid #D1D1D1; border-radius: 4px; min-height: 32px;
  padding: 4px 12px;
}
.ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
.ac-pushButton.style-destructive { color: #C4314B; }
a.ac-anchor:link, a.ac-anchor:visited { color: #5B5FC7; }
/* Markdown lists wrap inside the TextBlock, as in Teams, instead of overflowing it. */
.ac-textBlock ol, .ac-textBlock ul { margin: 0; padding-inline-start: 22px; box-sizing: border-box; }
.ac-textBlock li { white-space: normal; overflow-wrap: anywhere; }
`;

// Grey 1x1 PNG served for every image URL: the page must not reach the network.
const PLACEHOLDER_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPYt28fAAR6AjwwGGFaAAAAAElFTkSuQmCC",
  "base64",
);

// adaptivecards' ValidationEvent names that are NOT failures. Deliberately empty — every
// event is a failure — after considering these candidates:
// - Hint: the only hint (weighted and stretched columns in one ColumnSet) means a layout whose
//   widths differ between hosts, which is exactly what a picture test is for.
// - RequiredInputsShouldHaveLabel / ...ErrorMessage: Teams renders such inputs, but without a
//   label or message they are unusable with a screen reader; the bot should not send them.
// - UnknownElementType with a `fallback`: legal schema, but the fallback is what Teams shows,
//   so the card should just contain the fallback.
// Unknown *properties* (e.g. Teams' own "msteams") are ignored by the parser and never logged.
const ALLOWED_EVENTS = new Set([]);

const PAGE_HTML = (css) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>card</title>
<style>${css}</style><style>${TEAMS_CSS}</style></head>
<body><div id="card"></div></body></html>`;

// Runs in the page once: configures the renderer and defines window.renderCard.
function setUpPage(hostConfigJson, allowedEvents) {
  const AC = window.AdaptiveCards;
  const md = window.markdownit({ html: false, linkify: false, typographer: false });
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
  // Teams renders schema 1.5 at most: newer cards fall back, newer properties are dropped.
  AC.SerializableObject.defaultMaxVersion = AC.Versions.v1_5;
  // Renderer bug (adaptivecards 3.0.6): "lang" is checked with a shared /g regex, whose
  // lastIndex survives between exec() calls, so every other valid "lang" would be reported
  // invalid. Same pattern without /g: results no longer depend on which card came before.
  // (The check itself stays: lang must be a 2-3 letter ISO 639 code, e.g. "zh", not "zh-Hans".)
  const langProperty = AC.CardElement.langProperty;
  if (langProperty && langProperty.regEx instanceof RegExp) {
    const { source, flags } = langProperty.regEx;
    langProperty.regEx = new RegExp(source, flags.replace("g", ""));
  }
  const hostConfig = new AC.HostConfig(hostConfigJson);
  const allowed = new Set(allowedEvents);

  const describe = (ev) => {
    const phase = AC.ValidationPhase[ev.phase] ?? ev.phase;
    const name = AC.ValidationEvent[ev.event] ?? ev.event;
    let where = "";
    const src = ev.source;
    if (src && typeof src.getJsonTypeName === "function") {
      where = ` [${src.getJsonTypeName()}${src.id ? `#${src.id}` : ""}]`;
    }
    return `${phase} ${name}${where}: ${ev.message}`;
  };

  window.renderCard = (payload) => {
    const errors = [];
    const host = document.getElementById("card");
    host.replaceChildren();
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    try {
      card.parse(payload, context);
    } catch (e) {
      errors.push(`exception while parsing: ${e && e.stack ? e.stack : e}`);
      return { errors, rendered: false };
    }
    const events = [];
    for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
    try {
      events.push(...card.validateProperties().validationEvents);
    } catch (e) {
      errors.push(`exception while validating: ${e && e.stack ? e.stack : e}`);
    }
    for (const ev of events) {
      if (!allowed.has(AC.ValidationEvent[ev.event])) errors.push(describe(ev));
    }
    let element;
    try {
      element = card.render();
    } catch (e) {
      errors.push(`exception while rendering: ${e && e.stack ? e.stack : e}`);
      return { errors, rendered: false };
    }
    if (!element) {
      errors.push("render() returned nothing");
      return { errors, rendered: false };
    }
    host.appendChild(element);
    return { errors, rendered: true };
  };

  // Button titles the renderer cut short with an ellipsis ("Otwó…"): Teams lays a card's
  // buttons side by side, so too many or too long titles no longer fit the card's width.
  // Measured after fonts have loaded; each entry says what was shown of how wide a title.
  const BUTTON_TITLES = "#card .ac-pushButton > div, #card .ac-pushButton-disabled > div";
  window.truncatedButtons = () =>
    [...document.querySelectorAll(BUTTON_TITLES)]
      .filter((title) => title.scrollWidth > title.clientWidth)
      .map((title) => `"${title.textContent}" (${title.clientWidth} of ${title.scrollWidth} px)`);

  // Resolves when fonts and every <img> of the card have loaded or failed (or after timeoutMs).
  window.settleCard = (timeoutMs) => {
    const images = [...document.querySelectorAll("#card img")];
    const loaded = images.map((img) =>
      img.complete
        ? Promise.resolve()
        : new Promise((resolve) => {
            img.addEventListener("load", resolve, { once: true });
            img.addEventListener("error", resolve, { once: true });
          }),
    );
    const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs));
    return Promise.race([Promise.all([document.fonts.ready, ...loaded]), timeout]);
  };
}

// A failure of the toolchain, not of a card: reported on stderr, exit status 2.
class Fatal extends Error {}

function fail(message) {
  throw new Fatal(message);
}

async function main() {
  const [inDir, outDir] = process.argv.slice(2);
  if (!inDir || !outDir || process.argv.length !== 4) {
    fail("usage: node render.mjs IN_DIR OUT_DIR");
  }
  let names;
  try {
    names = (await readdir(inDir)).filter((n) => n.endsWith(".json")).sort();
  } catch (e) {
    fail(`cannot read ${inDir}: ${e.message}`);
  }
  await mkdir(outDir, { recursive: true });
  const [acJs, acCss, mdJs] = await Promise.all(
    [ADAPTIVECARDS_JS, ADAPTIVECARDS_CSS, MARKDOWN_IT_JS].map((p) =>
      readFile(p, "utf8").catch(() => fail(`missing ${p}: run make setup`)),
    ),
  );

  const profile = await mkdtemp(path.join(tmpdir(), "ade-card-render-"));
  let browser;
  try {
    try {
      browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        userDataDir: profile,
        args: CHROMIUM_ARGS,
        timeout: 30000, // to start Chromium
        protocolTimeout: 30000, // for any one call into the page: a hung card fails the run
      });
    } catch (e) {
      fail(`cannot launch ${CHROMIUM}: ${e.message}`);
    }
    const page = await browser.newPage();
    page.setDefaultTimeout(15000);
    await page.setViewport({ width: CARD_WIDTH + 16, height: 800, deviceScaleFactor: 1 });

    // Errors go to the card being rendered; before the first card they break the page itself.
    const setupErrors = [];
    let current = setupErrors;
    const report = (message) => {
      if (current) current.push(message);
      else process.stderr.write(`render.mjs: between cards: ${message}\n`);
    };
    page.on("console", (msg) => {
      if (msg.type() === "error") report(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => report(`page error: ${err.message ?? err}`));
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url.startsWith("about:")) {
        request.continue();
      } else if (request.resourceType() === "image") {
        request.respond({ status: 200, contentType: "image/png", body: PLACEHOLDER_PNG });
      } else {
        report(`blocked network request: ${request.resourceType()} ${url}`);
        request.abort("blockedbyclient");
      }
    });

    await page.setContent(PAGE_HTML(acCss), { waitUntil: "load" });
    await page.addScriptTag({ content: mdJs });
    await page.addScriptTag({ content: acJs });
    await page.evaluate(setUpPage, HOST_CONFIG, [...ALLOWED_EVENTS]);
    const cardElement = await page.$("#card");
    await page.evaluate(() => 0); // let console events of the setup arrive
    if (setupErrors.length > 0) fail(`the render page is broken: ${setupErrors.join("; ")}`);

    let failed = 0;
    for (const name of names) {
      const errors = [];
      current = errors;
      const pngPath = path.resolve(outDir, name.replace(/\.json$/, ".png"));
      let png = null;
      let payload;
      await rm(pngPath, { force: true }); // never report a stale picture from an earlier run
      try {
        payload = JSON.parse(await readFile(path.join(inDir, name), "utf8"));
      } catch (e) {
        errors.push(`invalid JSON: ${e.message}`);
      }
      const isObject = payload !== null && typeof payload === "object" && !Array.isArray(payload);
      if (errors.length === 0 && !isObject) {
        errors.push("the file does not hold a JSON object");
      }
      if (errors.length === 0) {
        try {
          const result = await page.evaluate((p) => window.renderCard(p), payload);
          errors.push(...result.errors);
          if (result.rendered) {
            await page.evaluate((ms) => window.settleCard(ms), IMAGE_WAIT_MS);
            const cut = await page.evaluate(() => window.truncatedButtons());
            errors.push(...cut.map((title) => `truncated button title: ${title}`));
            await cardElement.screenshot({ path: pngPath, type: "png" });
            png = pngPath;
          }
        } catch (e) {
          errors.push(`harness error: ${e.message}`);
        }
        // One more round trip so console events of this card arrive before the next one.
        await page.evaluate(() => document.getElementById("card").replaceChildren());
      }
      current = null;
      if (errors.length > 0) failed++;
      process.stdout.write(`${JSON.stringify({ file: name, png, errors })}\n`);
    }
    return failed > 0 ? 1 : 0;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    const message = e instanceof Fatal ? e.message : (e && e.stack) || String(e);
    process.stderr.write(`render.mjs: ${message}\n`);
    process.exit(2);
  },
);
