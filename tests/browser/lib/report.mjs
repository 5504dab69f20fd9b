// Named checks that collect failures and warnings, printed as they finish
// and summed up in one closing line ("checks: N passed, N failed").

const MAX_SHOWN = 60;

export class Check {
  constructor(name) {
    this.name = name;
    this.failures = [];
    this.warnings = [];
    this.notes = [];
    this.skipped = null;
  }
  fail(message) {
    this.failures.push(message);
  }
  warn(message) {
    this.warnings.push(message);
  }
  note(message) {
    this.notes.push(message);
  }
  skip(reason) {
    this.skipped = reason;
  }
  get passed() {
    return this.skipped === null && this.failures.length === 0;
  }
}

export class Report {
  constructor(label) {
    this.label = label;
    this.checks = [];
  }

  /** Run `body(check)`; an exception thrown by it is a failure of that check. */
  async run(name, body) {
    const [check] = await this.runMany([name], (checks) => body(checks[0]));
    return check;
  }

  /** One body that fills several checks (e.g. one browser pass); a crash fails the first. */
  async runMany(names, body) {
    const checks = names.map((name) => new Check(name));
    this.checks.push(...checks);
    const started = Date.now();
    try {
      await body(checks);
    } catch (error) {
      checks[0].fail(`the check itself crashed: ${error?.stack || error}`);
      checks.slice(1).forEach((c) => c.failures.length || c.skip("not run: see the crash above"));
    }
    for (const c of checks) this.print(c, Date.now() - started);
    return checks;
  }

  print(check, ms) {
    const status = check.skipped !== null ? "SKIP" : check.passed ? "PASS" : "FAIL";
    const extra = check.skipped !== null ? ` (${check.skipped})` : "";
    console.log(`\n[${status}] ${check.name}${extra}  (${(ms / 1000).toFixed(1)} s)`);
    for (const n of check.notes) console.log(`       ${n}`);
    const show = (label, list) => {
      for (const m of list.slice(0, MAX_SHOWN)) console.log(`  ${label} ${indent(m)}`);
      if (list.length > MAX_SHOWN) console.log(`  … and ${list.length - MAX_SHOWN} more`);
    };
    show("✗", check.failures);
    show("!", check.warnings);
  }

  summary() {
    const passed = this.checks.filter((c) => c.passed).length;
    const skipped = this.checks.filter((c) => c.skipped !== null).length;
    const failed = this.checks.length - passed - skipped;
    console.log(`\n== ${this.label} ==`);
    for (const c of this.checks) {
      const status = c.skipped !== null ? "SKIP" : c.passed ? "PASS" : "FAIL";
      const detail = c.failures.length ? ` — ${c.failures.length} problem(s)` : c.warnings.length ? ` — ${c.warnings.length} warning(s)` : "";
      console.log(`  ${status}  ${c.name}${detail}`);
    }
    console.log(`checks: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
    return failed === 0;
  }
}

const indent = (s) => String(s).replace(/\n/g, "\n    ");
