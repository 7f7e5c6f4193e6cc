/** What `npm audit --json` printed, as far as the verdict needs it. */
interface AuditJson {
  vulnerabilities?: Record<string, { severity?: string }>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number; total?: number } };
  statusCode?: number;
  message?: string;
}

/** The verdict on a dependency audit: whether it passes, and the line to print. */
export interface AuditVerdict {
  /** pass: checked and clean; fail: high or critical advisories; unchecked: no advisory service. */
  outcome: 'pass' | 'fail' | 'unchecked';
  line: string;
}

const BLOCKING = new Set(['high', 'critical']);

/**
 * Judge `npm audit --omit=dev --json` output: high and critical advisories fail; an advisory
 * service that cannot be reached (an offline mirror answers 405) is reported as unchecked
 * rather than passed, so the log never claims a check that did not happen.
 */
export function auditVerdict(stdout: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { outcome: 'unchecked', line: 'dependency audit not checked: npm audit printed no JSON report' };
  }
  if (!report.metadata?.vulnerabilities) {
    const why = report.message ?? (report.statusCode ? `HTTP ${report.statusCode}` : 'no report');
    return { outcome: 'unchecked', line: `dependency audit not checked: the advisory service answered ${why}` };
  }
  const blocking = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.has(v.severity ?? ''))
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  if (blocking.length > 0)
    return { outcome: 'fail', line: `dependency audit: high or critical advisories in ${blocking.join(', ')}` };
  const counts = report.metadata.vulnerabilities;
  const others = (counts.low ?? 0) + (counts.moderate ?? 0) + (counts.info ?? 0);
  const deps = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total;
  return {
    outcome: 'pass',
    line: `dependency audit: no high or critical advisories${deps === undefined ? '' : ` in ${deps} production dependencies`}${others ? ` (${others} lower)` : ''}`,
  };
}
