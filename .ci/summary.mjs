// Sums vitest JSON result files into the closing line CI prints: `N passed, N failed`.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  // A file that fails to load has no failed test but fails the run: count it once.
  const loadFailures = results.success === false && results.numFailedTests === 0 ? Math.max(1, results.numFailedTestSuites) : 0;
  failed += results.numFailedTests + loadFailures;
  skipped += results.numPendingTests + results.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
