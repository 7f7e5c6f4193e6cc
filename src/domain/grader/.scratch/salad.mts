import { readFileSync } from 'node:fs';
import { loadBuiltInBank } from '../../../content/load-bank.js';
import { indexCues } from '../cues.js';
import { isRealSentence, realSentenceShare, reasoningCount } from '../features.js';
import { analyse } from '../nlp.js';
import { findSignals } from '../signals.js';

const bank = loadBuiltInBank();
const labelled = JSON.parse(readFileSync('src/content/practice/labelled-answers.json', 'utf8')) as Array<{
  questionId: string;
  label: number;
  answer: string;
}>;
for (const l of labelled) {
  if (!l.answer.startsWith(process.argv[2]!)) continue;
  const a = analyse(l.answer);
  const idx = indexCues(a);
  const sig = findSignals(bank.find((q) => q.id === l.questionId)!, idx);
  console.log(
    'realShare',
    realSentenceShare(a),
    'reasoning',
    reasoningCount(idx),
    'density',
    sig.cueDensity,
    'words',
    a.words,
  );
  for (const s of a.sentences)
    console.log(
      isRealSentence(a, s),
      JSON.stringify(l.answer.slice(s.start, s.end)),
      a.tokens
        .slice(s.tokenStart, s.tokenEnd)
        .map((t) => t.pos)
        .join(' '),
    );
}
