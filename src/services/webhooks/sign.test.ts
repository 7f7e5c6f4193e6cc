import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signature, signatureHeader, verifySignature } from './sign.js';

const secret = 'whsec_test-secret';
const body = '{"id":"e1","type":"decision.made","createdAt":"2025-01-01T00:00:00.000Z","data":{"x":1}}';
const t = 1_735_689_600;
const at = (seconds: number) => new Date(seconds * 1000);

describe('signature', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>"', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signature(secret, t, body)).toBe(expected);
    expect(signatureHeader(secret, t, body)).toBe(`t=${t},v1=${expected}`);
  });

  it('changes with the secret, the timestamp and every byte of the body', () => {
    const base = signature(secret, t, body);
    expect(signature('whsec_other', t, body)).not.toBe(base);
    expect(signature(secret, t + 1, body)).not.toBe(base);
    expect(signature(secret, t, body.replace('1}', '2}'))).not.toBe(base);
  });
});

describe('verifySignature', () => {
  const header = signatureHeader(secret, t, body);

  it('accepts the header Caliper sent, within the tolerance either side', () => {
    expect(verifySignature({ secret, header, body, now: at(t) })).toBe(true);
    expect(verifySignature({ secret, header, body, now: at(t + 300) })).toBe(true);
    expect(verifySignature({ secret, header, body, now: at(t - 300) })).toBe(true);
  });

  it('refuses a tampered body, a wrong secret and a replay outside the tolerance', () => {
    expect(verifySignature({ secret, header, body: `${body} `, now: at(t) })).toBe(false);
    expect(verifySignature({ secret: 'whsec_other', header, body, now: at(t) })).toBe(false);
    expect(verifySignature({ secret, header, body, now: at(t + 301) })).toBe(false);
    expect(verifySignature({ secret, header, body, now: at(t + 3600), toleranceSeconds: 3600 })).toBe(true);
  });

  it('refuses a moved timestamp even with the old signature', () => {
    const v1 = signature(secret, t, body);
    expect(verifySignature({ secret, header: `t=${t + 1},v1=${v1}`, body, now: at(t) })).toBe(false);
  });

  it('refuses malformed headers without throwing', () => {
    const v1 = signature(secret, t, body);
    for (const bad of [
      undefined,
      '',
      'garbage',
      `v1=${v1}`,
      `t=${t}`,
      `t=abc,v1=${v1}`,
      `t=${t},t=${t},v1=${v1}`,
      `t=${t},v1=${v1.slice(0, 10)}`,
      `t=${t},v1=${v1.toUpperCase()}`,
      `t=${t},v0=${v1}`,
    ]) {
      expect(verifySignature({ secret, header: bad, body, now: at(t) }), String(bad)).toBe(false);
    }
  });

  it('accepts any matching v1 among several (secret rotation) and ignores unknown schemes', () => {
    const old = signature('whsec_old', t, body);
    const current = signature(secret, t, body);
    expect(verifySignature({ secret, header: `t=${t},v1=${old},v1=${current},v2=zz`, body, now: at(t) })).toBe(true);
    expect(verifySignature({ secret, header: `t=${t},v1=${old}`, body, now: at(t) })).toBe(false);
  });
});
