import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;
const doc = nlp.readDoc(
  'We deduped the events, deduplicating retries; the denormalized column and denormalise it. Rewrote, rewriting, rewritten. Nobody should add a cache. I’d measure first — then decide. At 14:10 we had 3x the traffic, 1st time, $300, 2pm, 10:30am, v1.2.3, https://x.com/a, bob@x.com, #tag',
);
console.log(doc.tokens().out(its.stem).join(' '));
console.log(doc.tokens().out(its.lemma).join(' '));
console.log(doc.tokens().out(its.type).join(' '));
console.log(
  doc
    .tokens()
    .out(its.negationFlag)
    .map((f, i) => (f ? i : ''))
    .join(' '),
);
