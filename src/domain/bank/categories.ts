/**
 * The categories the protected-characteristic lint reports, and how each is reported: which
 * rule, how severe, and what to ask instead.
 */

/** The kinds of protected subject the lint recognises. */
export type ProtectedCategory =
  | 'age'
  | 'family'
  | 'religion'
  | 'national-origin'
  | 'disability'
  | 'sexual-orientation'
  | 'gender-identity'
  | 'race'
  | 'arrest-record'
  | 'salary-history';

/** Rule ids the detector reports under. */
export type SensitiveRule = 'protected-characteristic' | 'salary-history';

/** How a category is reported. */
export interface CategoryInfo {
  readonly rule: SensitiveRule;
  readonly severity: 'error' | 'warning';
  /** What the question asks about, for the message. */
  readonly label: string;
  /** What to do instead: a lint that only says "no" is a lint people switch off. */
  readonly advice: string;
}

const SCHEDULE = 'If the schedule matters, state it and ask whether they can meet it.';
const NEVER = 'This is never job-related: remove it.';

/** How each category is reported. */
export const CATEGORY_INFO: Readonly<Record<ProtectedCategory, CategoryInfo>> = {
  age: {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'age or a proxy for it (birth date, graduation year, retirement plans)',
    advice: 'Ask about experience with the work instead.',
  },
  family: {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'marital or family status, pregnancy or caring responsibilities',
    advice: SCHEDULE,
  },
  religion: {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'religion or religious observance',
    advice: SCHEDULE,
  },
  'national-origin': {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'national origin, nationality, birthplace, native language or accent',
    advice:
      'Lawful alternatives: ask whether they are authorised to work in the country, or about proficiency in a language the job itself requires.',
  },
  disability: {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'disability, health or medical history',
    advice:
      'Lawful alternative: describe the essential duties and ask whether they can perform them, with or without reasonable accommodation.',
  },
  'sexual-orientation': {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'sexual orientation',
    advice: NEVER,
  },
  'gender-identity': {
    rule: 'protected-characteristic',
    severity: 'error',
    label: 'sex or gender identity',
    advice: NEVER,
  },
  race: { rule: 'protected-characteristic', severity: 'error', label: 'race, ethnicity or skin colour', advice: NEVER },
  'arrest-record': {
    rule: 'protected-characteristic',
    severity: 'warning',
    label: 'arrests or criminal record',
    advice:
      'An arrest is not a conviction and arrest records act as a proxy for race; leave criminal-history checks to the lawful, post-offer process.',
  },
  'salary-history': {
    rule: 'salary-history',
    severity: 'error',
    label: 'salary history',
    advice:
      'Ask for their expectations and publish the band instead: salary-history questions are banned in many places and carry past pay gaps forward.',
  },
};
