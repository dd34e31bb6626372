/**
 * `@nianbao/cli` — the `nianbao` command line. Programmatic entry: {@link run}.
 *
 * @packageDocumentation
 */
export { run } from './run.js';
export { EXIT, type RunIO } from './io.js';
