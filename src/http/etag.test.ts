import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipEtag } from './etag.js';

describe('acceptsGzip', () => {
  it('accepts what browsers send, and a wildcard', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(' GZIP ')).toBe(true);
  });

  it('refuses when gzip is absent or ruled out with q=0', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip; q=0.0, identity')).toBe(false);
    expect(acceptsGzip('gzipped')).toBe(false);
  });
});

describe('gzipEtag', () => {
  it('gives the compressed form a tag of its own, still a quoted strong tag', () => {
    expect(gzipEtag('"abc"')).toBe('"abc-gzip"');
    expect(gzipEtag('"abc"')).not.toBe('"abc"');
  });
});

describe('acceptsGzip, asked again', () => {
  it('gives the same answer for a header it has seen, and keeps answering past its memory', () => {
    for (let i = 0; i < 600; i++) {
      expect(acceptsGzip(`gzip;q=0, br;v=${i}`)).toBe(false);
      expect(acceptsGzip(`br;v=${i}, gzip`)).toBe(true);
    }
    expect(acceptsGzip('gzip;q=0, br;v=1')).toBe(false);
  });
});
