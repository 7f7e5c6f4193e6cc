import type { TFollowUp } from '../../../src/shared/schemas/question.js';
import { followUpKindLabel } from '../format.js';

/** Props of FollowUpList. */
export interface FollowUpListProps {
  followUps: TFollowUp[];
}

/** The follow-up probes in the order to ask them; the "when it fails" kind stands out. */
export function FollowUpList({ followUps }: FollowUpListProps) {
  return (
    <ol className="follow-ups">
      {followUps.map((followUp) => {
        const failure = followUp.kind === 'failure';
        return (
          <li key={followUp.id} className={failure ? 'follow-up follow-up--failure' : 'follow-up'}>
            <span className={failure ? 'kind kind--failure' : 'kind'}>{followUpKindLabel(followUp.kind)}</span>
            <p className="follow-up__text">{followUp.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
