import { Link } from '../router.js';

/** Props of DebriefLinks. */
export interface DebriefLinksProps {
  applications: readonly { id: string; roleTitle: string }[];
}

/** Links to the debrief of each of a candidate's applications. */
export function DebriefLinks({ applications }: DebriefLinksProps) {
  if (applications.length === 0) return null;
  return (
    <nav className="debrief-links" aria-label="Debriefs">
      <ul>
        {applications.map((a) => (
          <li key={a.id}>
            <Link to={`/applications/${a.id}/debrief`}>Debrief: {a.roleTitle}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
