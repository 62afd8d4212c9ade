// Chromium flags every browser test uses (tests/render, tests/playground): Debian's Chromium as
// root in a container, with its own network chatter switched off (a closed network refuses
// those connections by the dozen). Each driver adds what is its own (window size, headless).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--disable-extensions",
  "--hide-scrollbars",
  "--mute-audio",
  "--lang=en-US",
];
