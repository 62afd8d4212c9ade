#!/usr/bin/env node
// Drives Microsoft 365 Agents Playground's web page in headless Debian Chromium (playwright-core):
//
//   node drive.mjs --url http://127.0.0.1:56150 --message "why is ADE failing?" \
//                  --button "Re-check" --out DIR [--timeout-ms 30000]
//
// 1. opens the page and waits for the chat: the composer is there and the playground has
//    installed the app (its log stream shows the conversationUpdate answered by the bot);
// 2. types --message and sends it, waits for the bot's reply with an Adaptive Card that has an
//    action titled --button, and for the reply to settle (no new message for QUIET_MS);
// 3. clicks the first such button of the reply and waits for the answer the same way: new bot
//    messages, or a message the bot updated in place. An Action.Execute goes to the bot as an
//    `adaptiveCard/action` invoke through the page's POST /_conversation/v1/invoke, whose
//    answer (not a WebSocket frame) is the card the page shows in place of the pressed one;
//    the driver records those answers and waits for the pressed message's DOM to change;
// 4. asks the bot for the pressed card's current state the way Teams does when a card with a
//    `refresh` is opened: the same invoke with the card's refresh action and trigger "manual"
//    (the playground's renderer shows no refresh button of its own).
// Screenshots go to DIR: 01-ready.png, 02-reply.png, 03-answer.png (the whole conversation: the
// viewport grows to fit it), one PNG per new bot message under DIR/messages/, and on a failure
// failure.png and failure.html.
//
// Prints one JSON object to stdout (see `result` below): what the bot sent, as the page received
// it over the playground's WebSocket (texts, each card's first Container id, action titles), what
// the page rendered (the text of each bot message), page errors, console errors, requests that
// were blocked, and the bot's HTTP status for each activity the playground posted to it.
// Exit status: 0 all steps done, 1 a step failed (the JSON says which), 2 the toolchain failed.
//
// Selectors (found by dumping the DOM of playground 0.2.28): the composer is the Lexical editor
// `[contenteditable="true"][role="textbox"]`; every bot message (text or one card) is a
// `.fai-OutputCard`; a rendered card is `.ac-adaptiveCard` inside it; an Action.Submit is a
// `<button role="button" aria-label=TITLE title=TITLE>` (an Action.OpenUrl is role="link"). The
// renderer does not put card element ids into the DOM, so card ids are read from the activity.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../chromium_args.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// playwright-core adds --headless itself (headless: true) and takes the fresh profile as
// launchPersistentContext's first argument (it refuses --user-data-dir in args).
const VIEWPORT = { width: 1280, height: 1000 };
const MAX_HEIGHT = 16000; // px: the tallest picture of a whole conversation
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
const QUIET_MS = 1200; // a reply is complete when no bot message came for this long
const POLL_MS = 100;

const COMPOSER = '[contenteditable="true"][role="textbox"]';
const BOT_MESSAGE = ".fai-OutputCard";
const CARD = ".ac-adaptiveCard";
const ADAPTIVE_CARD_TYPE = "application/vnd.microsoft.card.adaptive";

const { values: opts } = parseArgs({
  options: {
    url: { type: "string" },
    message: { type: "string", default: "why is ADE failing?" },
    button: { type: "string", default: "Re-check" },
    out: { type: "string" },
    "timeout-ms": { type: "string", default: "30000" },
  },
});
if (!opts.url || !opts.out) {
  process.stderr.write("usage: node drive.mjs --url URL --out DIR [--message M] [--button B]\n");
  process.exit(2);
}
const TIMEOUT = Number(opts["timeout-ms"]);
const OUT = path.resolve(opts.out);

const started = Date.now();
const result = {
  ok: false,
  url: opts.url,
  message: opts.message,
  button: opts.button,
  step: "start", // the step that was running when the driver stopped
  steps: [], // {name, ms} of every finished step, ms since start
  bot_messages: [], // every message the bot sent, in order (see describeMessage)
  bot_updates: [], // every message the bot updated in place (updateActivity), in order
  typing: 0, // typing activities the page received
  reply: null, // {messages, updates, card_ids, texts, dom_texts, dom_cards, typing_first}
  answer: null, // the same, after the button press
  clicked: null, // {title, card_id}
  in_place: null, // {before, after}: the pressed message's text before and after the press
  invokes: [], // every adaptiveCard/action the page posted: verb, trigger, status, answer
  refresh: null, // the invoke of step 4 (see `invokes`)
  card_ids: [], // first Container id of every card the bot sent (then of the updated ones)
  texts: [], // every text the bot sent: message texts and the cards' TextBlock texts
  bot_http: [], // {activity, status} for each activity the playground posted to the bot
  page_errors: [],
  console_errors: [],
  blocked_requests: [],
  errors: [],
  screenshots: [],
  elapsed_ms: 0,
};

