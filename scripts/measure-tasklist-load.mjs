// Measures the bytes a browser transfers when it opens Tasklist a second time.
//
// Usage (PhoiHop running with demo data, Chromium installed):
//   node --experimental-websocket scripts/measure-tasklist-load.mjs http://127.0.0.1:8080 canbo.qltttni PhoiHop@2026
// (an address, not "localhost": Chromium may resolve it to IPv6 first, where PhoiHop may not listen)
//
// Starts headless Chromium with an empty profile, logs in on the Tasklist login page, waits for the
// task list, then opens Tasklist again (a new navigation, as a user does the next morning) and adds
// up the encoded bytes (headers and body, as on the wire) of every response of each load, as the
// DevTools protocol reports them. Prints one line per load and the largest responses.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const [base = 'http://localhost:8080', user = 'canbo.qltttni', password = 'PhoiHop@2026'] =
  process.argv.slice(2);
const port = 9400 + Math.floor(Math.random() * 400);
const profile = mkdtempSync(join(tmpdir(), 'phoihop-measure-'));
const chromium = spawn(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank'
  ],
  {stdio: 'ignore'}
);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pageSocketUrl() {
  for (let i = 0; i < 100; i++) {
    try {
      const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      const page = targets.find((t) => t.type === 'page');
      if (page) return page.webSocketDebuggerUrl;
    } catch (e) {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error('Chromium did not start');
}

const ws = new WebSocket(await pageSocketUrl());
await new Promise((r) => ws.addEventListener('open', r, {once: true}));
let nextId = 1;
const pending = new Map();
const listeners = [];
ws.addEventListener('message', (event) => {
  const msg = JSON.parse(event.data);
  if (msg.id && pending.has(msg.id)) {
    pending.get(msg.id)(msg);
    pending.delete(msg.id);
  } else if (msg.method) {
    listeners.forEach((l) => l(msg));
  }
});
const send = (method, params = {}) =>
  new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    ws.send(JSON.stringify({id, method, params}));
  });

let responses = new Map();
listeners.push((msg) => {
  if (msg.method === 'Network.responseReceived') {
    const r = msg.params.response;
    responses.set(msg.params.requestId, {
      url: r.url,
      status: r.status,
      fromCache: r.fromDiskCache || r.fromMemoryCache,
      bytes: 0
    });
  }
  if (msg.method === 'Network.loadingFinished' && responses.has(msg.params.requestId)) {
    responses.get(msg.params.requestId).bytes = msg.params.encodedDataLength;
  }
});

await send('Network.enable');
await send('Page.enable');

async function evaluate(expression) {
  const r = await send('Runtime.evaluate', {expression, returnByValue: true, awaitPromise: true});
  return r.result?.result?.value;
}

async function waitFor(expression, what) {
  for (let i = 0; i < 1200; i++) {
    if (await evaluate(expression)) return;
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

// Network quiet for a second: every lazily loaded part has arrived.
async function settle() {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const count = [...responses.values()].filter((r) => r.bytes > 0).length;
    if (count === last) return;
    last = count;
    await sleep(1000);
  }
}

const tasklist = `${base}/camunda/app/tasklist/default/`;
const taskListShown = "!!document.querySelector('[cam-tasks] , .tasks-list, .task-filters')";

await send('Page.navigate', {url: tasklist});
await waitFor("!!document.querySelector('form[name=signinForm] input[type=text]')", 'the login form');
await evaluate(`(() => {
  const set = (el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true})); };
  const u = document.querySelector('form[name=signinForm] input[type=text]');
  const p = document.querySelector('input[type=password]');
  set(u, ${JSON.stringify(user)}); set(p, ${JSON.stringify(password)});
  document.querySelector('form button[type=submit]').click();
  return true; })()`);
await waitFor(taskListShown, 'the task list');
await settle();
const report = (label) => {
  const all = [...responses.values()];
  const total = all.reduce((s, r) => s + r.bytes, 0);
  console.log(
    `${label}: ${all.length} responses, ${total} bytes transferred ` +
      `(${all.filter((r) => r.fromCache).length} from the browser cache)`
  );
  all
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, process.env.ALL ? 1000 : 5)
    .forEach((r) => console.log(`  ${r.bytes}\t${r.status}\t${r.url.replace(base, '')}`));
};
report('first load (login included)');

responses = new Map();
await send('Page.navigate', {url: tasklist});
await waitFor(taskListShown, 'the task list on the second load');
await settle();
report('second load');

ws.close();
chromium.kill();
await sleep(300);
rmSync(profile, {recursive: true, force: true});
