import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TCandidate } from '../../../src/shared/schemas/panel.js';
import { moveApplication } from '../api/candidates.js';
import { getPipeline, listRoles } from '../api/roles.js';
import { AddCandidateForm } from '../candidates/add-candidate-form.js';
import { PipelineBoard } from '../candidates/pipeline-board.js';
import { RolePicker } from '../candidates/role-picker.js';
import { LoadProblem } from '../components/load-problem.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';
import { canEditHiring } from '../permissions.js';
import { Link, navigate, useLocation } from '../router.js';
import '../panel.css';

/** Props of CandidatesPage. */
export interface CandidatesPageProps {
  session: TSessionInfo;
}

/** The pipeline board of one role: its loop stages as columns, its candidates as cards. */
export function CandidatesPage({ session }: CandidatesPageProps) {
  if (!canEditHiring(session.role)) return <HiringTeamOnly />;
  return <Pipelines session={session} />;
}

/** What an interviewer sees here: candidate records belong to the hiring team. */
function HiringTeamOnly() {
  return (
    <div className="page-narrow">
      <header className="page-header">
        <h1>Candidates</h1>
      </header>
      <p className="card">
        Candidate records and the pipeline are for the hiring team (admins, hiring managers and recruiters). Your
        interviews and their kits are on <Link to="/">your home page</Link>.
      </p>
    </div>
  );
}

function Pipelines({ session }: CandidatesPageProps) {
  const { search } = useLocation();
  const chosen = useMemo(() => new URLSearchParams(search).get('role') ?? '', [search]);
  const roles = useLoad('roles', (signal) => listRoles({ limit: 100, signal }).then((p) => p.items));
  const roleList = roles.state.status === 'ready' ? roles.state.data : [];
  const role = roleList.find((r) => r.id === chosen) ?? roleList[0];

  // No role in the address yet: show the first one, and say so in the address.
  useEffect(() => {
    if (role && role.id !== chosen) navigate(`/candidates?role=${role.id}`, { replace: true });
  }, [role, chosen]);

  return (
    <div className="candidates">
      <header className="page-header">
        <h1>Candidates</h1>
        <p className="lead">
          Where every candidate is in the loop. The same stages, questions and order for everyone at a stage.
        </p>
      </header>
      {roles.state.status !== 'ready' ? (
        <LoadProblem state={roles.state} what="roles" back={{ to: '/', label: 'Go home' }} onRetry={roles.retry} />
      ) : !role ? (
        <p className="card">
          No roles yet. <Link to="/loops">Open a role</Link> first: its loop stages become the columns here.
        </p>
      ) : (
        <RolePipeline
          key={role.id}
          roleId={role.id}
          roleTitle={role.title}
          editable={canEditHiring(session.role)}
          picker={<RolePicker roles={roleList} value={role.id} onChange={(id) => navigate(`/candidates?role=${id}`)} />}
        />
      )}
    </div>
  );
}

interface RolePipelineProps {
  roleId: string;
  roleTitle: string;
  editable: boolean;
  picker: ReactNode;
}

function RolePipeline({ roleId, roleTitle, editable, picker }: RolePipelineProps) {
  const pipeline = useLoad(`pipeline/${roleId}`, (signal) => getPipeline(roleId, { signal }));
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<TCandidate | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function refresh() {
    pipeline.replace(await getPipeline(roleId));
  }

  async function move(applicationId: string, stage: string) {
    setMoving(applicationId);
    setError(null);
    try {
      await moveApplication(applicationId, stage);
      await refresh();
    } catch (err) {
      setError(`Could not move the candidate: ${errorMessage(err)}`);
    } finally {
      setMoving(null);
    }
  }

  return (
    <>
      <div className="toolbar">
        {picker}
        {editable && !adding ? (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            Add candidate
          </button>
        ) : null}
        <Link to={`/loops/${roleId}`} className="toolbar__link">
          Open the loop
        </Link>
      </div>
      {adding ? (
        <AddCandidateForm
          roleId={roleId}
          roleTitle={roleTitle}
          onCancel={() => setAdding(false)}
          onAdded={(candidate) => {
            setAdding(false);
            setAdded(candidate);
            refresh().catch((err: unknown) => setError(`Could not reload the pipeline: ${errorMessage(err)}`));
          }}
        />
      ) : null}
      {added ? (
        <p className="banner banner--ok" role="status">
          <span>
            Added <Link to={`/candidates/${added.id}`}>{added.name}</Link> to {roleTitle}.
          </span>
        </p>
      ) : null}
      {error ? (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      ) : null}
      {pipeline.state.status === 'ready' ? (
        <PipelineBoard pipeline={pipeline.state.data} editable={editable} moving={moving} onMove={move} />
      ) : (
        <LoadProblem
          state={pipeline.state}
          what="pipeline"
          back={{ to: '/loops', label: 'Go to roles & loops' }}
          onRetry={pipeline.retry}
        />
      )}
    </>
  );
}
