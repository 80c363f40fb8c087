#!/usr/bin/env node
// `npm run guide:screenshots`: the screenshots of the user guide (docs/guide/), taken again from the built app so
// that they follow the screens. Starts the production build (dist/) on a throwaway database of the local
// PostgreSQL with the demo network, signs in as the demo accounts in Chromium (1280×800, French then English) and
// writes docs/guide/images/<lang>-<name>.png. The database is dropped afterwards, whatever happens.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/guide/images');
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO_PASSWORD = 'bastide-demo-2026';
const VIEWPORT = { width: 1280, height: 800 };
const ZONE = 'Europe/Paris';
const LANGUAGES = (process.env.GUIDE_LANGUAGES ?? 'fr,en').split(',');
const ACCOUNTS = {
  member: 'camille.toulouse@bastide.demo',
  host: 'hote.auch@bastide.demo',
  officer: 'agent.reseau@bastide.demo',
};

/**
 * What each guide shows, account by account: a name (the file's) and the path; `auch` is the id of the Auch
 * tiers-lieu, found in the database, and `day` the next weekday.
 */
const SHOTS = {
  member: [
    { name: 'member-home', path: () => '/mon-espace' },
    { name: 'member-find-desk', path: ({ day }) => `/mon-espace/reserver?date=${day}&commune=32013` },
    { name: 'member-bookings', path: () => '/mon-espace/reservations' },
    { name: 'member-events', path: () => '/agenda' },
    { name: 'member-my-events', path: () => '/mon-espace/evenements' },
    { name: 'member-calendar-feed', path: () => '/mon-espace/agenda' },
    { name: 'member-notifications', path: () => '/mon-espace/notifications' },
  ],
  host: [
    { name: 'host-sites', path: () => '/hote' },
    { name: 'host-site', path: ({ auch }) => `/hote/lieux/${auch}` },
    { name: 'host-day-sheet', path: ({ auch, day }) => `/hote/lieux/${auch}/journee?date=${day}` },
    { name: 'host-week', path: ({ auch }) => `/hote/lieux/${auch}/semaine` },
    { name: 'host-events', path: () => '/hote/evenements' },
    { name: 'host-event-editor', path: () => '/hote/evenements/nouveau' },
    { name: 'host-announcements', path: ({ auch }) => `/hote/lieux/${auch}/annonces` },
  ],
  officer: [
    { name: 'officer-network', path: () => '/reseau' },
    { name: 'officer-reports', path: () => '/reseau/tableau-de-bord' },
    { name: 'officer-newcomers', path: () => '/reseau/nouveaux-arrivants' },
    { name: 'officer-welcome-villages', path: () => '/reseau/villages-d-accueil' },
    { name: 'officer-accounts', path: () => '/reseau/comptes' },
    { name: 'officer-organizations', path: () => '/reseau/organisations' },
    { name: 'officer-plans', path: () => '/reseau/forfaits' },
    { name: 'officer-jobs', path: () => '/reseau/envois' },
  ],
};

/** The next weekday after today in Paris (`YYYY-MM-DD`): the demo network has bookings then, and is open. */
function nextWeekday() {
  const day = new Date();
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short' }).format(day);
    if (!['Sat', 'Sun'].includes(weekday)) return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(day);
  }
}

/**
 * The demo network has no newcomer yet: three people fill in the public form (POST /api/v1/newcomers, as the page
 * does), and the officer moves two files along the pipeline, so that the officers' pipeline is not empty.
 * Invented people on the example.fr domain.
 */
