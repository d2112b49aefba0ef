// A clock for the screenshot server (tests/e2e/visual-server.js, ADR 034): the process's `Date` starts
// at a fixed instant and then runs at the normal pace. Installed before the app is imported, so the
// app, the demo seed and PGlite (whose now() reads the same JavaScript clock) all agree on the day.
// Test-only: nothing in src or the build refers to it, so production always has the real clock.
const RealDate = Date;

/** Replaces the global Date by one whose "now" is `start` at the moment of the call. */
export function installFixedClock(start) {
  const offset = start.getTime() - RealDate.now();
  const now = () => RealDate.now() + offset;
  // A Proxy, not a subclass: Date.prototype stays the same object, so instanceof, the Date subclasses
  // of libraries (@date-fns/tz) and dates made inside V8 keep working.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver))
  });
}
