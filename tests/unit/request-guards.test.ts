// Requests that reached Next and came back as 500s get a 4xx before any route runs.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { guardNodeRequest } from '@/lib/http/node-request-guard';
import { refuseMethod, refusePath, refusalResponse } from '@/lib/http/request-rules';
import {
  isPossibleServerAction,
  refuseServerActionBody,
  refuseServerActionHeaders,
} from '@/lib/http/server-action-rules';

describe('refusePath / refuseMethod', () => {
  it.each([
    '/en/commitments/%ff%fe',
    '/api/commitments/%ff',
    '/en/%c0%af',
    '/_next/%ff',
    '/en/x.%ff',
    '/en/%',
  ])('refuses %s with 400', (url) => expect(refusePath(url)?.status).toBe(400));

  it('accepts valid encodings and ignores the query string', () => {
    expect(refusePath('/en/commitments/english-second-language-2035')).toBeNull();
    expect(refusePath('/vi/commitments/%C4%91')).toBeNull();
    expect(refusePath('/en/commitments?q=%ff')).toBeNull();
  });

  it('refuses TRACE and TRACK with 405 and an Allow header', () => {
    expect(refuseMethod('TRACE')).toMatchObject({
      status: 405,
      headers: { Allow: expect.stringContaining('GET') },
    });
    expect(refuseMethod('track')?.status).toBe(405);
    expect(refuseMethod('GET')).toBeNull();
    expect(refuseMethod('PATCH')).toBeNull();
  });

  it('answers JSON under /api and text in the path’s language elsewhere', () => {
    const refusal = refusePath('/vi/%ff')!;
    expect(refusalResponse(refusal, '/vi/%ff').body).toMatch(/^Địa chỉ này không hợp lệ/);
    expect(refusalResponse(refusal, '/vi?x=%ff', 'en').body).toMatch(/^Địa chỉ này không hợp lệ/);
    const api = refusalResponse(refusal, '/api/commitments/%ff');
    expect(api.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(api.body)).toEqual({ error: expect.stringContaining('malformed') });
  });
});

function nodeExchange(method: string, url: string, headers: Record<string, string>) {
  const request = { method, url, headers: { ...headers } } as unknown as http.IncomingMessage;
  const written: { status?: number; body?: string } = {};
  const response = {
    writeHead(status: number) {
      written.status = status;
      return this;
    },
    end(body?: string) {
      written.body = body;
    },
  } as unknown as http.ServerResponse;
  return { request, response, written };
}

describe('guardNodeRequest', () => {
  it('strips the headers proxy.ts sets for itself from every request, dotted paths included', () => {
    const { request, response } = nodeExchange('GET', '/en/commitments/a.b', {
      'x-request-path': '//evil.example',
      'x-commitment-tracker-data-version': '999999',
      accept: 'text/html',
    });
    expect(guardNodeRequest(request, response)).toBe(false);
    expect(request.headers).toEqual({ accept: 'text/html' });
  });

  it('answers a refused request itself', () => {
    const { request, response, written } = nodeExchange('TRACE', '/en', {});
    expect(guardNodeRequest(request, response)).toBe(true);
    expect(written.status).toBe(405);
  });
});

const headers = (values: Record<string, string>) => new Headers(values);
const SAME_ORIGIN = {
  host: 'tracker.example',
  'content-length': '100',
  'content-type': 'multipart/form-data; boundary=x',
};

describe('server action checks', () => {
  it('recognises the POSTs Next treats as actions', () => {
    expect(isPossibleServerAction('POST', headers({ 'next-action': 'abc' }))).toBe(true);
    expect(
      isPossibleServerAction('POST', headers({ 'content-type': 'multipart/form-data; boundary=x' })),
    ).toBe(true);
    expect(isPossibleServerAction('POST', headers({ 'content-type': 'application/json' }))).toBe(false);
    expect(isPossibleServerAction('GET', headers({ 'next-action': 'abc' }))).toBe(false);
  });

  it.each([
    [{ origin: 'not a url' }, 400],
    [{ origin: 'https://evil.example' }, 403],
    [{ origin: 'null' }, 403],
    [{ origin: 'https://tracker.example', 'content-length': '10485760' }, 413],
    [{ 'content-length': '' }, 411],
    [{ 'next-action': 'abc', 'content-type': 'application/json' }, 415],
  ])('refuses %j with %i', (overrides, status) => {
    const values: Record<string, string> = { ...SAME_ORIGIN, ...overrides };
    if (values['content-length'] === '') delete values['content-length'];
    expect(refuseServerActionHeaders(headers(values))?.status).toBe(status);
  });

  it('accepts a same-origin form (also behind a proxy that sets X-Forwarded-Host)', () => {
    expect(
      refuseServerActionHeaders(headers({ ...SAME_ORIGIN, origin: 'https://tracker.example' })),
    ).toBeNull();
    expect(
      refuseServerActionHeaders(
        headers({
          ...SAME_ORIGIN,
          host: '10.0.0.5:3000',
          'x-forwarded-host': 'tracker.example',
          origin: 'https://tracker.example',
        }),
      ),
    ).toBeNull();
  });

  const post = (body: BodyInit, contentType: string, action = true) =>
    new Request('http://tracker.example/en', {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, ...(action ? { 'next-action': 'abc' } : {}) },
    });

  it('refuses bodies React’s decoder cannot read, and leaves the body readable', async () => {
    expect(
      (await refuseServerActionBody(post('garbage--x', 'multipart/form-data; boundary=x')))?.status,
    ).toBe(400);
    expect((await refuseServerActionBody(post('{{{', 'text/plain;charset=UTF-8')))?.status).toBe(400);
    const junkModel = new FormData();
    junkModel.set('0', 'garbage{');
    const request = new Request('http://tracker.example/en', {
      method: 'POST',
      body: junkModel,
      headers: { 'next-action': 'abc' },
    });
    expect((await refuseServerActionBody(request))?.status).toBe(400);

    const form = new FormData();
    form.set('0', '["$K1"]');
    form.set('1_reason', 'not JSON, and need not be');
    const good = new Request('http://tracker.example/en', {
      method: 'POST',
      body: form,
      headers: { 'next-action': 'abc' },
    });
    expect(await refuseServerActionBody(good)).toBeNull();
    expect((await good.formData()).get('1_reason')).toBe('not JSON, and need not be');
  });
});
