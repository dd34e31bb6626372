import type { Report } from '@nianbao/core';
import type { CheckOptions, Preset, RuleLevel } from '@nianbao/rules';
import { checkJob, extractJob, parseFile, type CheckEntry, type ExtractEntry } from '../jobs.js';

/** What to do with each file of a batch; plain data, so it can cross to a worker thread. */
export type JobSpec =
  | { readonly kind: 'extract' }
  | {
      readonly kind: 'check';
      readonly preset?: Preset;
      readonly rules?: Readonly<Record<string, RuleLevel>>;
      /** Last year's report, by path: read once per thread. */
      readonly previous?: string;
    };

/** What a job gives back for one file. */
export type JobEntry = ExtractEntry | CheckEntry;

/** Runs jobs of one spec, reading last year's report once. */
export function createJobRunner(spec: JobSpec): (file: string) => Promise<JobEntry> {
  if (spec.kind === 'extract') return extractJob;
  let previous: Promise<Report | undefined> | undefined;
  return async (file) => {
    previous ??= spec.previous ? parseFile(spec.previous).then((p) => (p.format === null ? undefined : p.report)) : Promise.resolve(undefined);
    const options: CheckOptions = {
      ...(spec.preset ? { preset: spec.preset } : {}),
      ...(spec.rules ? { rules: spec.rules } : {}),
      ...((await previous) ? { previous: (await previous)! } : {}),
    };
    return checkJob(file, options);
  };
}
