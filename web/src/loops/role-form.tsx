import { LEVELS, type Level } from '../../../src/shared/schemas/vocabulary.js';
import { ChoiceGroup } from '../editor/choice-group.js';
import { labelOf, roleLabel } from '../format.js';
import { useMembers } from '../hooks/use-members.js';
import { HIRING_MANAGER_ROLES } from '../permissions.js';
import { ROLE_FIELD_IDS as IDS, type RoleDraft, usualBand, usualBandLabel } from './role-draft.js';

/** Props of RoleForm. */
export interface RoleFormProps {
  draft: RoleDraft;
  onChange: (next: RoleDraft) => void;
}

const LEVEL_OPTIONS = LEVELS.map((level) => ({
  value: level,
  label: labelOf(level),
  hint: `Usual US base ${usualBandLabel(level)}`,
}));

const EXERCISE_OPTIONS = [
  { value: 'live-coding', label: 'Live coding', hint: 'A technical round with fundamentals and a real bug.' },
  { value: 'take-home', label: 'Paid take-home', hint: 'About two hours, paid $150–300; never both.' },
] as const;

/** The fields of a new role: title, level, published band, place, hiring manager and the coding exercise. */
export function RoleForm({ draft, onChange }: RoleFormProps) {
  const members = useMembers();
  const set = <K extends keyof RoleDraft>(key: K, value: RoleDraft[K]) => onChange({ ...draft, [key]: value });

  function setLevel(level: Level) {
    // A band still at the old level's usual values follows the level; a band someone typed stays.
    const before = usualBand(draft.level);
    const untouched = draft.bandMin === before.min && draft.bandMax === before.max && draft.currency === 'USD';
    const band = untouched ? usualBand(level) : { min: draft.bandMin, max: draft.bandMax };
    onChange({ ...draft, level, bandMin: band.min, bandMax: band.max });
  }

  const managers =
    members.status === 'ready' ? members.members.filter((m) => HIRING_MANAGER_ROLES.includes(m.role)) : [];
  return (
    <div className="role-form">
      <div className="field">
        <label htmlFor={IDS.title}>Title</label>
        <input
          id={IDS.title}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          autoComplete="off"
          maxLength={200}
        />
      </div>
      <ChoiceGroup
        id={IDS.level}
        legend="Level"
        hint="The same role is four different conversations: the loop is composed for this level."
        type="radio"
        layout="cards-4"
        options={LEVEL_OPTIONS}
        selected={[draft.level]}
        onChange={(next) => setLevel(next[0] ?? draft.level)}
      />
      <fieldset className="choice-group">
        <legend>Published pay band (yearly base)</legend>
        <p className="field-hint">
          Published to every candidate. A band that reads as another level makes the loop mis-calibrated, and Caliper
          warns about it.
        </p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={IDS.bandMin}>Minimum</label>
            <input
              id={IDS.bandMin}
              inputMode="numeric"
              value={draft.bandMin}
              onChange={(e) => set('bandMin', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={IDS.bandMax}>Maximum</label>
            <input
              id={IDS.bandMax}
              inputMode="numeric"
              value={draft.bandMax}
              onChange={(e) => set('bandMax', e.target.value)}
            />
          </div>
          <div className="field field--narrow">
            <label htmlFor={IDS.currency}>Currency</label>
            <input
              id={IDS.currency}
              value={draft.currency}
              maxLength={3}
              autoCapitalize="characters"
              onChange={(e) => set('currency', e.target.value.toUpperCase())}
            />
          </div>
        </div>
      </fieldset>
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={IDS.location}>Location</label>
          <input id={IDS.location} value={draft.location} onChange={(e) => set('location', e.target.value)} />
        </div>
        <label className="choice choice--inline">
          <input type="checkbox" checked={draft.remote} onChange={(e) => set('remote', e.target.checked)} />
          <span className="choice__label">Remote</span>
        </label>
      </div>
      <div className="field">
        <label htmlFor={IDS.hiringManager}>Hiring manager</label>
        <select
          id={IDS.hiringManager}
          value={draft.hiringManagerId}
          onChange={(e) => set('hiringManagerId', e.target.value)}
          aria-describedby={`${IDS.hiringManager}-hint`}
        >
          <option value="">Not chosen yet</option>
          {managers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({roleLabel(m.role)})
            </option>
          ))}
        </select>
        <span className="field-hint" id={`${IDS.hiringManager}-hint`}>
          {members.status === 'error'
            ? `Could not load members: ${members.message}`
            : 'Hiring managers and admins of your organisation.'}
        </span>
      </div>
      <ChoiceGroup
        id={IDS.exercise}
        legend="Coding exercise"
        hint="Take-home or live coding, almost never both."
        type="radio"
        layout="cards"
        options={EXERCISE_OPTIONS}
        selected={[draft.exercise]}
        onChange={(next) => set('exercise', next[0] ?? draft.exercise)}
      />
      {draft.exercise === 'take-home' ? (
        <div className="field field--narrow-input">
          <label htmlFor={IDS.fee}>Take-home fee (USD)</label>
          <input
            id={IDS.fee}
            type="number"
            min={150}
            max={300}
            step={10}
            value={draft.fee}
            onChange={(e) => set('fee', e.target.value)}
            aria-describedby={`${IDS.fee}-hint`}
          />
          <span className="field-hint" id={`${IDS.fee}-hint`}>
            Candidates are paid for their time: $150–300 for about two hours.
          </span>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="role-status">Status</label>
        <select
          id="role-status"
          value={draft.status}
          onChange={(e) => set('status', e.target.value === 'draft' ? 'draft' : 'open')}
        >
          <option value="open">Open: accepting candidates</option>
          <option value="draft">Draft: not open yet</option>
        </select>
      </div>
    </div>
  );
}
