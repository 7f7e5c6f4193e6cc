/**
 * Reads question lists the way people keep them in public interview-question repositories:
 * `#`..`###` headings are sections (which suggest topic and category), `####` headings and list
 * items are questions, and a paragraph under a question is its prompt. Everything else (tables of
 * contents, code blocks, answers in `<details>`, badges, prose between sections) is skipped.
 * The questions come out as drafts: classified by guesswork, with no rubric yet.
 */

import { slugify, uniqueSlug } from '../slug.js';
import { classify, type SectionHint, sectionHint } from './classify.js';
import type { RawEntry } from './validate.js';

/** Options for {@link readPlainList}. */
export interface PlainListOptions {
  /** Recorded as each question's source; 'imported' when absent. */
  sourceName?: string;
}

interface Section {
  level: number;
  hint: SectionHint;
  skip: boolean;
}

interface Paragraph {
  lines: string[];
  list: boolean;
}

interface Pending {
  title: string;
  kind: 'heading' | 'item';
  indent: number;
  hint: SectionHint;
  paragraphs: Paragraph[];
  /** An item's title still takes wrapped lines: no blank line or prompt since it started. */
  open: boolean;
  /** An answer started: nothing more belongs to the question. */
  stopped: boolean;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const HTML_ONLY = /^[ \t]*<\/?[a-z][^>]*>[ \t]*$/i;
const LINK_ONLY = /^\[([^\]]*)\]\(([^)]*)\)$/;
const ANSWER_START = /^(?:\*\*|__)?(?:answers?|a|solution)(?:\*\*|__)?[ \t]*[:.)]/i;
const SKIPPED_SECTION =
  /\bcontents\b|\btoc\b|\bresources\b|\breferences\b|\bfurther reading\b|\bcontribut|\blicen[cs]e\b|\bcredits\b|\backnowledg|\bsee also\b|\blinks\b/i;
const QUESTION_WORDS =
  /^(?:what|why|how|when|where|which|who|whom|whose|explain|describe|design|tell|give|compare|walk|can|could|do|does|did|is|are|was|should|would|will|have|has|imagine|suppose|name|list|implement|write|define)\b/i;

/** Whether a line of text reads as a question or an interview prompt. */
function looksLikeQuestion(text: string): boolean {
  return text.trim().endsWith('?') || QUESTION_WORDS.test(text.trim());
}

/** Markdown inline markup to plain text: links become their text, images and emphasis go. */
function cleanInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/<\/?(?:br|b|i|em|strong|kbd|sup|sub|span|a)\b[^>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question's own line without checkbox or numbering: "[ ] 3. Q: What..." -> "What...". */
function cleanTitle(text: string): string {
  return cleanInline(text)
    .replace(/^\[[ xX]\][ \t]+/, '')
    .replace(/^(?:q(?:uestion)?[ \t]*\d*[ \t]*[:.)-]|\d+[.)])[ \t]*/i, '')
    .trim();
}

function indentWidth(space: string): number {
  return space.replace(/\t/g, '    ').length;
}

/**
 * Reads a plain question list into raw questions. Ids are slugs of the question line (at most 60
 * characters, -2, -3 on repeats); category, topic and dimension are guessed; levels are ['mid'];
 * look-for signals are empty, so every question needs signals.
 */
