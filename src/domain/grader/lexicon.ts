/**
 * The words the meaning matcher ignores or folds together: function words and spoken fillers
 * carry no claim; a light stemmer lets "retries", "retried" and "retrying" meet; a
 * thesaurus of the field joins words general-purpose vectors do not know ("dedupe",
 * "idempotency", "runbook") to the words they mean.
 */
import { readFileSync } from 'node:fs';

const FUNCTION_WORDS = `a an the and or but if then else so because as of at by for with about against between into
through during before after above below to from up down in out on off over under again further once here there when
where why how all any both each few more most other some such only own same than too very can will just should would
could might must shall may do does did doing done have has had having be is am are was were been being i me my mine we us
our ours you your yours he him his she her hers it its they them their theirs what which who whom this that these those
let lets also just really quite rather get got gets getting make makes made thing things something anything everything
one ones way going go goes went gonna wanna kind sort lot lots bit well yes yeah okay ok oh right actually basically
literally probably maybe mean means say said says like know think guess sure stuff pretty much many every`;

/** Spoken fillers and backchannels: dropped before matching and never quoted as evidence. */
const FILLERS = `um umm uh uhh er erm hmm mm mhm ah yeah yep ok okay like basically actually literally honestly frankly
obviously definitely totally seriously anyway whatever s`;

const functionWords = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
const fillers = new Set(FILLERS.split(/\s+/).filter(Boolean));

/** True for words that carry no claim of their own. */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word) || fillers.has(word);
}

/** True for spoken fillers ("um", "uh", "yeah"). */
export function isFiller(word: string): boolean {
  return fillers.has(word);
}

const SUFFIXES = [
  'ations',
  'ation',
  'ings',
  'ing',
  'ness',
  'ments',
  'ment',
  'ies',
  'ied',
  'ers',
  'er',
  'es',
  'ed',
  's',
  'ly',
];

/** A crude stem: enough to join inflections ("retries"/"retried"/"retry") without a dictionary. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

const THESAURUS_FILE = new URL('../../content/grader/thesaurus.txt', import.meta.url);

let thesaurus: Map<string, Set<number>> | undefined;

/**
 * Groups of the field's words that stand for one idea (src/content/grader/thesaurus.txt: one
 * group a line, written for this grader in the words engineers use), keyed by stem.
 */
function groups(): Map<string, Set<number>> {
  if (thesaurus) return thesaurus;
  const map = new Map<string, Set<number>>();
  readFileSync(THESAURUS_FILE, 'utf8')
    .split('\n')
    .forEach((line, group) => {
      for (const w of line.trim().split(/\s+/)) {
        if (!w) continue;
        const key = stem(w);
        const set = map.get(key) ?? new Set<number>();
        set.add(group);
        map.set(key, set);
      }
    });
  thesaurus = map;
  return map;
}

const neighbours = new Map<string, ReadonlySet<string>>();

/** Every stem that shares a thesaurus group with `key` (itself included when it has one). */
export function neighboursOf(key: string): ReadonlySet<string> {
  let set = neighbours.get(key);
  if (set) return set;
  const mine = groups().get(key);
  const out = new Set<string>();
  if (mine) for (const [other, theirs] of groups()) for (const g of theirs) if (mine.has(g)) out.add(other);
  set = out;
  neighbours.set(key, set);
  return set;
}

/** True when two stems share a thesaurus group. */
export function sameIdea(a: string, b: string): boolean {
  return neighboursOf(a).has(b);
}
