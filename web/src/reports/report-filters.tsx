import type { TRole } from '../../../src/shared/schemas/panel.js';
import { FAIRNESS_ATTRIBUTES, type FairnessAttribute, type ReportQuery } from '../api/reports.js';
import { listRoles } from '../api/roles.js';
import { useLoad } from '../hooks/use-load.js';
import { attributeLabel } from './report-format.js';

/** Props of ReportFilters. */
export interface ReportFiltersProps {
  query: ReportQuery;
  onChange: (next: ReportQuery) => void;
  /** Offer the attribute and per-stage/per-interviewer pickers (the fairness report). */
  fairness?: boolean;
}

/** The role, attribute and grouping a report is run for. */
export function ReportFilters({ query, onChange, fairness = false }: ReportFiltersProps) {
  const roles = useLoad('report-roles', (signal) => listRoles({ limit: 100, signal }).then((p) => p.items));
  const roleList: TRole[] = roles.state.status === 'ready' ? roles.state.data : [];
  return (
    <form className="filters report-filters" aria-label="Report filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="report-role">Role</label>
        <select
          id="report-role"
          value={query.roleId ?? ''}
          onChange={(e) => onChange({ ...query, roleId: e.target.value || undefined })}
        >
          <option value="">All roles</option>
          {roleList.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </div>
      {fairness ? (
        <>
          <div className="field">
            <label htmlFor="report-attribute">Group by</label>
            <select
              id="report-attribute"
              value={query.attribute ?? 'gender'}
              onChange={(e) => onChange({ ...query, attribute: e.target.value as FairnessAttribute })}
            >
              {FAIRNESS_ATTRIBUTES.map((a) => (
                <option key={a} value={a}>
                  {attributeLabel(a)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-by">Decisions</label>
            <select
              id="report-by"
              value={query.by ?? 'stage'}
              onChange={(e) => onChange({ ...query, by: e.target.value === 'interviewer' ? 'interviewer' : 'stage' })}
            >
              <option value="stage">Per stage</option>
              <option value="interviewer">Per interviewer</option>
            </select>
          </div>
        </>
      ) : null}
    </form>
  );
}

/** The report query in the address bar, so a report can be linked and reloaded. */
export function queryFromSearch(search: string): ReportQuery {
  const params = new URLSearchParams(search);
  const attribute = params.get('attribute');
  const by = params.get('by');
  return {
    roleId: params.get('roleId') || undefined,
    attribute: FAIRNESS_ATTRIBUTES.find((a) => a === attribute),
    by: by === 'interviewer' ? 'interviewer' : by === 'stage' ? 'stage' : undefined,
  };
}

/** The address-bar form of a report query. */
export function searchFromQuery(query: ReportQuery): string {
  const params = new URLSearchParams();
  if (query.roleId) params.set('roleId', query.roleId);
  if (query.attribute) params.set('attribute', query.attribute);
  if (query.by) params.set('by', query.by);
  const text = params.toString();
  return text ? `?${text}` : '';
}
