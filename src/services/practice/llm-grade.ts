/**
 * The optional LLM grader: asks an OpenAI-compatible chat-completions endpoint (a hosted model,
 * or a local Ollama/vLLM) for a rubric-based grade, then trusts nothing it says until checked:
 * the reply is validated with Zod, quotes that are not in the answer are dropped with what
 * rests on them, unknown ids are dropped, scores are clamped to the scale and the overall is
 * recomputed with the rubric's weights. Any failure returns no grade and a one-line note, so
 * the caller shows the built-in grade alone. It never throws and never logs the answer.
 */

import { ANTI_PATTERNS } from '../../domain/grader/anti-patterns.js';
import { type Grade, ZGrade } from '../../domain/grader/grade-schema.js';
import { loadRubric, weightedComposite } from '../../domain/rubric/rubric.js';
import { round1 } from '../../shared/numbers.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import { DIMENSIONS, type Dimension } from '../../shared/schemas/vocabulary.js';
import { buildSystemPrompt, GRADE_REPLY_JSON_SCHEMA, type LlmReply, ZLlmReply } from './llm-prompt.js';

/** Where the model lives: `config.llm`. */
export interface LlmEndpoint {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
}

export interface LlmGradeOptions {
  /** How long to wait for the whole reply; 20 000 ms by default. */
  timeoutMs?: number;
  /** For tests; the global fetch by default. */
  fetchImpl?: typeof fetch;
}

/** The AI grade (null when it failed) and, on failure, one plain line saying why. */
export interface LlmGradeResult {
  grade: Grade | null;
  note: string | null;
}

export const DEFAULT_LLM_TIMEOUT_MS = 20_000;

const SUFFIX = 'showing the built-in grade only.';

/** A failure with the plain-words line shown to the candidate. */
class LlmFailure extends Error {}

/**
 * Grades `answer` with the model. `builtIn` is the built-in grade of the same answer: it gives
 * the level, the answer's structure and the fallback follow-up.
 */
export async function gradeWithLlm(
  llm: LlmEndpoint,
  question: TQuestion,
  answer: string,
  builtIn: Grade,
  opts: LlmGradeOptions = {},
): Promise<LlmGradeResult> {
  try {
    const content = await askModel(llm, question, answer, builtIn, opts);
    const reply = parseReply(content);
    return { grade: buildGrade(llm.model, question, answer, builtIn, reply), note: null };
  } catch (err) {
    const note = err instanceof LlmFailure ? err.message : `The AI grader failed unexpectedly; ${SUFFIX}`;
    return { grade: null, note };
  }
}

/** POSTs the chat request and returns the message content; throws LlmFailure with a plain note. */
async function askModel(
  llm: LlmEndpoint,
  question: TQuestion,
  answer: string,
  builtIn: Grade,
  opts: LlmGradeOptions,
): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  const doFetch = opts.fetchImpl ?? fetch;
  const url = `${llm.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (llm.apiKey) headers.authorization = `Bearer ${llm.apiKey}`;
  const body = {
    model: llm.model,
    temperature: 0,
    messages: [
      { role: 'system', content: buildSystemPrompt(question, builtIn.level) },
      { role: 'user', content: answer },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'caliper_grade', strict: true, schema: GRADE_REPLY_JSON_SCHEMA },
    },
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await doFetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    // Read the body under the same timeout: a server may send headers and then stall.
    const text = await res.text();
    if (!res.ok) throw new LlmFailure(`The AI grader answered with HTTP ${res.status}; ${SUFFIX}`);
    return contentOf(text);
  } catch (err) {
    if (err instanceof LlmFailure) throw err;
    if (controller.signal.aborted) {
      throw new LlmFailure(`The AI grader did not answer within ${formatSeconds(timeoutMs)}; ${SUFFIX}`);
    }
    throw new LlmFailure(`The AI grader could not be reached; ${SUFFIX}`);
  } finally {
    clearTimeout(timer);
  }
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The assistant message text of a chat-completions response body. */
function contentOf(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new LlmFailure(`The AI grader's response was not valid JSON; ${SUFFIX}`);
  }
  const message = (parsed as { choices?: { message?: { content?: unknown; refusal?: unknown } }[] } | null)
    ?.choices?.[0]?.message;
  const content = message?.content;
  if (typeof content === 'string' && content.trim() !== '') return content;
  // Some servers send content as parts: [{ type: 'text', text }].
  if (Array.isArray(content)) {
    const text = content
      .map((p: unknown) => (typeof (p as { text?: unknown })?.text === 'string' ? (p as { text: string }).text : ''))
      .join('');
    if (text.trim() !== '') return text;
  }
  if (typeof message?.refusal === 'string') throw new LlmFailure(`The AI grader declined to grade; ${SUFFIX}`);
  throw new LlmFailure(`The AI grader's response held no reply; ${SUFFIX}`);
}

