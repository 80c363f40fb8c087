// A closed-loop load generator: `concurrency` callers, each sending its next request as soon as the previous
// one answered, until `requests` were sent or `maxSeconds` passed. Every loop is bounded in count and in time.
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** The p-th percentile (0–100) of sorted numbers, nearest rank. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Runs `send(i)` for i = 0, 1, … with `concurrency` calls in flight. `send` resolves to an outcome label
 * (`'ok'`, `'409'`, …); a rejection counts as `'error'` and is kept for the report.
 */
export async function runLoad({ concurrency, requests, maxSeconds, send }) {
  const latencies = [];
  const outcomes = {};
  const errors = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  const caller = async () => {
    while (next < requests && performance.now() < deadline) {
      const i = next++;
      const sent = performance.now();
      let outcome;
      try {
        outcome = await send(i);
      } catch (error) {
        outcome = 'error';
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      }
      latencies.push(performance.now() - sent);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    sent: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    outcomes,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
  };
}

/** A keep-alive HTTP client for one base URL on the loopback interface. */
export function httpClient(base, { maxSockets = 64 } = {}) {
  const url = new URL(base);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`Benchmarks send traffic to the loopback interface only, not to ${url.hostname}`);
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    /** Resolves to `{ status, body }` (body parsed when JSON). */
    request(method, path, { body, headers = {} } = {}) {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      return new Promise((resolveResponse, reject) => {
        const req = http.request(
          {
            agent,
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port,
            method,
            path,
            headers: {
              accept: 'application/json',
              ...(payload === undefined
                ? {}
                : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
              ...headers,
            },
          },
          (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed = text;
              if (/json/.test(res.headers['content-type'] ?? '') && text) parsed = JSON.parse(text);
              resolveResponse({ status: res.statusCode, body: parsed });
            });
            res.on('error', reject);
          },
        );
        req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} took more than 30 s`)));
        req.on('error', reject);
        req.end(payload);
      });
    },
    close() {
      agent.destroy();
    },
  };
}

/** `12.3` for milliseconds, `1,234` for rates: what the tables print. */
export const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');
export const rate = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '—');

/** A plain-text table with aligned columns. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The machine and how busy it is: other work on a shared machine moves every figure. */
export function machineState() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

export function describeMachine(state = machineState()) {
  return (
    `${state.cores} cores (${state.cpu}), ${state.memoryGiB} GiB, Node ${state.node}, ` +
    `load average ${state.loadAverage.join(' / ')} (1 / 5 / 15 min)`
  );
}
