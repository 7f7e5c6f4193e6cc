/**
 * bench/results.md is shared by several benchmarks; each owns one section between
 * `<!-- name:start -->` and `<!-- name:end -->` markers and replaces only that.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const RESULTS = 'bench/results.md';

/** Replace the text between a section's markers, or append the section when it is not there yet. */
export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) return text.slice(0, i) + block + text.slice(j + end.length);
  return `${text.trimEnd()}\n\n${block}\n`;
}

/** Write one section of bench/results.md, leaving every other section as it was. */
export function writeResultsSection(name: string, body: string): void {
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  writeFileSync(RESULTS, replaceSection(text, name, body));
}
