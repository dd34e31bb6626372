/**
 * `@nianbao/cli` — the `nianbao` command line. Programmatic entry: {@link run}.
 *
 * @packageDocumentation
 */
export { run, type RunIO } from './run.js';
