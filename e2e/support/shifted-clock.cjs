// Preloaded into the Bastide process by the end-to-end tests (`node --require`), never by the app itself.
// It moves the process's clock by an offset read from BASTIDE_E2E_CLOCK_FILE, so that a journey can stand on a
// given weekday morning (a check-in opens half an hour before the booking) whatever day the tests run. On
// SIGUSR2 the offset is read again, and written back to `<file>.ack` once in force, so a test can move time on.
const { readFileSync, writeFileSync } = require('node:fs');

const file = process.env.BASTIDE_E2E_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  let offset = 0;
  const load = () => {
    offset = Number(readFileSync(file, 'utf8')) || 0;
    writeFileSync(`${file}.ack`, String(offset));
  };
  const now = () => RealDate.now() + offset;
  load();
  // A proxy rather than a subclass: dates made anywhere stay real Dates, `instanceof Date` holds, and
  // only "now" (`new Date()`, `Date.now()`, `Date()`) moves. Luxon, the JWT library and the app's Clock
  // all ask the global Date.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
  });
  process.on('SIGUSR2', load);
}
