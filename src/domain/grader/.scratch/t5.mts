import { compileCue, findCue, indexCues } from '../cues.js';
import { analyse } from '../nlp.js';

const text =
  "I would not add Redis before measuring. We store date_of_birth and res.headers.age; it's 1,500 rps with Retry-After: 1 at 14:10 and p99 of 250ms. We never rewrote it; we strangled it piece by piece.\n- idempotency key, unique constraint\nI don't know exactly, I should've checked. We deduped, 17 million rows a day, denormalise it, 24-hour window.";
const a = analyse(text);
for (const s of a.sentences) console.log(JSON.stringify(text.slice(s.start, s.end)));
const idx = indexCues(a);
for (const c of [
  'redis',
  'date of birth',
  'headers age',
  '1500',
  'retry after',
  '14 10',
  'rewrite',
  'idempotency key',
  'key unique',
  'i don t know',
  'i should have',
  'dedupe',
  'rows a day',
  'denormalize',
  '24 hours',
  'measure',
  'strangle',
  'ms',
]) {
  const cc = compileCue(c);
  console.log(
    c,
    JSON.stringify(cc.steps),
    findCue(idx, cc).map(
      (m) => `${text.slice(a.tokens[m.tokenStart]!.start, a.tokens[m.tokenEnd - 1]!.end)}${m.negated ? ' (neg)' : ''}`,
    ),
  );
}
