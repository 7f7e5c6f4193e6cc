import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.js';

const report = (vulnerabilities: Record<string, { severity: string }>, counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: counts, dependencies: { prod: 120, total: 400 } },
  });

describe('auditVerdict', () => {
  it('passes a clean report and says how many dependencies were checked', () => {
    const v = auditVerdict(report({}, { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }));
    expect(v).toEqual({
      outcome: 'pass',
      line: 'dependency audit: no high or critical advisories in 120 production dependencies',
    });
  });

  it('passes low and moderate advisories but mentions them', () => {
    const v = auditVerdict(
      report({ 'some-lib': { severity: 'moderate' } }, { low: 1, moderate: 1, high: 0, critical: 0 }),
    );
    expect(v.outcome).toBe('pass');
    expect(v.line).toContain('(2 lower)');
  });

  it('fails on a high or critical advisory, naming the packages', () => {
    const v = auditVerdict(
      report(
        { zeta: { severity: 'critical' }, alpha: { severity: 'high' }, mid: { severity: 'low' } },
        { low: 1, high: 1, critical: 1 },
      ),
    );
    expect(v).toEqual({
      outcome: 'fail',
      line: 'dependency audit: high or critical advisories in alpha (high), zeta (critical)',
    });
  });

  it('reports an unreachable advisory service as unchecked, never as passed', () => {
    const mirror = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(auditVerdict(mirror).outcome).toBe('unchecked');
    expect(auditVerdict(mirror).line).toContain('405 Method Not Allowed');
    expect(auditVerdict('npm error something').outcome).toBe('unchecked');
  });
});
