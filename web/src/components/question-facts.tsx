import type { TQuestionDetail } from '../../../src/shared/schemas/question.js';
import { dimensionLabel, labelOf } from '../format.js';

/** Props of QuestionFacts. */
export interface QuestionFactsProps {
  question: TQuestionDetail;
}

function Source({ source }: { source: string }) {
  if (/^https?:\/\//.test(source)) {
    return (
      <a href={source} rel="noreferrer">
        {source}
      </a>
    );
  }
  return <>{source === 'original' ? 'Original' : source}</>;
}

/** Where a question comes from and what it measures, as a definition list. */
export function QuestionFacts({ question }: QuestionFactsProps) {
  return (
    <dl className="facts facts--stacked">
      <dt>Measures</dt>
      <dd>{question.dimensions.map(dimensionLabel).join(', ')}</dd>
      <dt>Levels</dt>
      <dd>{question.levels.map(labelOf).join(', ')}</dd>
      <dt>Time</dt>
      <dd>About {question.minutes} minutes</dd>
      <dt>Difficulty</dt>
      <dd>{question.difficulty} of 5</dd>
      <dt>Candidates</dt>
      <dd>{question.shareInAdvance ? 'See it in advance' : 'Hear it in the interview'}</dd>
      <dt>Source</dt>
      <dd>
        <Source source={question.source} />
      </dd>
      <dt>Licence</dt>
      <dd>{question.license}</dd>
      <dt>Version</dt>
      <dd>{question.version}</dd>
      <dt>Id</dt>
      <dd>
        <code>{question.id}</code>
      </dd>
    </dl>
  );
}
