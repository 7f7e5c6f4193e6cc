/**
 * Reads the structured Markdown format that markdown-export.ts writes (and people edit by hand):
 * `## <id>` per question, the text, a `- key: value` metadata list and `### ` rubric sections.
 * Produces raw objects for the shared validation, plus problems for lines it could not read.
 */

import { decodeBlock, decodeInline, FieldSyntaxError, readJsonString } from './markdown-escape.js';
import { CUES_SEPARATOR_LIKE, SECTION_TITLES, STRUCTURED_MARKER } from './markdown-export.js';
import type { RawEntry } from './validate.js';

const METADATA_LINE = /^- ([A-Za-z]+):(?:[ \t]+(.*))?$/;
const METADATA_KEYS = new Set([
  'category',
  'levels',
  'topics',
  'dimensions',
  'difficulty',
  'minutes',
  'shareInAdvance',
  'source',
  'license',
]);
const LIST_KEYS = new Set(['levels', 'topics', 'dimensions']);
const LIST_ITEM = /^(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const ID_AND_PAREN = /^\[([^\]]*)\][ \t]*\(([^)]*)\)[ \t]*(.*)$/;
/** Where a signal's phrasings or rejects start after its cues. */
const EXTRAS_SPLIT = /\s+(?:—|--)\s*(?=(?:says|rejects):\s*\[)/;
const CUES_SPLIT = new RegExp(`\\s*${CUES_SEPARATOR_LIKE.source}\\s*`, 'i');

type SectionKey = keyof typeof SECTION_TITLES;

/** Whether a Markdown document is in the structured format rather than a plain question list. */
export function isStructuredMarkdown(lines: readonly string[]): boolean {
  return lines.some((line) => line.trim() === STRUCTURED_MARKER || line.startsWith('- category: '));
}

/** Reads every `## <id>` section of a structured document as one raw question. */
export function readStructuredMarkdown(lines: readonly string[]): RawEntry[] {
  const chunks: { id: string; body: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith('## ')) chunks.push({ id: line.slice(3).trim(), body: [] });
    // Anything before the first question (marker, title, intro prose) is not part of a question.
    else chunks.at(-1)?.body.push(line);
  }
  return chunks.map((chunk) => readQuestion(chunk.id, chunk.body));
}

function readQuestion(id: string, body: readonly string[]): RawEntry {
  const value: Record<string, unknown> = { id };
  const problems: string[] = [];
  const { head, sections } = splitSections(body);
  const textLines: string[] = [];
  for (const line of head) {
    const meta = METADATA_LINE.exec(line);
    if (meta?.[1] && METADATA_KEYS.has(meta[1])) readMetadata(value, meta[1], meta[2] ?? '', problems);
    else textLines.push(line);
  }
  attempt(problems, 'text', () => {
    value.text = decodeBlock(textLines);
  });
  for (const section of sections) {
    const key = sectionKey(section.title);
    if (key === undefined) problems.push(`unknown section "### ${section.title}"`);
    else if (value[key] !== undefined) problems.push(`${key}: section "### ${section.title}" appears twice`);
    else value[key] = readSection(key, section.lines, problems);
  }
  return { value, problems };
}

function splitSections(body: readonly string[]): { head: string[]; sections: { title: string; lines: string[] }[] } {
  const head: string[] = [];
  const sections: { title: string; lines: string[] }[] = [];
  for (const line of body) {
    if (line.startsWith('### ')) sections.push({ title: line.slice(4).trim(), lines: [] });
    else (sections.at(-1)?.lines ?? head).push(line);
  }
  return { head, sections };
}

function sectionKey(title: string): SectionKey | undefined {
  const wanted = normaliseTitle(title);
  const keys = Object.keys(SECTION_TITLES) as SectionKey[];
  return keys.find((key) => normaliseTitle(SECTION_TITLES[key]) === wanted);
}

/** "Follow-ups", "Follow ups" and "followups" are the same section to a person editing by hand. */
function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/[^a-z]/g, '');
}

/** Runs a field decoder and turns its syntax error into a problem naming the field. */
function attempt(problems: string[], field: string, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof FieldSyntaxError)) throw error;
    problems.push(`${field}: ${error.message}`);
  }
}

function readMetadata(value: Record<string, unknown>, key: string, raw: string, problems: string[]): void {
  if (value[key] !== undefined) {
    problems.push(`${key}: given twice`);
    return;
  }
  const text = raw.trim();
  if (LIST_KEYS.has(key)) {
    value[key] = text === '' ? [] : text.split(',').map((item) => item.trim());
  } else if (key === 'difficulty' || key === 'minutes') {
    // A non-number stays a string so the schema reports it against the field.
    value[key] = /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
  } else if (key === 'shareInAdvance') {
    value[key] = text === 'true' ? true : text === 'false' ? false : text;
  } else if (key === 'category') {
    value[key] = text;
  } else {
    attempt(problems, key, () => {
      value[key] = decodeInline(text);
    });
  }
}

