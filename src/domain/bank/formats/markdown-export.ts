/**
 * Writes questions as a structured Markdown document that reads well in a repository and that
 * `readStructuredMarkdown` reads back exactly. One `## <id>` section per question:
 *
 * ```md
 * ## cache-stampede
 *
 * The question text, as paragraphs.
 *
 * - category: technical
 * - levels: mid, senior
 * - ...
 *
 * ### Look for
 *
 * - [names-stampede] (fundamentals) Names the stampede and why it happens. — cues: stampede, thundering herd
 *
 * ### Follow-ups
 *
 * - [lock-fails] (failure; targets: names-stampede) What if the lock holder dies?
 * ```
 *
 * Escaping rules live in markdown-escape.ts.
 */
import type { TFollowUp, TQuestionDraft, TSignal } from '../../../shared/schemas/question.js';
import { encodeBlock, encodeInline, toJsonLiteral } from './markdown-escape.js';

/** First line of every export; lets the importer tell this format from a plain question list. */
export const STRUCTURED_MARKER = '<!-- caliper-questions v1 -->';

/** Separator between a signal's text and its cues. */
export const CUES_SEPARATOR = ' — cues: ';

/**
 * Text that the reader could take for the cues separator (it accepts `--` as well as `—` for hand
 * edits); a signal text containing it is quoted.
 */
export const CUES_SEPARATOR_LIKE = /(?:—|--)\s*cues:/i;

/** Section titles, in the order they are written; the reader matches them case-insensitively. */
export const SECTION_TITLES = {
  lookFor: 'Look for',
  followUps: 'Follow-ups',
  commonMistakes: 'Common mistakes',
  redFlags: 'Red flags',
  outline: 'Outline',
  exampleAnswers: 'Example answers',
} as const;

/** Renders questions as the structured Markdown format, ending with a newline. */
export function exportMarkdown(questions: readonly TQuestionDraft[]): string {
  const parts = [`${STRUCTURED_MARKER}\n# Interview questions\n`, ...questions.map(questionSection)];
  return parts.join('\n');
}

function questionSection(q: TQuestionDraft): string {
  const lines: string[] = [`## ${q.id}`, '', ...encodeBlock(q.text), '', ...metadataLines(q)];
  if (q.lookFor.length > 0) lines.push(...listSection(SECTION_TITLES.lookFor, q.lookFor.map(signalItem)));
  if (q.followUps.length > 0) lines.push(...listSection(SECTION_TITLES.followUps, q.followUps.map(followUpItem)));
  if (q.commonMistakes.length > 0) {
    lines.push(
      ...listSection(
        SECTION_TITLES.commonMistakes,
        q.commonMistakes.map((m) => `- ${encodeInline(m)}`),
      ),
    );
  }
  if (q.redFlags.length > 0) {
    lines.push(
      ...listSection(
        SECTION_TITLES.redFlags,
        q.redFlags.map((f) => `- ${encodeInline(f)}`),
      ),
    );
  }
  if (q.outline.length > 0) {
    lines.push(
      ...listSection(
        SECTION_TITLES.outline,
        q.outline.map((step, i) => `${i + 1}. ${encodeInline(step)}`),
      ),
    );
  }
  if (q.exampleAnswers) {
    lines.push('', `### ${SECTION_TITLES.exampleAnswers}`, '', '#### Strong', '');
    lines.push(...encodeBlock(q.exampleAnswers.strong), '', '#### Weak', '', ...encodeBlock(q.exampleAnswers.weak));
  }
  return `${lines.join('\n')}\n`;
}

function metadataLines(q: TQuestionDraft): string[] {
  const lines = [
    `- category: ${q.category}`,
    `- levels: ${q.levels.join(', ')}`,
    `- topics: ${q.topics.join(', ')}`,
    `- dimensions: ${q.dimensions.join(', ')}`,
    `- difficulty: ${q.difficulty}`,
    `- minutes: ${q.minutes}`,
  ];
  // Absent means "by category"; writing the default would change the question on re-import.
  if (q.shareInAdvance !== undefined) lines.push(`- shareInAdvance: ${q.shareInAdvance}`);
  lines.push(`- source: ${encodeInline(q.source)}`, `- license: ${encodeInline(q.license)}`);
  return lines;
}

function listSection(title: string, items: string[]): string[] {
  return ['', `### ${title}`, '', ...items];
}

/** Separators before a signal's example phrasings and rejected alternatives, each a JSON list. */
export const SAYS_SEPARATOR = ' — says: ';
export const REJECTS_SEPARATOR = ' — rejects: ';

function signalItem(s: TSignal): string {
  const says = s.phrasings?.length ? `${SAYS_SEPARATOR}${toJsonLiteral(s.phrasings)}` : '';
  const rejects = s.rejects?.length ? `${REJECTS_SEPARATOR}${toJsonLiteral(s.rejects)}` : '';
  return `- [${s.id}] (${s.dimension}) ${encodeInline(s.text, CUES_SEPARATOR_LIKE)}${CUES_SEPARATOR}${encodeCues(s.cues)}${says}${rejects}`;
}

/** Cues are comma-separated; a list with a cue the plain form cannot carry is written as JSON. */
function encodeCues(cues: readonly string[]): string {
  const plain = cues.every((cue) => !cue.includes(',') && !/^[[\\"]/.test(cue) && encodeInline(cue) === cue);
  return plain ? cues.join(', ') : toJsonLiteral(cues);
}

function followUpItem(f: TFollowUp): string {
  const targets = f.targets.length > 0 ? `; targets: ${f.targets.join(', ')}` : '';
  return `- [${f.id}] (${f.kind}${targets}) ${encodeInline(f.text)}`;
}
