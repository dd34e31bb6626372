/**
 * The languages of findings and comparisons. Reports are Chinese, so Chinese comes first; English
 * is there for readers who need it, alone or after the Chinese.
 */

/** `zh` Chinese, `en` English, `both` Chinese then English. */
export type Language = 'zh' | 'en' | 'both';

/** The languages a renderer accepts, for validating options and command-line flags. */
export const LANGUAGES: readonly Language[] = ['zh', 'en', 'both'];

/** The output formats of findings and comparisons. */
export type OutputFormat = 'text' | 'markdown';

/** The formats a renderer accepts. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown'];

/** A short label in the chosen language; `both` joins the two with a space. */
export function say(language: Language, zh: string, en: string): string {
  return language === 'zh' ? zh : language === 'en' ? en : `${zh} ${en}`;
}

/** Throws for an unknown format or language (programmer errors, e.g. an unchecked CLI flag). */
export function checkFormatAndLanguage(format: unknown, language: unknown): void {
  if (!OUTPUT_FORMATS.includes(format as OutputFormat)) {
    throw new TypeError(`Unknown format ${JSON.stringify(format)}; expected one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  if (!LANGUAGES.includes(language as Language)) {
    throw new TypeError(`Unknown language ${JSON.stringify(language)}; expected one of ${LANGUAGES.join(', ')}`);
  }
}
