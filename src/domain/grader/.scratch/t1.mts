import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;
const text =
  "I would not add Redis before measuring. We can't use date_of_birth or res.headers.age; it's 1,500 rps with Retry-After: 1 and p99 of 250ms. We never rewrote it; we strangled it piece by piece.\n\n- bullet one\n- idempotency key, unique constraint, 409 Wasn't caching the issue? 3.5% 10k 2x e.g. the DB's rows   ünïcode 😀 done.";
const doc = nlp.readDoc(text);
const vals = doc.tokens().out();
const sp = doc.tokens().out(its.precedingSpaces);
const lem = doc.tokens().out(its.lemma);
const neg = doc.tokens().out(its.negationFlag);
const pos = doc.tokens().out(its.pos);
const typ = doc.tokens().out(its.type);
const norm = doc.tokens().out(its.normal);
const cf = doc.tokens().out(its.contractionFlag);
for (let i = 0; i < vals.length; i++)
  console.log(JSON.stringify([vals[i], sp[i], lem[i], neg[i], pos[i], typ[i], norm[i], cf[i]]));
doc.sentences().each((s) => console.log('S', s.out(its.span), JSON.stringify(s.out())));
console.log(doc.out() === text);
