// Prints one closing line for the whole suite, "tests: N passed, N failed, N skipped", from the vitest and
// Playwright JSON reports, and fails when either runner failed or ran nothing.
import fs from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
}

const vitest = JSON.parse(fs.readFileSync('reports/vitest.json', 'utf8')) as VitestReport;
const pw = JSON.parse(fs.readFileSync('reports/playwright.json', 'utf8')) as PlaywrightReport;
const passed = vitest.numPassedTests + pw.stats.expected + pw.stats.flaky;
const failed = vitest.numFailedTests + pw.stats.unexpected;
const skipped = vitest.numPendingTests + vitest.numTodoTests + pw.stats.skipped;
console.log(
  `vitest ${vitest.numPassedTests} passed; playwright ${pw.stats.expected} passed, ${pw.stats.skipped} skipped (reasons printed above)`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
