import { readFileSync, readdirSync } from 'node:fs';
import { readPdf, extractPdfTextItems } from '../src/pdf-adapter.js';
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const files = readdirSync(folder).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f)).sort().map((f) => new Uint8Array(readFileSync(new URL(f, folder))));
const fn = process.argv[2] === 'floor' ? extractPdfTextItems : (b: Uint8Array) => readPdf(b);
for (let i = 0; i < 60; i++) await fn(files[i % files.length]!);