/** JSON from the reply text, tolerating a ```json fence or prose around one object. */
function parseReply(content: string): LlmReply {
  let text = content.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fence?.[1] !== undefined) text = fence[1].trim();
  else if (!text.startsWith('{')) text = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LlmFailure(`The AI grader's reply was not valid JSON; ${SUFFIX}`);
  }
  const parsed = ZLlmReply.safeParse(raw);
  if (!parsed.success) throw new LlmFailure(`The AI grader's reply did not have the expected fields; ${SUFFIX}`);
  return parsed.data;
}

/** The quote as it appears in the answer (trimmed, outer quotation marks removed), or null. */
function exactQuote(answer: string, quote: string): string | null {
  const candidates = [
    quote.trim(),
    quote
      .trim()
      .replace(/^["'“‘]+|["'”’]+$/g, '')
      .trim(),
  ];
  return candidates.find((q) => q.length > 0 && answer.includes(q)) ?? null;
}

/** Turns a validated reply into a full Grade, dropping and clamping what does not hold. */
function buildGrade(model: string, question: TQuestion, answer: string, builtIn: Grade, reply: LlmReply): Grade {
  const notes: string[] = [
    `Graded by the AI model ${model} against the same rubric; the overall is the rubric's weighted composite.`,
  ];
  const assessed = new Set<Dimension>(question.dimensions);

  const clamped: string[] = [];
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const r = reply.dimensions[d];
      if (!assessed.has(d) || !r || r.score === null) return [d, { score: null, reasons: [] }];
      const score = round1(Math.min(5, Math.max(1, r.score)));
      if (r.score < 1 || r.score > 5) clamped.push(`${d} ${r.score} to ${score}`);
      return [d, { score, reasons: r.reason ? [r.reason] : [] }];
    }),
  ) as Grade['dimensions'];
  if (clamped.length > 0) notes.push(`Scores outside the 1–5 scale were clamped: ${clamped.join(', ')}.`);

  const rubric = loadRubric();
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensions[d].score]));
  const composite = weightedComposite(rubric, builtIn.level, scores);
  if (composite === null) throw new LlmFailure(`The AI grader scored none of the question's dimensions; ${SUFFIX}`);
  const overall = round1(composite);

  let badQuotes = 0;
  const unknownIds = new Set<string>();
  const hit: Grade['signals']['hit'] = [];
  for (const s of reply.signalsHit) {
    const signal = question.lookFor.find((l) => l.id === s.id);
    if (!signal) unknownIds.add(s.id);
    else if (hit.some((h) => h.id === s.id)) continue;
    else {
      const quote = exactQuote(answer, s.quote);
      if (!quote) badQuotes++;
      else hit.push({ id: signal.id, text: signal.text, dimension: signal.dimension, cues: [], quote, strength: 1 });
    }
  }
  const hitIds = new Set(hit.map((h) => h.id));
  const missed = question.lookFor
    .filter((l) => !hitIds.has(l.id))
    .map((l) => ({ id: l.id, text: l.text, dimension: l.dimension }));

  const antiPatterns: Grade['antiPatterns'] = [];
  for (const p of reply.antiPatterns) {
    const def = ANTI_PATTERNS.find((a) => a.id === p.id);
    if (!def) unknownIds.add(p.id);
    else if (antiPatterns.some((a) => a.id === p.id)) continue;
    else {
      const quote = exactQuote(answer, p.quote);
      if (!quote) badQuotes++;
      else antiPatterns.push({ id: def.id, name: def.name, explanation: p.explanation || def.explanation, quote });
    }
  }

  let followUp = builtIn.followUp;
  if (reply.followUpId) {
    const f = question.followUps.find((x) => x.id === reply.followUpId);
    if (!f) unknownIds.add(reply.followUpId);
    else {
      const reason = reply.followUpReason || 'Chosen by the AI grader as the next probe.';
      followUp = { id: f.id, text: f.text, kind: f.kind, targets: [...f.targets], reason };
    }
  }

  if (badQuotes > 0) {
    notes.push(
      `Dropped ${badQuotes} finding${badQuotes === 1 ? '' : 's'} whose quote was not found word for word in the answer.`,
    );
  }
  if (unknownIds.size > 0) {
    const ids = [...unknownIds].slice(0, 5).map((id) => id.slice(0, 60));
    notes.push(`Ignored ids the question does not have: ${ids.join(', ')}.`);
  }
  if (typeof reply.overall === 'number' && Math.abs(reply.overall - overall) >= 0.5) {
    notes.push(`The model's own overall (${round1(reply.overall)}) was replaced by the rubric's composite.`);
  }
  notes.push("The answer's shape is the built-in grader's reading.");

  const grade = ZGrade.safeParse({
    questionId: question.id,
    level: builtIn.level,
    grader: 'llm',
    overall,
    dimensions,
    signals: { hit, missed },
    antiPatterns,
    structure: builtIn.structure,
    followUp,
    notes,
  });
  if (!grade.success) throw new LlmFailure(`The AI grader's grade failed the final check; ${SUFFIX}`);
  return grade.data;
}
