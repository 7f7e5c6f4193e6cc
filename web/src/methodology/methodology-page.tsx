import { getMethodology } from '../api/privacy.js';
import { LoadProblem } from '../components/load-problem.js';
import { useLoad } from '../hooks/use-load.js';
import { MarkdownView } from './markdown-view.js';
import './methodology.css';

/**
 * How Caliper produces and combines scores, and that a person makes every decision: the
 * transparency a high-risk hiring system owes the people it assesses. Public text from the API.
 */
export function MethodologyPage() {
  const text = useLoad('methodology', (signal) => getMethodology(signal));
  return (
    <article className="page-narrow methodology">
      <header className="page-header">
        <p className="eyebrow">Transparency</p>
        <h1>Methodology</h1>
        <p className="lead">How interviews are scored, how the scores are combined, and who decides.</p>
      </header>
      {text.state.status === 'ready' ? (
        <MarkdownView markdown={text.state.data} dropTitle />
      ) : (
        <LoadProblem state={text.state} what="methodology" back={{ to: '/', label: 'Go home' }} onRetry={text.retry} />
      )}
    </article>
  );
}
