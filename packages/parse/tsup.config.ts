import { defineConfig } from 'tsup';
import shared from '../../tsup.config';

// The main entry plus the DOCX and PDF adapters as subpaths, so text and HTML users never load the
// zip, XML and PDF code (parseReport imports the adapters on demand).
export default defineConfig({
  ...(shared as object),
  entry: { index: 'src/index.ts', docx: 'src/docx-adapter.ts', pdf: 'src/pdf-adapter.ts' },
});