export function readPlainList(lines: readonly string[], opts: PlainListOptions = {}): RawEntry[] {
  const source = opts.sourceName ?? 'imported';
  const taken = new Set<string>();
  const entries: RawEntry[] = [];
  const sections: Section[] = [];
  let pending: Pending | undefined;
  let afterBlank = true;
  let fence: string | undefined;
  let inComment = false;
  let detailsDepth = 0;

  const current = (): Section | undefined => sections.at(-1);
  const flush = (): void => {
    if (pending) entries.push(toEntry(pending, source, taken));
    pending = undefined;
  };
  const pushSection = (level: number, title: string): void => {
    while ((current()?.level ?? 0) >= level) sections.pop();
    const parent = current();
    const own = sectionHint(title);
    const topic = own.topic ?? parent?.hint.topic;
    const category = own.category ?? parent?.hint.category;
    const hint: SectionHint = {};
    if (topic) hint.topic = topic;
    if (category) hint.category = category;
    sections.push({ level, hint, skip: (parent?.skip ?? false) || SKIPPED_SECTION.test(title) });
  };
  const addPrompt = (text: string, list: boolean): void => {
    if (!pending || text === '') return;
    pending.open = false;
    const last = pending.paragraphs.at(-1);
    if (last && !afterBlank && last.list === list) last.lines.push(text);
    else pending.paragraphs.push({ lines: [text], list });
  };
  const startQuestion = (title: string, kind: Pending['kind'], indent: number): void => {
    flush();
    const section = current();
    if (section?.skip) return;
    pending = { title, kind, indent, hint: section?.hint ?? {}, paragraphs: [], open: kind === 'item', stopped: false };
  };

  lines.forEach((line, lineIndex) => {
    // YAML front matter of a static-site page.
    if (lineIndex === 0 && line.trim() === '---') fence = '---';
    if (fence !== undefined) {
      const trimmed = line.trim();
      const closes = fence === '---' ? lineIndex > 0 && trimmed === '---' : /^(`+|~+)$/.test(trimmed);
      if (closes && trimmed.startsWith(fence)) fence = undefined;
      return;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      // Code is neither a question nor prose to append; it also ends a wrapped title.
      fence = fenceOpen[1];
      if (pending) pending.open = false;
      return;
    }
    if (inComment || line.trim().startsWith('<!--')) {
      inComment = !line.includes('-->');
      return;
    }
    if (/<details\b/i.test(line)) detailsDepth++;
    if (/<\/details>/i.test(line)) {
      detailsDepth = Math.max(0, detailsDepth - 1);
      return;
    }
    if (detailsDepth > 0 || HTML_ONLY.test(line)) return;

    if (line.trim() === '') {
      afterBlank = true;
      if (pending) pending.open = false;
      return;
    }
    const heading = HEADING.exec(line);
    const item = heading ? null : LIST_ITEM.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const title = heading[2] ?? '';
      if (level <= 3) {
        flush();
        pushSection(level, title);
      } else {
        // A new question heading leaves any group made of an earlier non-question #### heading.
        while ((current()?.level ?? 0) >= 4) sections.pop();
        startQuestion(cleanTitle(title), 'heading', 0);
      }
    } else if (RULE.test(line)) {
      flush();
    } else if (/^[ \t]*\|/.test(line)) {
      // Tables hold comparisons and answers, not questions.
    } else if (item) {
      handleItem(indentWidth(item[1] ?? ''), item[2] ?? '');
    } else {
      handleText(line);
    }
    afterBlank = false;
  });
  flush();
  return entries;

  function handleItem(indent: number, content: string): void {
    const p = pending;
    if (p && p.kind === 'item' && indent > p.indent) {
      // Sub-points of a question are part of its prompt, unless they follow its answer.
      if (!p.stopped) addPrompt(`- ${cleanInline(content)}`, true);
      return;
    }
    if (p && p.kind === 'heading') {
      if (p.stopped) return;
      if (looksLikeQuestion(p.title)) {
        addPrompt(`- ${cleanInline(content)}`, true);
        return;
      }
      // A #### heading that is not a question, with a list under it, groups questions.
      pending = undefined;
      pushSection(4, p.title);
    }
    const link = LINK_ONLY.exec(content.trim());
    if (link && ((link[2] ?? '').startsWith('#') || !looksLikeQuestion(link[1] ?? ''))) {
      // A table of contents or a reading list.
      flush();
      return;
    }
    startQuestion(cleanTitle(content), 'item', indent);
  }

  function handleText(line: string): void {
    const p = pending;
    if (!p || p.stopped) return;
    const text = cleanInline(line.replace(/^[ \t]*(?:>[ \t]?)+/, ''));
    if (ANSWER_START.test(text)) {
      p.stopped = true;
      return;
    }
    if (p.kind === 'heading') addPrompt(text, false);
    // A wrapped question line continues the title; after a finished sentence it starts the prompt.
    else if (p.open && !/[?.!:]$/.test(p.title)) p.title = `${p.title} ${text}`;
    else if (p.open) addPrompt(text, false);
    else if (indentWidth(/^[ \t]*/.exec(line)?.[0] ?? '') > p.indent) addPrompt(text, false);
    // Unindented prose after a blank line closes the list item: it is the section's own text.
    else flush();
  }
}

function toEntry(q: Pending, source: string, taken: Set<string>): RawEntry {
  const prompt = q.paragraphs.map((p) => p.lines.join(p.list ? '\n' : ' '));
  const text = [q.title, ...prompt].join('\n\n');
  const { category, topics, dimension } = classify(text, q.hint);
  // The slug comes from the question line only; "?" and other punctuation drop out.
  const id = uniqueSlug(slugify(q.title), taken);
  return {
    value: { id, text, category, levels: ['mid'], topics, dimensions: [dimension], source, license: 'unknown' },
  };
}
