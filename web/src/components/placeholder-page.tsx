import type { ReactNode } from 'react';

/** Props of PlaceholderPage. */
export interface PlaceholderPageProps {
  title: string;
  /** One sentence on what this area is for. */
  lead: string;
  /** What will arrive here, one item a line. */
  coming: string[];
  /** Shown below the "what will arrive" card: what the area can already tell. */
  children?: ReactNode;
}

/** An area that is not built yet: says plainly what will arrive, and shows no invented data. */
export function PlaceholderPage({ title, lead, coming, children }: PlaceholderPageProps) {
  return (
    <div className="page-narrow">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
      </header>
      <section className="card placeholder" aria-labelledby="coming-heading">
        <p className="status-pill">Not available yet</p>
        <h2 id="coming-heading">What will arrive here</h2>
        <ul className="checklist">
          {coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      {children}
    </div>
  );
}
