import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;
for (const text of [
  "We don't check the cache, we measure p99 first and then add an index.",
  'Without measuring, nobody should add a cache because it hides the problem.',
  'I never said it was fine, but we added Redis later.',
  'There is no check-then-insert race. Not only do we replay, we also store it.',
  "It isn't safe to retry blindly; a timeout is an unknown outcome.",
  "I wouldn't rewrite it. We rewrote the parser in 2019 and regretted it.",
  "I don't know exactly, but I would check with curl -v.",
]) {
  const doc = nlp.readDoc(text);
  console.log(
    doc
      .tokens()
      .out()
      .map((v, i) => (doc.tokens().itemAt(i).out(its.negationFlag) ? `~${v}` : v))
      .join(' '),
  );
  console.log('  ', doc.tokens().out(its.lemma).join(' '));
  console.log('  ', doc.tokens().out(its.pos).join(' '));
}
// speed
const words =
  'The quick service reads the plan, then I would add a composite index because the scan reads twelve million rows and it takes 1.9 seconds. '.repeat(
    12,
  );
let n = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  const d = nlp.readDoc(words);
  d.tokens().out(its.lemma);
  d.tokens().out(its.negationFlag);
  n++;
}
console.log('docs/s', n / 2, 'words', words.split(/\s+/).length);
const nlp2 = winkNLP(model, ['sbd']);
n = 0;
const t1 = performance.now();
while (performance.now() - t1 < 2000) {
  const d = nlp2.readDoc(words);
  d.tokens().out();
  n++;
}
console.log('tok docs/s', n / 2);
