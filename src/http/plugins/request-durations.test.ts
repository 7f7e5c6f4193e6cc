import { describe, expect, it } from 'vitest';
import { RequestDurations } from './request-durations.js';

describe('request durations histogram', () => {
  it('renders cumulative buckets, sum and count per method, route and status', () => {
    const h = new RequestDurations('req_seconds', 'Request time', [0.01, 0.1]);
    h.observe('GET', '/a/:id', 200, 0.005);
    h.observe('GET', '/a/:id', 200, 0.05);
    h.observe('GET', '/a/:id', 200, 3);
    h.observe('POST', '/a', 400, 0.01);
    const text = h.render();
    expect(text).toContain('# HELP req_seconds Request time\n# TYPE req_seconds histogram\n');
    const labels = 'method="GET",route="/a/:id",status_code="200"';
    expect(text).toContain(`req_seconds_bucket{le="0.01",${labels}} 1\n`);
    expect(text).toContain(`req_seconds_bucket{le="0.1",${labels}} 2\n`);
    expect(text).toContain(`req_seconds_bucket{le="+Inf",${labels}} 3\n`);
    expect(text).toContain(`req_seconds_sum{${labels}} 3.055\n`);
    expect(text).toContain(`req_seconds_count{${labels}} 3\n`);
    // A value on a bound falls in that bucket (le is "less than or equal").
    expect(text).toContain('req_seconds_bucket{le="0.01",method="POST",route="/a",status_code="400"} 1\n');
  });

  it('escapes label values so a route cannot break the exposition format', () => {
    const h = new RequestDurations('req_seconds', 'x', [1]);
    h.observe('GET', 'a"b\\c\nd', 200, 0.5);
    expect(h.render()).toContain('route="a\\"b\\\\c\\nd"');
  });
});
