/**
 * Quick structural check of the bank files while writing content:
 * `npx tsx scripts/check-bank.ts [file...]` prints counts and every schema problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZQuestionFile } from '../src/shared/schemas/question.js';

const dir = 'src/content/questions';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, f));
const ids = new Map<string, string>();
const count = {
  category: new Map<string, number>(),
  level: new Map<string, number>(),
  topic: new Map<string, number>(),
};
let bad = 0;
for (const file of files) {
  const parsed = ZQuestionFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    bad++;
    for (const issue of parsed.error.issues.slice(0, 30))
      console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  for (const q of parsed.data) {
    if (ids.has(q.id)) {
      bad++;
      console.log(`${file}: duplicate id ${q.id} (also in ${ids.get(q.id)})`);
    }
    ids.set(q.id, file);
    const signalIds = new Set(q.lookFor.map((s) => s.id));
    for (const f of q.followUps)
      for (const t of f.targets)
        if (!signalIds.has(t)) {
          bad++;
          console.log(`${file}: ${q.id}: follow-up ${f.id} targets unknown signal ${t}`);
        }
    for (const s of q.lookFor)
      if (!q.dimensions.includes(s.dimension)) {
        bad++;
        console.log(`${file}: ${q.id}: signal ${s.id} uses dimension ${s.dimension} not in the question's dimensions`);
      }
    if (!q.followUps.some((f) => f.kind === 'failure')) {
      bad++;
      console.log(`${file}: ${q.id}: needs a follow-up of kind "failure"`);
    }
    const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    inc(count.category, q.category);
    for (const l of q.levels) inc(count.level, l);
    for (const t of q.topics) inc(count.topic, t);
  }
}
console.log(`questions: ${ids.size}`);
console.log('by category:', Object.fromEntries(count.category));
console.log('by level:', Object.fromEntries(count.level));
console.log('by topic:', Object.fromEntries([...count.topic].sort()));
process.exit(bad ? 1 : 0);
