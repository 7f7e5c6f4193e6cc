import type { TCandidatePacket } from '../api/panel-types.js';
import { AnchorScale } from '../components/anchor-scale.js';
import { labelOf } from '../format.js';
import { bandLabel, minutesLabel, money } from '../panel-format.js';

/** Props of CandidatePacket. */
export interface CandidatePacketProps {
  packet: TCandidatePacket;
  /** Heading level of the packet's own title (2 on its page, 3 inside a candidate's application). */
  level?: 2 | 3;
}

/** What the candidate is sent before the loop: the stages and their topics, the working-session rubric, accommodations. */
export function CandidatePacket({ packet, level = 2 }: CandidatePacketProps) {
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <div className="packet">
      <H className="packet__title">
        {packet.role.title} · {labelOf(packet.role.level)}
      </H>
      <p>Pay band (yearly base): {bandLabel(packet.role.band)}</p>
      <section className="packet__section">
        <Sub>Your interviews</Sub>
        <ol className="packet__stages">
          {packet.stages.map((stage) => (
            <li key={stage.name}>
              <p className="packet__stage-name">
                {stage.name} <span className="muted">({minutesLabel(stage.minutes)})</span>
              </p>
              {stage.paid ? <p>Paid: you receive {money(stage.paid.feeUsd, 'USD')} for this exercise.</p> : null}
              {stage.sharedTopics.length > 0 ? (
                <p>Topics to prepare: {stage.sharedTopics.join(', ')}</p>
              ) : (
                <p className="muted">No topics to prepare in advance.</p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="packet__section">
        <Sub>How the working session is scored</Sub>
        <p className="muted">Every interviewer scores each dimension from 1 to 5 against these anchors.</p>
        <div className="anchors__grid">
          {packet.rubric.map((d) => (
            <section key={d.dimension} className="anchor-card" aria-label={d.name}>
              <p className="anchor-card__title">{d.name}</p>
              <p className="anchor-card__weight">{d.description}</p>
              <AnchorScale anchors={d.anchors} />
            </section>
          ))}
        </div>
      </section>
      <section className="packet__section">
        <Sub>Accommodations</Sub>
        <p>{packet.accommodations ?? 'None requested. Tell us at any time if anything would help.'}</p>
      </section>
    </div>
  );
}