function log(text) {
  process.stderr.write(`[drive ${((Date.now() - started) / 1000).toFixed(1)}s] ${text}\n`);
}

function step(name) {
  result.step = name;
  log(name);
}

function done() {
  result.steps.push({ name: result.step, ms: Date.now() - started });
}

// --- What the bot sent, from the playground's WebSocket -------------------------------------

function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (node && typeof node === "object") {
    visit(node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

function describeCard(card) {
  const body = Array.isArray(card?.body) ? card.body : [];
  const first = body[0];
  const containerIds = [];
  const textBlocks = [];
  const actions = [];
  walk(card, (node) => {
    if (node.type === "Container" && typeof node.id === "string") containerIds.push(node.id);
    if (node.type === "TextBlock" && typeof node.text === "string") textBlocks.push(node.text);
    if (typeof node.type === "string" && node.type.startsWith("Action.")) {
      actions.push({ type: node.type, title: node.title ?? null, data: node.data ?? null });
    }
  });
  return {
    id: first?.type === "Container" && typeof first.id === "string" ? first.id : null,
    refresh: card?.refresh ?? null,
    container_ids: containerIds,
    text_blocks: textBlocks,
    actions,
  };
}

function describeMessage(message) {
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  return {
    id: message.messageId ?? null,
    from: message.from?.id ?? null,
    text: typeof message.text === "string" && message.text !== "" ? message.text : null,
    cards: attachments
      .filter((a) => a?.contentType === ADAPTIVE_CARD_TYPE)
      .map((a) => describeCard(a.content)),
    other_attachments: attachments
      .filter((a) => a?.contentType !== ADAPTIVE_CARD_TYPE)
      .map((a) => a?.contentType ?? null),
  };
}

const events = []; // {kind: "message"|"typing", at, index}
let installed = false;
let connected = false;

function onFrame(payload) {
  let frame;
  try {
    frame = JSON.parse(String(payload));
  } catch {
    return;
  }
  if (frame.action === "createMessage" && frame.message) {
    const described = describeMessage(frame.message);
    result.bot_messages.push(described);
    events.push({ kind: "message", at: Date.now(), index: result.bot_messages.length - 1 });
  } else if (frame.action === "updateMessage" && frame.message) {
    result.bot_updates.push(describeMessage(frame.message));
    events.push({ kind: "update", at: Date.now(), index: result.bot_updates.length - 1 });
  } else if (frame.action === "typing") {
    result.typing += 1;
    events.push({ kind: "typing", at: Date.now() });
  } else if (frame.logAction === "appendLog" && frame.log) {
    const entry = frame.log;
    if (entry.displayText === "Connected.") connected = true;
    if (entry.activityName && entry.to === "User Application") {
      const status = entry.response?.statusCode ?? null;
      result.bot_http.push({ activity: entry.activityName, status });
      if (entry.activityName === "conversationUpdate" && status !== null) installed = true;
    }
  }
}

// The answers to the page's invokes: an adaptive card answer replaces the pressed card.
let lastInvoke = null; // the body the page posted for the last press
async function onResponse(response) {
  if (new URL(response.url()).pathname !== "/_conversation/v1/invoke") return;
  let request = null;
  let body = null;
  try {
    request = JSON.parse(response.request().postData() ?? "null");
  } catch {}
  try {
    body = await response.json();
  } catch {}
  const card = body?.type === ADAPTIVE_CARD_TYPE ? describeCard(body.value) : null;
  result.invokes.push({
    verb: request?.value?.action?.verb ?? null,
    data: request?.value?.action?.data ?? null,
    trigger: request?.value?.trigger ?? null,
    status: response.status(),
    type: body?.type ?? null,
    card_id: card?.id ?? null,
    texts: card?.text_blocks ?? [],
    action_titles: card ? card.actions.map((a) => a.title).filter((t) => t !== null) : [],
    error: body?.type === ADAPTIVE_CARD_TYPE ? null : (body?.value ?? null),
  });
  lastInvoke ??= request; // the press; the refresh of step 4 reuses its addressing
  if (card) {
    const message = { id: request?.replyToId ?? null, from: null, text: null, cards: [card] };
    result.bot_updates.push({ ...message, other_attachments: [] });
    events.push({ kind: "update", at: Date.now(), index: result.bot_updates.length - 1 });
  }
}

// --- Waiting --------------------------------------------------------------------------------

async function until(what, predicate, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function textsOf(message) {
  const cardTexts = message.cards.flatMap((c) => c.text_blocks);
  return message.text === null ? cardTexts : [message.text, ...cardTexts];
}

function hasButton(message, title) {
  return message.cards.some((card) => card.actions.some((action) => action.title === title));
}

// Waits for the bot's messages after `from` (or, with `updates`, messages it updated in place)
// until `isReply` holds for one of them and then nothing new comes for QUIET_MS; then for the
// page to show every message. The DOM texts and cards are those of the new bot messages.
async function collectReply(page, from, domFrom, since, what, isReply, { updates = false } = {}) {
  const fresh = () => [
    ...result.bot_messages.slice(from),
    ...(updates ? events.filter((e) => e.kind === "update" && e.at >= since) : []).map(
      (e) => result.bot_updates[e.index],
    ),
  ];
  await until(what, () => fresh().some(isReply));
  await until(`the bot to finish ${what}`, () => {
    const last = events.filter((e) => e.kind !== "typing").at(-1);
    return last && Date.now() - last.at >= QUIET_MS;
  });
  const total = result.bot_messages.length;
  const rendered = page.locator(BOT_MESSAGE);
  await until(`the page to show ${total} bot messages`, async () => (await rendered.count()) >= total);
  const messages = result.bot_messages.slice(from);
  const updated = events
    .filter((e) => e.kind === "update" && e.at >= since)
    .map((e) => result.bot_updates[e.index]);
  const domTexts = [];
  let domCards = 0;
  const domCount = await rendered.count();
  for (let i = domFrom; i < domCount; i += 1) {
    domTexts.push((await rendered.nth(i).innerText()).trim());
    domCards += await rendered.nth(i).locator(CARD).count();
  }
  const kinds = events.filter((e) => e.at >= since).map((e) => e.kind);
  return {
    messages,
    updates: updated,
    card_ids: [...messages, ...updated].flatMap((m) => m.cards.map((c) => c.id)),
    texts: [...messages, ...updated].flatMap(textsOf),
    dom_texts: domTexts,
    dom_cards: domCards,
    typing_first: kinds.length > 0 && kinds[0] === "typing",
  };
}

// The conversation scrolls inside its pane: to get all of it (and every tall card whole) into
// the pictures, the viewport grows by what the pane hides, then shrinks back.
async function expandViewport(page) {
  const hidden = await page.evaluate((selector) => {
    let node = document.querySelector(selector)?.parentElement;
    for (; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) {
        return node.scrollHeight - node.clientHeight;
      }
    }
    return 0;
  }, BOT_MESSAGE);
  const height = hidden > 0 ? Math.min(VIEWPORT.height + hidden + 40, MAX_HEIGHT) : VIEWPORT.height;
  if (height !== VIEWPORT.height) {
    await page.setViewportSize({ width: VIEWPORT.width, height });
    await page.waitForTimeout(300);
  }
}

async function shoot(page, name, prefix, domFrom, messages) {
  await expandViewport(page);
  try {
    const file = path.join(OUT, name);
    await page.screenshot({ path: file });
    result.screenshots.push(file);
    if (prefix === undefined) return;
    const dir = path.join(OUT, "messages");
    await mkdir(dir, { recursive: true });
    const rendered = page.locator(BOT_MESSAGE);
    const count = await rendered.count();
    for (let i = domFrom; i < count; i += 1) {
      const message = messages[i - domFrom];
      const card = message?.cards[0]?.id;
      const label = card ? `-${card.replace(/[^A-Za-z0-9._-]/g, "_")}` : message?.text ? "-text" : "";
      const number = String(i - domFrom + 1).padStart(2, "0");
      const shot = path.join(dir, `${prefix}-${number}${label}.png`);
      await rendered.nth(i).screenshot({ path: shot });
      result.screenshots.push(shot);
    }
  } finally {
    await page.setViewportSize(VIEWPORT);
  }
}

// --- The run ----------------------------------------------------------------------------------

async function drive(page) {
  step("open the playground");
  await page.goto(opts.url, { waitUntil: "domcontentloaded", timeout: TIMEOUT });
  log("page loaded");
  await page.locator(COMPOSER).waitFor({ state: "visible", timeout: TIMEOUT });
  done();

  step("wait for the playground to install the app");
  await until("the playground to connect to the bot", () => connected);
  await until("the bot to answer the install conversationUpdate", () => installed);
  // A welcome message sent during the install turn arrives before the turn's HTTP answer.
  await until("the page to show the welcome messages", async () => {
    const last = events.filter((e) => e.kind === "message").at(-1);
    const quiet = !last || Date.now() - last.at >= QUIET_MS / 2;
    return quiet && (await page.locator(BOT_MESSAGE).count()) >= result.bot_messages.length;
  });
  await shoot(page, "01-ready.png");
  done();

  step(`send "${opts.message}"`);
  const buttons = page
    .locator(`${BOT_MESSAGE} ${CARD}`)
    .getByRole("button", { name: opts.button, exact: true });
  const buttonsBefore = await buttons.count();
  let from = result.bot_messages.length;
  let domFrom = await page.locator(BOT_MESSAGE).count();
  const composer = page.locator(COMPOSER);
  let since = Date.now();
  await composer.click();
  await page.keyboard.type(opts.message);
  await page.keyboard.press("Enter");
  done();

  step(`wait for a card with a "${opts.button}" button`);
  result.reply = await collectReply(page, from, domFrom, since, "the reply card", (m) =>
    hasButton(m, opts.button),
  );
  await until(`the "${opts.button}" button on the page`, async () => (await buttons.count()) > buttonsBefore);
  await shoot(page, "02-reply.png", "reply", domFrom, result.reply.messages);
  done();

  step(`click "${opts.button}"`);
  const withButton = result.bot_messages.slice(from).find((m) => hasButton(m, opts.button));
  const card = withButton.cards.find((c) => c.actions.some((a) => a.title === opts.button));
  result.clicked = { title: opts.button, card_id: card.id };
  from = result.bot_messages.length;
  domFrom = await page.locator(BOT_MESSAGE).count();
  since = Date.now();
  // The first such button that appeared after the message was sent (the page is chronological).
  const pressed = buttons.nth(buttonsBefore);
  const pressedMessage = pressed.locator(`xpath=ancestor::*[contains(@class,"fai-OutputCard")][1]`);
  await pressedMessage.scrollIntoViewIfNeeded();
  const before = (await pressedMessage.innerText()).trim();
  await mkdir(path.join(OUT, "messages"), { recursive: true });
  const pressedShot = path.join(OUT, "messages", `pressed-before-${card.id}.png`);
  await pressedMessage.screenshot({ path: pressedShot });
  result.screenshots.push(pressedShot);
  await pressed.click({ timeout: TIMEOUT });
  done();

  step("wait for the answer");
  result.answer = await collectReply(page, from, domFrom, since, "the answer", () => true, {
    updates: true,
  });
  if (result.answer.updates.length > 0) {
    // Updated in place: the pressed message now shows the answer card (and the playground's
    // note that the response reached the app).
    await until("the pressed card to change on the page", async () => {
      return (await pressedMessage.innerText()).trim() !== before;
    });
    result.in_place = { before, after: (await pressedMessage.innerText()).trim() };
    const afterShot = path.join(OUT, "messages", `pressed-after-${card.id}.png`);
    await pressedMessage.screenshot({ path: afterShot });
    result.screenshots.push(afterShot);
  }
  await shoot(page, "03-answer.png", "answer", domFrom, result.answer.messages);
  done();

  if (card.refresh && lastInvoke) {
    step("refresh the pressed card");
    // What Teams sends when a reader opens a card with a `refresh` (or presses its refresh
    // button): the refresh action as an invoke on the same message, through the playground.
    const payload = {
      ...lastInvoke,
      value: { action: { type: "Action.Execute", ...card.refresh.action }, trigger: "manual" },
    };
    const count = result.invokes.length;
    await page.evaluate(async (body) => {
      await fetch("/_conversation/v1/invoke", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    }, payload);
    await until("the refresh's answer", () => result.invokes.length > count);
    result.refresh = result.invokes[count];
    done();
  }
  result.step = "done";
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), "ade-playground-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
      locale: "en-US",
      timezoneId: "UTC",
      timeout: TIMEOUT,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    process.stderr.write(`drive.mjs: cannot start Chromium at ${CHROMIUM}: ${error.message}\n`);
    process.exit(2);
  }
  log("Chromium started");
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => result.page_errors.push(String(error.stack || error)));
  page.on("crash", () => result.page_errors.push("the page crashed"));
  page.on("console", (message) => {
    if (message.type() === "error") result.console_errors.push(message.text());
  });
  page.on("websocket", (socket) => socket.on("framereceived", (frame) => onFrame(frame.payload)));
  page.on("response", (response) => {
    onResponse(response).catch((error) => result.errors.push(`invoke answer: ${error.message}`));
  });
  // Nothing but loopback: the page wants fonts and an animation worklet from Microsoft's CDN.
  await context.route(
    (url) => !LOOPBACK.has(url.hostname),
    (route) => {
      result.blocked_requests.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );

  try {
    await drive(page);
    result.ok = true;
  } catch (error) {
    result.errors.push(`${result.step}: ${error.message}`);
    log(`failed: ${error.message}`);
    try {
      await shoot(page, "failure.png");
      await writeFile(path.join(OUT, "failure.html"), await page.content(), "utf-8");
    } catch (error2) {
      result.errors.push(`failure screenshot: ${error2.message}`);
    }
  } finally {
    const sent = [...result.bot_messages, ...result.bot_updates];
    result.card_ids = sent.flatMap((m) => m.cards.map((c) => c.id));
    result.texts = sent.flatMap(textsOf);
    result.elapsed_ms = Date.now() - started;
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(result.ok ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`drive.mjs: ${error.stack || error}\n`);
  process.exit(2);
});
