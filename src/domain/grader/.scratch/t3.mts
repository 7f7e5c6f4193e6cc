import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp0 = winkNLP(model, []);
const d = nlp0.readDoc("Hello there. It's 1,500 rps.");
console.log(d.tokens().out(), d.sentences().length());
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
for (const t of [
  '\uD800abc',
  '',
  '   ',
  '\u0000\u0001',
  'a'.repeat(5000),
  '😀'.repeat(100),
  'ﬁ ligature İstanbul ß',
  '\r\n\r\n',
  'x\u200By',
]) {
  const doc = nlp.readDoc(t);
  const vals = doc.tokens().out();
  const sp = doc.tokens().out(nlp.its.precedingSpaces);
  const re = vals.map((v, i) => sp[i] + v).join('');
  console.log(
    JSON.stringify(t.slice(0, 20)),
    vals.length,
    re === t,
    doc.sentences().length(),
    JSON.stringify(doc.sentences().out(nlp.its.span)).slice(0, 50),
  );
}