async function seedNewcomers(base) {
  const people = [
    [
      'Claire',
      'Dupuy',
      'Bordeaux',
      'Graphiste',
      'telework',
      'Un village avec une école, à moins d’une heure de Toulouse',
    ],
    [
      'Karim',
      'Benali',
      'Paris',
      'Développeur',
      'freelance',
      'La fibre et une gare, du côté de Fleurance ou de Lectoure',
    ],
    ['Anne', 'Lemoine', 'Lyon', 'Boulangère', 'business_takeover', 'Reprendre une boulangerie dans un bourg vivant'],
  ];
  const ids = [];
  for (const [firstName, lastName, currentCity, profession, projectKind, wishes] of people) {
    const response = await fetch(`${base}/api/v1/newcomers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        firstName,
        lastName,
        email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@example.fr`,
        currentCity,
        profession,
        projectKind,
        wishes,
        consent: true,
      }),
    });
    if (response.status !== 201)
      throw new Error(`The newcomers' form answered ${response.status}: ${await response.text()}`);
    ids.push((await response.json()).id);
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ACCOUNTS.officer, password: DEMO_PASSWORD }),
  });
  const { accessToken } = await login.json();
  for (const [id, status] of [
    [ids[0], 'contacted'],
    [ids[1], 'visiting'],
  ]) {
    const moved = await fetch(`${base}/api/v1/newcomers/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ status }),
    });
    if (!moved.ok) throw new Error(`Moving a newcomer's file answered ${moved.status}: ${await moved.text()}`);
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The built app with the demo network, on its own database; resolves once ready. */
async function startApp(databaseUrl) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bastide-guide-'));
  let log = '';
  const child = spawn(process.execPath, [join(ROOT, 'dist/backend/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${log}`);
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app was not ready within 180 s:\n${log}`);
    }
    await sleep(250);
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form (its fields found by type, whatever the language). */
async function signIn(page, base, email) {
  await page.goto(`${base}/connexion`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'), { timeout: 30_000 });
}

/** Waits until the page has its heading, no request in flight and no animation running. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  // Runs in the page, where `document` is the page's.
  await page.waitForFunction(() => globalThis.document.getAnimations().every((a) => a.playState !== 'running'));
  await sleep(300);
}

async function main() {
  for (const part of ['dist/backend/main.js', 'dist/frontend/browser/index.html']) {
    if (!existsSync(join(ROOT, part))) {
      throw new Error(
        `${part} is missing: build the API and the web app first (npm run build:api, then the web build).`,
      );
    }
  }
  mkdirSync(OUT, { recursive: true });
  const database = `bastide_guide_${process.pid}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  let app;
  let browser;
  const written = [];
  try {
    app = await startApp(url.toString());
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const { rows } = await db.query(`SELECT id FROM sites WHERE commune_code = '32013' ORDER BY created_at LIMIT 1`);
    await db.end();
    const ids = { auch: rows[0]?.id, day: nextWeekday() };
    if (!ids.auch) throw new Error('The demo network has no site in Auch: was it loaded?');
    await seedNewcomers(app.base);
    process.stdout.write(`App with the demo network at ${app.base}\n`);
    for (const language of LANGUAGES) {
      const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
      // Chromium writes the date fields' value in its own language (`--lang`), not the page's.
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
          `--lang=${locale}`,
        ],
      });
      for (const [role, shots] of Object.entries(SHOTS)) {
        const context = await browser.newContext({
          viewport: VIEWPORT,
          locale,
          timezoneId: ZONE,
        });
        await context.addInitScript((lang) => localStorage.setItem('bastide.language', lang), language);
        const page = await context.newPage();
        await signIn(page, app.base, ACCOUNTS[role]);
        for (const shot of shots) {
          await page.goto(app.base + shot.path(ids));
          await settle(page);
          const file = join(OUT, `${language}-${shot.name}.png`);
          await page.screenshot({ path: file });
          written.push(file);
          process.stdout.write(`  ${file.slice(ROOT.length + 1)}\n`);
        }
        await context.close();
      }
      await browser.close();
      browser = undefined;
    }
  } finally {
    await browser?.close();
    await app?.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
  process.stdout.write(`${written.length} screenshots in ${OUT}\n`);
}

await main();