function readSection(key: SectionKey, lines: readonly string[], problems: string[]): unknown {
  if (key === 'exampleAnswers') return readExampleAnswers(lines, problems);
  const items = listItems(lines, key, problems);
  const out: unknown[] = [];
  items.forEach((item, i) => {
    attempt(problems, `${key}[${i}]`, () => {
      if (key === 'lookFor') out.push(readSignal(item));
      else if (key === 'followUps') out.push(readFollowUp(item));
      else out.push(decodeInline(item));
    });
  });
  return out;
}

/** List item contents; an unmarked line continues the item above it (hand-wrapped lines). */
function listItems(lines: readonly string[], key: SectionKey, problems: string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const item = LIST_ITEM.exec(line);
    if (item) items.push(item[1] ?? '');
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    else problems.push(`${key}: expected a list item, found "${line.trim()}"`);
  }
  return items;
}

function readSignal(item: string): Record<string, unknown> {
  const match = ID_AND_PAREN.exec(item);
  if (!match) throw new FieldSyntaxError('expected "- [signal-id] (dimension) text — cues: a, b"');
  const rest = match[3] ?? '';
  let text: string;
  let cues: string;
  if (rest.startsWith('"')) {
    const quoted = readJsonString(rest);
    const after = CUES_SPLIT.exec(quoted.rest);
    if (after?.index !== 0) throw new FieldSyntaxError('expected " — cues: " after the quoted text');
    text = quoted.value;
    cues = quoted.rest.slice(after[0].length);
  } else {
    const split = CUES_SPLIT.exec(rest);
    if (!split) throw new FieldSyntaxError('expected " — cues: a, b" after the text');
    text = decodeInline(rest.slice(0, split.index));
    cues = rest.slice(split.index + split[0].length);
  }
  const extra = splitExtras(cues);
  return {
    id: match[1]?.trim(),
    text,
    dimension: match[2]?.trim(),
    cues: readCues(extra.cues.trim()),
    ...(extra.phrasings ? { phrasings: extra.phrasings } : {}),
    ...(extra.rejects ? { rejects: extra.rejects } : {}),
  };
}

/** The optional " — says: [...]" and " — rejects: [...]" lists after a signal's cues. */
function splitExtras(raw: string): { cues: string; phrasings?: unknown; rejects?: unknown } {
  const at = raw.search(EXTRAS_SPLIT);
  if (at < 0) return { cues: raw };
  const out: { cues: string; phrasings?: unknown; rejects?: unknown } = { cues: raw.slice(0, at) };
  for (const part of raw.slice(at).split(EXTRAS_SPLIT).slice(1)) {
    const m = /^(says|rejects):\s*(\[.*\])\s*$/s.exec(part.trim());
    if (!m) throw new FieldSyntaxError('expected " — says: [...]" or " — rejects: [...]" as JSON lists');
    let list: unknown;
    try {
      list = JSON.parse(m[2] ?? '');
    } catch {
      throw new FieldSyntaxError(`the ${m[1]} list is not valid JSON`);
    }
    if (m[1] === 'says') out.phrasings = list;
    else out.rejects = list;
  }
  return out;
}

function readCues(raw: string): string[] {
  if (!raw.startsWith('[')) return raw === '' ? [] : raw.split(',').map((cue) => cue.trim());
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new FieldSyntaxError(`invalid quoted cue list: ${raw}`);
  }
  if (!Array.isArray(parsed) || !parsed.every((cue) => typeof cue === 'string')) {
    throw new FieldSyntaxError('the quoted cue list must be a list of strings');
  }
  return parsed;
}

function readFollowUp(item: string): Record<string, unknown> {
  const match = ID_AND_PAREN.exec(item);
  if (!match) throw new FieldSyntaxError('expected "- [follow-up-id] (kind; targets: a, b) text"');
  const [kind = '', targetPart] = (match[2] ?? '').split(/;\s*targets:/);
  const targets = targetPart?.trim() ? targetPart.split(',').map((t) => t.trim()) : [];
  return { id: match[1]?.trim(), text: decodeInline(match[3] ?? ''), kind: kind.trim(), targets };
}

function readExampleAnswers(lines: readonly string[], problems: string[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  let current: string[] | undefined;
  const blocks: [string, string[]][] = [];
  for (const line of lines) {
    if (line.startsWith('#### ')) {
      current = [];
      blocks.push([line.slice(5).trim().toLowerCase(), current]);
    } else if (current) current.push(line);
    else if (line.trim() !== '') problems.push(`exampleAnswers: expected "#### Strong" or "#### Weak" first`);
  }
  for (const [name, block] of blocks) {
    if (name !== 'strong' && name !== 'weak') {
      problems.push(`exampleAnswers: unknown answer "#### ${name}" (expected Strong or Weak)`);
      continue;
    }
    attempt(problems, `exampleAnswers.${name}`, () => {
      answers[name] = decodeBlock(block);
    });
  }
  return answers;
}
